/**
 * Superseded editions of the strategy, as published, from the `editions`
 * collection (content/editions/<year>/strategy/<lang>/, written by
 * `svd review --start`). Each is served at /<lang>/<year>/<slug>/, a stable
 * address that the current edition, its "What changed" entry and its annual
 * assessment section link to.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from 'virtual:svd/root';
import type { Lang } from '../engine/types.ts';
import type { PublishedDocument } from './documents.ts';
import { defaultSlug, documentPath } from './routes.ts';

export interface ArchivedEdition {
  entry: CollectionEntry<'editions'>;
  collection: 'strategy';
  lang: Lang;
  year: number;
  slug: string;
  key: string;
}

let cache: Promise<ArchivedEdition[]> | undefined;

export function archivedEditions(): Promise<ArchivedEdition[]> {
  // Only sites that have opened a second edition have the collection (src/content.config.ts).
  cache ??= (async () =>
    (existsSync(join(contentRoot, 'content', 'editions')) ? await getCollection('editions') : []).flatMap((entry) => {
      // ids are "2026/strategy/en/index" (src/content.config.ts).
      const [year, collection, , file] = entry.id.split('/');
      if (collection !== 'strategy' || !year || !file) return [];
      return [{ entry, collection, lang: entry.data.lang, year: Number(year), slug: defaultSlug(collection, file, entry.data.slug), key: entry.data.translationKey }];
    }))();
  return cache;
}

export function editionUrl(edition: Pick<ArchivedEdition, 'lang' | 'year' | 'slug'>): string {
  return documentPath(import.meta.env.BASE_URL, edition.lang, `${edition.year}/${edition.slug}`);
}

/** The earlier editions of a current document, newest first. */
export function editionsOf(doc: Pick<PublishedDocument, 'collection' | 'key' | 'lang'>, all: ArchivedEdition[]): ArchivedEdition[] {
  return all.filter((e) => e.collection === doc.collection && e.key === doc.key && e.lang === doc.lang).sort((a, b) => b.year - a.year);
}
