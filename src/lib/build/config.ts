/**
 * The whole Astro config of an SVD site, from the content root and options:
 * astro.config.mjs uses it for the example (and a partnership's own config
 * can too), and `svd build` passes it inline, so both build the same way
 * with the content root as an option rather than an environment variable.
 */
import mdx from '@astrojs/mdx';
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import svdPublisher, { type SvdOptions } from '../integration.ts';
import { readAstroSettings } from '../site/settings.ts';

/** The app (this package): Astro's root, where src/pages and astro.config.mjs live. */
export const APP_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

export function svdConfig(options: SvdOptions): AstroUserConfig {
  const root = resolve(options.root);
  const settings = readAstroSettings(root);
  return {
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
    integrations: [svdPublisher({ ...options, root }), mdx()],
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
  };
}
