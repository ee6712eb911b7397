import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { documentSchema } from './lib/schema/document.ts';
// The content root comes from the integration (an option), not the environment.
import { contentRoot } from 'virtual:svd/project';

function collection(name: string) {
  return defineCollection({
    // Keep `en/index` style ids: Astro would otherwise use the `slug` field,
    // and an English and a Welsh page may share one.
    loader: glob({ pattern: '{en,cy}/**/*.mdx', base: join(contentRoot, 'content', name), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: documentSchema,
  });
}

export const collections = {
  strategy: collection('strategy'),
  sna: collection('sna'),
  pages: collection('pages'),
};
