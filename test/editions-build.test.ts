/**
 * Build twice across an edition change, as a partnership does: build the
 * bilingual fixture, open the next edition with `svd review --start` a year
 * on, build again. The old edition is served at its own address in both
 * languages, marked as replaced and linking to the current one, and the
 * current one lists it and links it from its annual assessment section.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, formatAudit } from '../scripts/a11y.ts';
import { CHROMIUM_ARGS, resolveChromium } from '../src/lib/browser/chromium.ts';
import { astroRootFor } from '../src/lib/build/config.ts';
import { APP_ROOT as APP } from '../src/lib/build/pipeline.ts';
import { serveStatic, type StaticServer } from '../src/lib/build/serve.ts';
import { FIXTURES } from './helpers/project.ts';

const SCREENSHOTS = join(import.meta.dirname, 'artifacts', 'screenshots');
const root = mkdtempSync(join(tmpdir(), 'svd-editions-'));
const dist = join(root, 'dist');
let server: StaticServer;
let first: { strategy: string; archiveBuilt: boolean };
let refused: { status: number | null; output: string; published: boolean };

// Each build runs as the officer runs it, `svd build`, in a process of its own, as each day's build would.
// Vitest puts import.meta.env's keys (BASE_URL, MODE, ...) into process.env; a child Astro build
// would take BASE_URL=/ from there over the site's base, so they are not passed on.
const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;

function svd(...args: string[]): string {
  const result = spawnSync(join(APP, 'node_modules', '.bin', 'node'), [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: APP, encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`svd ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function build(now: string): void {
  svd('build', root, '--now', now);
}

// What the officer writes over the stock "What changed" sentence that `svd review --start` added.
const WHAT_CHANGED = {
  en: 'Annual review: a new priority on violence in the night-time economy, and data to March 2027.',
  cy: 'Adolygiad blynyddol: blaenoriaeth newydd ar drais yn yr economi liw nos, a data hyd at fis Mawrth 2027.',
};
const STRATEGY_FILE = { en: 'content/strategy/en/index.mdx', cy: 'content/strategy/cy/index.mdx' };

function writeWhatChanged(lang: 'en' | 'cy'): void {
  const path = join(root, STRATEGY_FILE[lang]);
  const text = readFileSync(path, 'utf8');
  const stock = lang === 'en' ? /note: .*Edition 2 \(version 2\.0\).*/ : /note: .*Argraffiad 2 \(fersiwn 2\.0\).*/;
  if (!stock.test(text)) throw new Error(`no stock What changed entry in ${path}`);
  writeFileSync(path, text.replace(stock, `note: "${WHAT_CHANGED[lang]}"`));
}

beforeAll(async () => {
  cpSync(join(FIXTURES, 'sites', 'bilingual', 'content'), join(root, 'content'), { recursive: true });
  build('2026-11-20');
  first = { strategy: readFileSync(join(dist, 'en', 'strategy', 'index.html'), 'utf8'), archiveBuilt: existsSync(join(dist, 'en', '2026')) };
  svd('review', '--start', root, '--now', '2027-10-20');
  // Built as `svd review --start` left it, the new edition still says only that it is new: refused.
  const attempt = spawnSync(join(APP, 'node_modules', '.bin', 'node'), [join(APP, 'scripts', 'svd.mjs'), 'build', root, '--now', '2027-10-21'], { cwd: APP, encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  refused = { status: attempt.status, output: `${attempt.stdout}\n${attempt.stderr}`, published: readFileSync(join(dist, 'en', 'strategy', 'index.html'), 'utf8') !== first.strategy };
  writeWhatChanged('en');
  writeWhatChanged('cy');
  build('2027-10-21');
  server = await serveStatic(dist, '/sv');
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(astroRootFor(root), { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, html: await response.text() };
}

describe('across an edition change', () => {
  it('first published edition 1 with no archive', () => {
    expect(first.strategy).toContain('<dd class="govuk-summary-list__value">1.0</dd>');
    expect(first.archiveBuilt).toBe(false);
  });

  it.each([
    ['en/2026/strategy/', 'This edition has been replaced', 'This is the 2026 edition of this document (version 1.0).', 'Read the current edition', '/sv/en/strategy/', '/sv/cy/2026/strategaeth/'],
    ['cy/2026/strategaeth/', 'Mae argraffiad newydd wedi disodli’r un hwn', 'Dyma argraffiad 2026 o’r ddogfen hon (fersiwn 1.0).', 'Darllen yr argraffiad cyfredol', '/sv/cy/strategaeth/', '/sv/en/2026/strategy/'],
  ])('serves the old edition at %s, as published, marked as replaced and linking to the current one', async (path, title, body, current, currentUrl, otherLanguage) => {
    const { status, html } = await get(path);
    expect(status).toBe(200);
    expect(html).toContain(`<h2 class="govuk-notification-banner__title" id="superseded-title">${title}</h2>`);
    expect(html).toContain(body);
    expect(html).toContain(`<a class="govuk-notification-banner__link" href="${currentUrl}">${current}</a>`);
    expect(html).toContain('<dd class="govuk-summary-list__value">1.0</dd>');
    // The language link goes to the same edition in the other language.
    expect(html).toContain(`href="${otherLanguage}" rel="alternate"`);
    // No downloads (the files are the current edition's) and not in search.
    expect(html).not.toContain('app-downloads');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('refuses to publish the new edition while its What changed entry is the stock sentence, naming both files and lines', () => {
    expect(refused.status).not.toBe(0);
    for (const file of Object.values(STRATEGY_FILE)) expect(refused.output).toMatch(new RegExp(`${file.replace(/[./]/g, '\\$&')}:\\d+:\\d+.*dates/what-changed-unwritten`));
    expect(refused.output).toContain('does not say what this edition changes.');
    // The site already published is left as it was.
    expect(refused.published).toBe(false);
  });

  it.each([
    ['en/strategy/', '20 October 2027', WHAT_CHANGED.en, 'Previous editions', '2026 edition (version 1.0)', '/sv/en/2026/strategy/', 'https://example.gov.uk/sv/en/2026/strategy/'],
    ['cy/strategaeth/', '20 Hydref 2027', WHAT_CHANGED.cy, 'Argraffiadau blaenorol', 'Argraffiad 2026 (fersiwn 1.0)', '/sv/cy/2026/strategaeth/', 'https://example.gov.uk/sv/cy/2026/strategaeth/'],
  ])('publishes edition 2 at %s, dated, listing the old edition and linking it from the annual assessment', async (path, date, note, previous, edition, editionUrl, assessmentUrl) => {
    const { status, html } = await get(path);
    expect(status).toBe(200);
    expect(html).toContain('<dd class="govuk-summary-list__value">2.0</dd>');
    expect(html).not.toContain('superseded-title');
    expect(html).toContain(`<time datetime="2027-10-20">${date}</time></dt><dd class="svd-history__note">${note}`);
    expect(html).toContain(`>${previous}</h3>`);
    expect(html).toContain(`<a class="govuk-link" href="${editionUrl}">${edition}</a>`);
    const section = html.slice(html.indexOf('<h2 id="annual-assessment">'), html.indexOf('<h2 id="review">'));
    expect(section.length).toBeGreaterThan(0);
    expect(section).toContain(`href="${assessmentUrl}"`);
  });
});

describe('the pages an edition change makes', () => {
  it('have no WCAG 2.2 AA issue (pa11y-ci and axe), the superseded notice included', async () => {
    const audit = await auditSite({ dir: dist, only: ['en/2026/strategy/', 'cy/2026/strategaeth/', 'en/strategy/', 'cy/strategaeth/'] });
    expect(audit.pages.length).toBe(4);
    expect(audit.issues, formatAudit(audit)).toBe(0);
  }, 300_000);
});

describe('the superseded edition on a phone and a wide screen', () => {
  it('is saved as screenshots at 320 and 1280 px for CI, the notice on screen first', async () => {
    const { executablePath } = await resolveChromium();
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const width of [320, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        await context.route('**/*', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
        const page = await context.newPage();
        for (const path of ['en/2026/strategy/', 'cy/2026/strategaeth/']) {
          await page.goto(`${server.url}${path}`);
          // The reader sees that it has been replaced before anything else of the document.
          const banner = await page.locator('.svd-superseded').boundingBox();
          expect(banner!.y).toBeLessThan(800);
          const heading = await page.locator('h1').boundingBox();
          expect(banner!.y).toBeLessThan(heading!.y);
          const file = join(SCREENSHOTS, `editions-${path.replace(/\/$/, '').replace(/\//g, '-')}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(readFileSync(file).readUInt32BE(16)).toBe(width);
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
