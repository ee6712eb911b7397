/**
 * URLs, in one place. Documents live at /{lang}/{slug}/ (slugs in the page's
 * own language); the pages the site generates have a slug per language too,
 * so the language link can always go to the same page in the other language.
 */
import type { Lang } from '../engine/types.ts';

export const GENERATED = {
  home: { en: '', cy: '' },
  search: { en: 'search', cy: 'chwilio' },
  accessibility: { en: 'accessibility-statement', cy: 'datganiad-hygyrchedd' },
  duty: { en: 'meeting-the-duty', cy: 'bodloni-r-ddyletswydd' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The young people's summary's translationKey, in every language: it has a layout of its own, and the emails link it. */
export const YOUNG_PEOPLE_KEY = 'young-people';

export type GeneratedPage = keyof typeof GENERATED;

/** Join the site's base with a path inside the site, always ending in "/". */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const trimmedPath = path.replace(/^\/+/, '');
  const joined = `${trimmedBase}/${trimmedPath}`;
  return joined.endsWith('/') ? joined : `${joined}/`;
}

export function documentPath(base: string, lang: Lang, slug: string): string {
  return withBase(base, `${lang}/${slug}/`);
}

export function generatedPath(base: string, lang: Lang, page: GeneratedPage): string {
  const slug = GENERATED[page][lang];
  return withBase(base, slug ? `${lang}/${slug}/` : `${lang}/`);
}

/** The absolute published URL of a site path (the bundle's weblinks). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** A document's URL segment: its `slug`, else its file name (`index` means the collection's name). */
export function defaultSlug(collection: string, fileName: string, slug: string | undefined): string {
  if (slug) return slug;
  return fileName === 'index' ? collection : fileName;
}

/** A public download in dist/downloads/ (the PDF and Word versions), e.g. /serious-violence/downloads/strategy-en.pdf */
export function downloadPath(base: string, file: string): string {
  return `${withBase(base, 'downloads/')}${file}`;
}

/** The file name (without extension) of a document's PDF and Word versions: its slug and language. */
export function downloadName(slug: string, lang: Lang): string {
  return `${slug}-${lang}`;
}
