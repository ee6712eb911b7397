// @ts-check
// The benchmark's yardstick: a plain Astro + MDX site over the same content,
// without the SVD integration (no analysis, no staging, no bundle). The only
// SVD piece is the `{#key}` heading syntax plugin, without which the content
// would not compile as MDX. Pagefind runs after it (scripts/bench/build-one.ts).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { viteHeadingKeys } from '../../src/lib/content/heading-keys.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
  vite: { plugins: [viteHeadingKeys()] },
});
