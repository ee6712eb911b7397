/**
 * pa11y-ci (axe + HTML_CodeSniffer, WCAG2AA) and axe-core (WCAG 2.2 tags) over
 * every built page in both languages, through scripts/a11y.ts, served from
 * 127.0.0.1 and run in the Chromium the project's resolver finds: the built
 * bilingual fixture always, and the example site's dist/ when it has been
 * built (CI runs `npm run build` first). The bar is zero issues. A deliberately
 * broken page proves the audit can fail.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSite, formatAudit, inferBase, listPages } from '../scripts/a11y.ts';
import { OUTPUT } from './helpers/project.ts';

const EXAMPLE = join(import.meta.dirname, '..', 'dist');
const SITES = [
  { name: 'the bilingual fixture', dir: join(OUTPUT, 'bilingual') },
  // dist/ is absent until `npm run build`; CI always builds it before testing.
  ...(existsSync(join(EXAMPLE, 'index.html')) ? [{ name: 'the example site (dist/)', dir: EXAMPLE }] : []),
];

describe('the accessibility audit', () => {
  it('lists every page of a built site, in both languages, under the site’s base path', () => {
    const dir = join(OUTPUT, 'bilingual');
    const pages = listPages(dir);
    expect(inferBase(dir)).toBe('/sv/');
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    for (const path of ['en/', 'en/strategy/', 'en/young-people/', 'en/accessibility-statement/', 'en/search/', 'cy/', 'cy/strategaeth/', 'cy/pobl-ifanc/', 'cy/datganiad-hygyrchedd/', 'cy/chwilio/']) {
      expect(pages).toContain(path);
    }
    expect(pages.filter((p) => p.startsWith('en/')).length).toBe(pages.filter((p) => p.startsWith('cy/')).length);
    expect(pages.some((p) => p.startsWith('pagefind/') || p.startsWith('_astro/'))).toBe(false);
  });

  it.each(SITES)('finds no WCAG 2.2 AA issue on any page of $name', async ({ dir }) => {
    const audit = await auditSite({ dir });
    expect(audit.pages.map((p) => p.path)).toEqual(listPages(dir));
    expect(audit.issues, formatAudit(audit)).toBe(0);
  }, 900_000);

  it('fails a page with a missing text alternative, an unlabelled field, low contrast and a third-party script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svd-a11y-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(
      join(dir, 'en', 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title>
      <script src="https://third-party.example/tracker.js"></script></head>
      <body><main><h1>Broken</h1><img src="chart.png"><input type="text">
      <p style="color:#bbbbbb;background:#ffffff">Faint text</p></main></body></html>`,
    );
    writeFileSync(join(dir, 'index.html'), readFileSync(join(dir, 'en', 'index.html'), 'utf8').replace('src="chart.png"', 'src="chart.png" alt="A chart"'));
    const audit = await auditSite({ dir, only: ['en/'] });
    const codes = new Set(audit.pages[0]!.issues.map((i) => `${i.tool}:${i.code}`));
    expect(codes).toContain('axe:image-alt');
    expect(codes).toContain('axe-2.2:image-alt');
    expect(codes).toContain('axe-2.2:color-contrast');
    expect([...codes].some((c) => c.startsWith('htmlcs:') && c.includes('1_1_1'))).toBe(true);
    expect(codes).toContain('network:third-party-request');
    expect(audit.issues).toBeGreaterThanOrEqual(5);
  }, 300_000);
});
