/**
 * Published documents from Astro's content layer, with their URLs and
 * counterparts. A page with no counterpart in the other language has none:
 * the language link then goes to the other language's home page and says so,
 * and the checker reports the gap (never the wrong language under a URL).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Collection, Lang } from '../engine/types.ts';
import { defaultSlug, documentPath } from './routes.ts';

export type Entry = CollectionEntry<'strategy'> | CollectionEntry<'sna'> | CollectionEntry<'pages'>;

export interface PublishedDocument {
  collection: Collection;
  entry: Entry;
  lang: Lang;
  slug: string;
  key: string;
}

let cache: Promise<PublishedDocument[]> | undefined;

export function publishedDocuments(): Promise<PublishedDocument[]> {
  cache ??= (async () => {
    const all: PublishedDocument[] = [];
    for (const collection of ['strategy', 'sna', 'pages'] as const) {
      for (const entry of await getCollection(collection)) {
        if (entry.data.status !== 'published') continue;
        const fileName = entry.id.split('/').at(-1)!;
        all.push({ collection, entry, lang: entry.data.lang, slug: defaultSlug(collection, fileName, entry.data.slug), key: entry.data.translationKey });
      }
    }
    return all;
  })();
  return cache;
}

export function counterpartOf(doc: PublishedDocument, all: PublishedDocument[], lang: Lang): PublishedDocument | undefined {
  return all.find((other) => other.lang === lang && other.key === doc.key && other.collection === doc.collection);
}

export function urlOf(doc: PublishedDocument): string {
  return documentPath(import.meta.env.BASE_URL, doc.lang, doc.slug);
}

export function byKey(all: PublishedDocument[], lang: Lang, key: string): PublishedDocument | undefined {
  return all.find((doc) => doc.lang === lang && doc.key === key);
}
