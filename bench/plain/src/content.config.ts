import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';

// The benchmark's own setting (which synthetic partnership to build); the product passes its root as an option.
const content = join(process.env.BENCH_CONTENT ?? '../..', 'content');

export const collections = {
  // Ids from the path, as the product's collections make them (src/content.config.ts): from a `slug` field,
  // Astro's default, an English page and its Welsh one may share an id, and one of them would not be built.
  docs: defineCollection({ loader: glob({ pattern: '{strategy,sna,pages}/{en,cy}/**/*.mdx', base: content, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }) }),
};
