/**
 * What every page needs besides its own content: the site's languages, the
 * footer links, and the document list. Computed once per build.
 */
import type { Lang } from '../engine/types.ts';
import { siteConfig, siteLanguages } from './config.ts';
import { byKey, publishedDocuments, urlOf, type PublishedDocument } from './documents.ts';
import { generatedPath, type GeneratedPage } from './routes.ts';

const FOOTER_KEYS = ['about', 'young-people', 'contact'];

export interface PageContext {
  languages: Lang[];
  documents: PublishedDocument[];
  footerLinks: { href: string; text: string }[];
}

/** The languages the site is built in: Welsh where the law requires it or where any Welsh is published. */
export function languagesOf(documents: PublishedDocument[]): Lang[] {
  return siteLanguages(siteConfig(), documents.some((d) => d.lang === 'cy'));
}

export async function pageContext(lang: Lang): Promise<PageContext> {
  const documents = await publishedDocuments();
  const languages = languagesOf(documents);
  const footerLinks = FOOTER_KEYS.map((key) => byKey(documents, lang, key))
    .filter((doc): doc is PublishedDocument => doc !== undefined)
    .map((doc) => ({ href: urlOf(doc), text: doc.entry.data.title }));
  return { languages, documents, footerLinks };
}

/** A generated page exists in every language of the site. */
export function generatedAlternates(page: GeneratedPage, languages: Lang[]): Partial<Record<Lang, string>> {
  return Object.fromEntries(languages.map((code) => [code, generatedPath(import.meta.env.BASE_URL, code, page)]));
}

/**
 * The languages of a page that speaks all of them (the root landing page, the
 * not-found page): Welsh first where the site has Welsh, as Welsh public
 * bodies do.
 */
export async function bilingualOrder(): Promise<Lang[]> {
  const languages = languagesOf(await publishedDocuments());
  return languages.includes('cy') ? ['cy', 'en'] : ['en'];
}
