/**
 * Pagefind over the built site: one index per <html lang>, so Welsh pages are
 * searched from Welsh pages and English from English.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(siteDir: string): Promise<{ pages: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const { readdirSync } = await import('node:fs');
    const languages = readdirSync(join(siteDir, 'pagefind'))
      .map((name) => /^pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/.exec(name)?.[1])
      .filter((lang): lang is string => Boolean(lang))
      .sort();
    return { pages: added.page_count, languages };
  } finally {
    await pagefind.close();
  }
}
