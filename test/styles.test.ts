/**
 * The build does not run Sass (src/lib/build/styles.ts): it serves the
 * committed src/styles/site.css with the partnership's colour written in.
 * That is only right while the committed file is what site.scss compiles to,
 * and while the colour appears in the output only as itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRAND_PLACEHOLDER, brandedCss, compileSiteCss, CSS_PATH } from '../src/lib/build/styles.ts';
import { OUTPUT } from './helpers/project.ts';

describe('the site stylesheet', () => {
  const committed = readFileSync(CSS_PATH, 'utf8');

  it('is what site.scss compiles to (after editing the .scss files, run `npm run styles`)', async () => {
    expect(committed === (await compileSiteCss()), 'src/styles/site.css is out of date: run `npm run styles`').toBe(true);
  });

  it('depends on the partnership colour only where the colour itself is written, for dark, bright and near-black colours', async () => {
    expect(committed.split(BRAND_PLACEHOLDER).length - 1).toBeGreaterThanOrEqual(5);
    for (const colour of ['#1d5c63', '#8a1538', '#0b0c0c', '#005ea5']) {
      const compiled = await compileSiteCss(colour);
      expect(compiled.includes(BRAND_PLACEHOLDER)).toBe(false);
      expect(compiled === brandedCss(committed, colour), `a style works something out from $svd-brand (${colour}), so the colour cannot be written in after compiling`).toBe(true);
    }
  }, 30_000);

  it('reaches the built site with the fixture’s colour and no placeholder', () => {
    const dir = join(OUTPUT, 'bilingual', '_astro');
    const sheets = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(sheets.length).toBeGreaterThan(0);
    const all = sheets.join('\n');
    expect(all).toContain('#1d5c63');
    expect(all).toContain('.govuk-exit-this-page');
    expect(all.toLowerCase()).not.toContain(BRAND_PLACEHOLDER);
  });
});
