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
      if (kind && statSync(full).isFile()) found.push({ full, path: relative(root, full).split(sep).join('/'), kind });
    }
  }
  return found;
}
