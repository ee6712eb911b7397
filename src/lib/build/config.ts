/**
 * The whole Astro config of an SVD site, from the content root and options:
 * astro.config.mjs uses it for the example (and a partnership's own config
 * can too), and `svd build` passes it inline, so both build the same way
 * with the content root as an option rather than an environment variable.
 */
import mdx from '@astrojs/mdx';
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import svdPublisher, { type SvdOptions } from '../integration.ts';
import svdSafety from '../safety/integration.ts';
import { readAstroSettings } from '../site/settings.ts';
import { viteBrandColour } from './styles.ts';

/** The app (this package): Astro's root, where src/pages and astro.config.mjs live. */
export const APP_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

/**
 * Astro's root for a content root: the folder whose `.astro/` (generated
 * content-modules.mjs, collection manifest, types) and node_modules/.astro
 * (data store) belong to that content alone. Astro derives both from `root`
 * (core/config/settings.js: `new URL('.astro/', config.root)`), so two builds
 * of different content at once, say two test files, never compile each
 * other's MDX. The example keeps the app itself; any other content root gets
 * a folder under the app's .svd/astro/, inside the app so that Vite still
 * resolves the app's packages and package.json from its root.
 */
export function astroRootFor(contentRoot: string): string {
  const root = resolve(contentRoot);
  if (root === APP_ROOT) return APP_ROOT;
  const name = basename(root).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40);
  return join(APP_ROOT, '.svd', 'astro', `${name}-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
}

/**
 * Astro's content loader reads its entries' paths as URLs, so content in a
 * folder whose path has "%" or "#" could not be built. Its Astro root gets a
 * link, content/, to the project's content instead: the loader sees only
 * "content/pages/en/about.mdx" (src/content.config.ts).
 */
function linkContent(astroRoot: string, root: string): void {
  const link = join(astroRoot, 'content');
  const target = join(root, 'content');
  mkdirSync(astroRoot, { recursive: true });
  let current: string | undefined;
  try {
    current = readlinkSync(link);
  } catch {
    current = undefined;
  }
  if (current === target) return;
  rmSync(link, { recursive: true, force: true });
  symlinkSync(target, link, 'dir');
}

export function svdConfig(options: SvdOptions): AstroUserConfig {
  const root = resolve(options.root);
  const settings = readAstroSettings(root);
  if (astroRootFor(root) !== root) linkContent(astroRootFor(root), root);
  return {
    // Astro's state is per content root (astroRootFor); pages, layouts and
    // public files are the app's whatever the content.
    root: astroRootFor(root),
    srcDir: join(APP_ROOT, 'src'),
    publicDir: join(APP_ROOT, 'public'),
    outDir: join(root, 'dist'),
    site: settings.site,
    base: settings.base,
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'never' },
    // Static pages, nothing that phones home. The dev toolbar exists only in
    // `astro dev`, for the findings app (src/toolbar/); a build never ships it.
    devToolbar: { enabled: true },
    prefetch: false,
    i18n: {
      defaultLocale: 'en',
      locales: ['en', 'cy'],
      routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
    },
    // svdSafety: the Content-Security-Policy meta tag in every page (safety/csp.ts).
    integrations: [svdSafety(), svdPublisher({ ...options, root }), mdx()],
    vite: {
      // Module ids stay under content/ (linkContent): a real path with "#" or "%" is not a valid id.
      resolve: { preserveSymlinks: true },
      // The stylesheet is compiled ahead (build/styles.ts); the build only writes in the partnership's colour.
      plugins: [viteBrandColour(settings.brandColour)],
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
