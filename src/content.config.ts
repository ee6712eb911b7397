import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/schema/document.ts';

function collection(name: string) {
  return defineCollection({
    // Keep `en/index` style ids: Astro would otherwise use the `slug` field,
    // and an English and a Welsh page may share one.
    // Relative to Astro's root, where content/ is the project's (build/config.ts links it there):
    // Astro reads entry paths as URLs, so a path to a folder named "100% #1" would break it.
    loader: glob({ pattern: '{en,cy}/**/*.mdx', base: `./content/${name}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: documentSchema,
  });
}

export const collections = {
  strategy: collection('strategy'),
  sna: collection('sna'),
  pages: collection('pages'),
};
