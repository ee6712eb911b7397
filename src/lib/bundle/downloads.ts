/**
 * The public downloads: the PDF and Word versions of each published document
 * in dist/downloads/, linked from the document's page with format and size,
 * as GOV.UK links an HTML publication's attachments. They are printed from
 * the built pages, so their sizes are known only afterwards: each page
 * carries a hidden downloads block with a marker per file, filled in (and
 * shown) here once the files exist, or kept hidden when there are none. Only
 * the documents go here: the emails, manifest and cover sheets stay in the
 * submission bundle beside dist/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Lang } from '../engine/types.ts';
import { formatSize } from './cover.ts';
import { count } from './strings.ts';

export const DOWNLOADS_DIR = 'downloads';

export interface DownloadFile {
  file: string;
  bytes: Uint8Array;
  /** PDFs only. */
  pages?: number;
}

// The downloads block (a <section>) and the print link (a <p>, src/components/PrintLink.astro).
const BLOCK = /<(section|p) class="(app-downloads[^"]*)" data-downloads="([^"]*)"( hidden)?>/g;
const SIZE = /(<span class="app-download__meta" data-download-size="([^"]+)" data-lang="(en|cy)">)[^<]*(<\/span>)/g;

/** "PDF, 341 KB, 28 pages", "PDF, 341 KB, 28 tudalen", "Word document, 26 KB". */
export function describeDownload(file: string, bytes: number, pages: number | undefined, lang: Lang): string {
  const format = file.endsWith('.pdf') ? 'PDF' : lang === 'cy' ? 'Dogfen Word' : 'Word document';
  return [format, formatSize(bytes, lang), pages ? count(pages, 'page', lang) : ''].filter(Boolean).join(', ');
}

/**
 * The downloads of superseded editions, kept by `svd review --start` in
 * content/editions/<year>/downloads/ (src/lib/editions/keep-downloads.ts), as
 * "<year>/<name>": published at /downloads/<year>/<name>, a stable address.
 * Only PDF and Word files are taken, so nothing else put there is published.
 */
export async function editionDownloads(root: string): Promise<DownloadFile[]> {
  const editions = join(root, 'content', 'editions');
  if (!existsSync(editions)) return [];
  const files: DownloadFile[] = [];
  for (const year of readdirSync(editions).filter((name) => /^\d{4}$/.test(name)).sort()) {
    const folder = join(editions, year, DOWNLOADS_DIR);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((f) => /\.(pdf|docx)$/.test(f)).sort()) {
      const bytes = readFileSync(join(folder, name));
      const pages = name.endsWith('.pdf') ? (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount() : undefined;
      files.push({ file: `${year}/${name}`, bytes, ...(pages ? { pages } : {}) });
    }
  }
  return files;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * Replace dist/downloads/ with these files and show each page's block with
 * the real sizes; with no files (no bundle could be made), hide every block
 * so that no page links to a file that is not there. Safe to run again.
 */
export function publishDownloads(siteDir: string, files: DownloadFile[]): void {
  const folder = join(siteDir, DOWNLOADS_DIR);
  rmSync(folder, { recursive: true, force: true });
  if (files.length) mkdirSync(folder, { recursive: true });
  const byName = new Map(files.map((file) => [file.file, file]));
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.file)), { recursive: true });
    writeFileSync(join(folder, file.file), file.bytes);
  }
  for (const page of htmlFiles(siteDir)) {
    const html = readFileSync(page, 'utf8');
    if (!html.includes('data-downloads=')) continue;
    const next = html
      .replace(BLOCK, (_match, tag: string, className: string, names: string) => {
        const present = names.split(' ').every((name) => byName.has(name));
        return `<${tag} class="${className}" data-downloads="${names}"${present ? '' : ' hidden'}>`;
      })
      .replace(SIZE, (match, open: string, name: string, lang: Lang, close: string) => {
        const file = byName.get(name);
        return file ? `${open}${describeDownload(name, file.bytes.byteLength, file.pages, lang)}${close}` : match;
      });
    if (next !== html) writeFileSync(page, next);
  }
}
