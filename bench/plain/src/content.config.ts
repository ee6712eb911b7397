import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';

// The benchmark's own setting (which synthetic partnership to build); the product passes its root as an option.
const content = join(process.env.BENCH_CONTENT ?? '../..', 'content');

export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '{strategy,sna,pages}/{en,cy}/**/*.mdx', base: content }) }),
};
