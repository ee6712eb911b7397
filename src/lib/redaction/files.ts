/** The image and document files a site publishes: everything under public/ and content/. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Asset } from '../engine/types.ts';

export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff', '.heic', '.heif', '.avif']);
export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.xlsx', '.pptx', '.odt', '.ods', '.odp']);

/** `full` is absolute; `path` is relative to the project root, with forward slashes. */
export type PublishedFile = Asset;

export function kindOf(path: string): PublishedFile['kind'] | undefined {
  const ext = extname(path).toLowerCase();
  return IMAGE_EXTENSIONS.has(ext) ? 'image' : DOCUMENT_EXTENSIONS.has(ext) ? 'document' : undefined;
}

/**
 * content/editions/<year>/downloads/ holds an old edition's PDF and Word
 * files, copied byte for byte from a build (src/lib/editions/keep-downloads.ts):
 * the app's own output, printed from content this scan passed when it was
 * published. Scanning them again would only flag what the app writes on
 * purpose (the partnership as author, "Page 1 of 7" footers as small counts).
 */
const KEPT_DOWNLOADS = /^content\/editions\/\d{4}\/downloads\/[^/]+$/;

export function publishedFiles(root: string): PublishedFile[] {
  const found: PublishedFile[] = [];
  for (const folder of ['public', 'content']) {
    let names: string[];
    try {
      names = readdirSync(join(root, folder), { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const kind = kindOf(name);
      const full = join(root, folder, name);
      const path = relative(root, full).split(sep).join('/');
      if (kind && !KEPT_DOWNLOADS.test(path) && statSync(full).isFile()) found.push({ full, path, kind });
    }
  }
  return found;
}
