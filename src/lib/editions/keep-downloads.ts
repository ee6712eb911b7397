/**
 * An old edition keeps the PDF and Word files it was published with. When
 * `svd review --start` opens the next edition, the files the last build put
 * in dist/downloads/ for the strategy are copied, byte for byte, into
 * content/editions/<year>/downloads/; every later build publishes them at
 * /downloads/<year>/<name> and links them from the superseded pages
 * (src/lib/bundle/downloads.ts).
 *
 * Why copy rather than print them again from the archived text at each
 * build: the files sent to the Home Office and offered to residents are the
 * legal record of what was published. A reprint would change whenever the
 * stylesheet, the fonts or Chromium change, and would carry the new
 * edition's dates and the new build's clock. Only the two public downloads
 * are copied: never the emails, manifest or cover sheets, which live in
 * submission/ and are never published.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOWNLOADS_DIR } from '../bundle/downloads.ts';
import { EDITIONS_DIR } from './open.ts';

export interface KeptDownloads {
  /** Where they were kept, relative to the project root. */
  folder: string;
  kept: string[];
  missing: string[];
}

/** Copy `names` (e.g. "strategy-en") as .pdf and .docx from the built site's downloads into the edition's folder. */
export function keepDownloads(root: string, siteDir: string, year: number, names: string[]): KeptDownloads {
  const folder = `${EDITIONS_DIR}/${year}/${DOWNLOADS_DIR}`;
  const result: KeptDownloads = { folder, kept: [], missing: [] };
  for (const file of names.flatMap((name) => [`${name}.pdf`, `${name}.docx`])) {
    const from = join(siteDir, DOWNLOADS_DIR, file);
    if (!existsSync(from)) {
      result.missing.push(file);
      continue;
    }
    mkdirSync(join(root, folder), { recursive: true });
    copyFileSync(from, join(root, folder, file));
    result.kept.push(file);
  }
  return result;
}
