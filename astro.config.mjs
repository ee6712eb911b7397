// @ts-check
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import svdPublisher from './src/lib/integration.ts';
import { contentRoot } from './src/lib/site/paths.ts';
import { readAstroSettings } from './src/lib/site/settings.ts';

const root = contentRoot();
const settings = readAstroSettings(root);

export default defineConfig({
  // Astro's content store is per content folder, so building one partnership's
  // content never reuses another's cached entries.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(root).digest('hex').slice(0, 12)}/`,
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Static pages, no Astro dev toolbar, nothing that phones home.
  devToolbar: { enabled: false },
  prefetch: false,
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'cy'],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [svdPublisher(), mdx()],
  vite: {
    css: {
      preprocessorOptions: {
        scss: { additionalData: `$svd-brand: ${settings.brandColour};\n`, quietDeps: true, silenceDeprecations: ['import'] },
      },
    },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
