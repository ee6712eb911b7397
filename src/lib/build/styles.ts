/**
 * The site's stylesheet, compiled once by the developers, not on every build.
 * Sass over GOV.UK Frontend took about 2 s of every build's CPU (a third of a
 * plain Astro build of the same content), and its output depends on the
 * partnership's colour only where the colour itself is written: each
 * `$svd-brand` use is the literal colour, never a shade worked out from it
 * (test/styles.test.ts proves this on every run). So site.scss is compiled
 * with a placeholder colour into src/styles/site.css (`npm run styles`), and
 * the build puts the partnership's colour in its place.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** A colour no GOV.UK Frontend style uses, standing for the partnership's. */
export const BRAND_PLACEHOLDER = '#5a1e9c';

export const SCSS_PATH = fileURLToPath(new URL('../../styles/site.scss', import.meta.url));
export const CSS_PATH = fileURLToPath(new URL('../../styles/site.css', import.meta.url));

const HEADER = '/* Generated from site.scss by `npm run styles` (src/lib/build/styles.ts): edit the .scss files, then run it. */\n';

/** Compile site.scss with `brand` as the partnership's colour (sass is loaded only here: builds never need it). */
export async function compileSiteCss(brand: string = BRAND_PLACEHOLDER): Promise<string> {
  const sass = await import('sass');
  const source = `$svd-brand: ${brand};\n${readFileSync(SCSS_PATH, 'utf8')}`;
  const { css } = await sass.compileStringAsync(source, {
    url: new URL(`file://${SCSS_PATH}`),
    loadPaths: [fileURLToPath(new URL('../../../node_modules', import.meta.url))],
    quietDeps: true,
    silenceDeprecations: ['import'],
  });
  return `${HEADER}${css}\n`;
}

/** The committed stylesheet with `brand` in the placeholder's place. */
export function brandedCss(css: string, brand: string): string {
  return css.replaceAll(BRAND_PLACEHOLDER, brand);
}

/**
 * Serves src/styles/site.css with the partnership's colour (site.yaml's
 * brandColour, already checked to be # and six hex digits, so nothing else
 * can reach the stylesheet). Before Vite's own CSS handling, which then
 * bundles and minifies it as any stylesheet.
 */
const CSS_ID = new RegExp(`^${RegExp.escape(CSS_PATH)}(?:\\?|$)`);

export function viteBrandColour(brand: string): Plugin {
  return {
    name: 'svd-publisher:brand-colour',
    enforce: 'pre',
    // Filtered, so Rolldown calls it for the stylesheet alone, not for every module of the build.
    load: {
      filter: { id: CSS_ID },
      handler(id) {
        if (!CSS_ID.test(id)) return undefined;
        this.addWatchFile(CSS_PATH);
        return brandedCss(readFileSync(CSS_PATH, 'utf8'), brand);
      },
    },
  };
}
