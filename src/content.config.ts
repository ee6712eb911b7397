import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentSchema } from './lib/schema/document.ts';
// The content root comes from the integration (an option), not the environment; from the module
// that has only it, so Astro's content sync does not wait for the analysis (build/virtual.ts).
import { contentRoot } from 'virtual:svd/root';

// Bases are relative to Astro's root, where content/ is the project's (build/config.ts links it
// there): Astro reads entry paths as URLs, so a path to a folder named "100% #1" would break it.
function collection(name: string) {
  return defineCollection({
    // Keep `en/index` style ids: Astro would otherwise use the `slug` field,
    // and an English and a Welsh page may share one.
    loader: glob({ pattern: '{en,cy}/**/*.mdx', base: `./content/${name}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: documentSchema,
  });
}

/**
 * Superseded editions of the strategy, kept as published by `svd review
 * --start` in content/editions/<year>/strategy/<lang>/ (ids like
 * "2026/strategy/en/index"). Most sites have none yet: then the collection
 * is empty and src/lib/site/editions.ts does not ask for it, so the build
 * warns neither of a missing folder nor of an empty collection.
 */
const EDITIONS = join(contentRoot, 'content', 'editions');
const editions = defineCollection({
  loader: existsSync(EDITIONS) ? glob({ pattern: '*/strategy/{en,cy}/*.mdx', base: './content/editions', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }) : () => [],
  schema: documentSchema,
});

export const collections = {
  strategy: collection('strategy'),
  sna: collection('sna'),
  pages: collection('pages'),
  editions,
};
