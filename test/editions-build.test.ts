/**
 * Build twice across an edition change, as a partnership does: build the
 * bilingual fixture, open the next edition with `svd review --start` a year
 * on, build again. The old edition is served at its own address in both
 * languages, marked as replaced and linking to the current one, and the
 * current one lists it and links it from its annual assessment section.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
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
let first: { strategy: string; archiveBuilt: boolean; manifest: Manifest; downloads: Map<string, Buffer> };
let reviewSaid = '';
const FILES = ['strategy-en.pdf', 'strategy-en.docx', 'strategaeth-cy.pdf', 'strategaeth-cy.docx'];
const submission = join(root, 'submission');
type Manifest = { published: string; deadline: { due: string } };
const manifest = (): Manifest => JSON.parse(readFileSync(join(submission, 'manifest.json'), 'utf8')) as Manifest;
let refused: { status: number | null; output: string; published: boolean };

// Each build runs as the officer runs it, `svd build`, in a process of its own, as each day's build would.
// Vitest puts import.meta.env's keys (BASE_URL, MODE, ...) into process.env; a child Astro build
// would take BASE_URL=/ from there over the site's base, so they are not passed on.
const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;

function svdStatus(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(join(APP, 'node_modules', '.bin', 'node'), [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: APP, encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
}

function svd(...args: string[]): string {
  const result = svdStatus(...args);
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
  first = { strategy: readFileSync(join(dist, 'en', 'strategy', 'index.html'), 'utf8'), archiveBuilt: existsSync(join(dist, 'en', '2026')), manifest: manifest(), downloads: new Map(FILES.map((f) => [f, readFileSync(join(dist, 'downloads', f))])) };
  // Edition 2 is opened, and so published, on 10 November 2027; the build two days later sends it.
  reviewSaid = svd('review', '--start', root, '--now', '2027-11-10');
  // Built as `svd review --start` left it, the new edition still says only that it is new: refused.
  const attempt = svdStatus('build', root, '--now', '2027-11-12');
  refused = { status: attempt.status, output: `${attempt.stdout}\n${attempt.stderr}`, published: readFileSync(join(dist, 'en', 'strategy', 'index.html'), 'utf8') !== first.strategy };
  writeWhatChanged('en');
  writeWhatChanged('cy');
  build('2027-11-12');
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
    // Not in search.
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
    ['en/strategy/', '10 November 2027', WHAT_CHANGED.en, 'Previous editions', '2026 edition (version 1.0)', '/sv/en/2026/strategy/', 'https://example.gov.uk/sv/en/2026/strategy/'],
    ['cy/strategaeth/', '10 Tachwedd 2027', WHAT_CHANGED.cy, 'Argraffiadau blaenorol', 'Argraffiad 2026 (fersiwn 1.0)', '/sv/cy/2026/strategaeth/', 'https://example.gov.uk/sv/cy/2026/strategaeth/'],
  ])('publishes edition 2 at %s, dated, listing the old edition and linking it from the annual assessment', async (path, date, note, previous, edition, editionUrl, assessmentUrl) => {
    const { status, html } = await get(path);
    expect(status).toBe(200);
    expect(html).toContain('<dd class="govuk-summary-list__value">2.0</dd>');
    expect(html).not.toContain('superseded-title');
    expect(html).toContain(`<time datetime="2027-11-10">${date}</time></dt><dd class="svd-history__note">${note}`);
    expect(html).toContain(`>${previous}</h3>`);
    expect(html).toContain(`<a class="govuk-link" href="${editionUrl}">${edition}</a>`);
    const section = html.slice(html.indexOf('<h2 id="annual-assessment">'), html.indexOf('<h2 id="review">'));
    expect(section.length).toBeGreaterThan(0);
    expect(section).toContain(`href="${assessmentUrl}"`);
  });
});

describe('the old edition’s own PDF and Word files', () => {
  it.each([
    ['en/2026/strategy/', 'strategy-en', 'Word document', 'pages'],
    ['cy/2026/strategaeth/', 'strategaeth-cy', 'Dogfen Word', 'tudalen'],
  ])('are linked from %s, each the file published then, with its format and size', async (path, name, word, pagesWord) => {
    const { html } = await get(path);
    const block = /<section class="app-downloads" data-downloads="([^"]+)">/.exec(html);
    expect(block?.[1]).toBe(`2026/${name}.pdf 2026/${name}.docx`);
    for (const file of [`${name}.pdf`, `${name}.docx`]) {
      expect(html).toContain(`href="/sv/downloads/2026/${file}"`);
      const response = await fetch(`${server.url}downloads/2026/${file}`);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      // Byte for byte what edition 1 published, and not edition 2's file.
      expect(bytes.equals(first.downloads.get(file)!), file).toBe(true);
      expect(bytes.equals(readFileSync(join(dist, 'downloads', file))), file).toBe(false);
      const meta = new RegExp(`data-download-size="2026/${file.replace('.', '\\.')}" data-lang="..">([^<]+)<`).exec(html)![1]!;
      const kb = Math.round(bytes.length / 1024);
      if (file.endsWith('.pdf')) {
        const pages = (await PDFDocument.load(bytes)).getPageCount();
        expect(meta).toBe(`PDF, ${kb} KB, ${pages} ${pagesWord}`);
      } else expect(meta).toBe(`${word}, ${kb} KB`);
    }
  });

  it('are kept in the edition’s folder, and nothing of the bundle is published', () => {
    // With the record of what was kept, which the redaction scan checks them against (kept-sums.ts).
    expect(readdirSync(join(root, 'content', 'editions', '2026', 'downloads')).sort()).toEqual([...FILES, 'SHA256SUMS'].sort());
    expect(reviewSaid).toContain('content/editions/2026/downloads/: the 2026 edition’s PDF and Word files as published (strategy-en.pdf, strategy-en.docx, strategaeth-cy.pdf, strategaeth-cy.docx)');
    expect(readdirSync(join(dist, 'downloads', '2026')).sort()).toEqual([...FILES].sort());
    const published = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(published.filter((f) => /\.eml$|manifest\.json$|SHA256SUMS|submission/.test(f))).toEqual([]);
    // Search (Pagefind's fragments, one per page indexed) has the current edition only: no old page, no file.
    const urls = readdirSync(join(dist, 'pagefind', 'fragment')).map((f) => /"url":"([^"]+)"/.exec(gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString())![1]!);
    expect(urls).toContain('/en/strategy/');
    expect(urls.filter((url) => url.includes('2026') || url.includes('downloads'))).toEqual([]);
  });
});

describe('the bundle of a new edition', () => {
  it('counts the 7 days from the new edition’s publication, not the first: cover sheets, manifest and emails', () => {
    expect(first.manifest).toMatchObject({ published: '2026-11-02', deadline: { due: '2026-11-09' } });
    expect(manifest()).toMatchObject({ published: '2027-11-10', deadline: { due: '2027-11-17' } });
    const cover = readFileSync(join(submission, 'index.html'), 'utf8');
    expect(cover).toContain('The deadline is 17 November 2027: 7 days after publication on 10 November 2027.');
    expect(cover).not.toContain('2026');
    expect(readFileSync(join(submission, 'index.cy.html'), 'utf8')).toContain('17 Tachwedd 2027');
    const emails = readdirSync(submission).filter((f) => f.endsWith('.eml'));
    expect(emails.length).toBe(2);
    for (const email of emails) expect(readFileSync(join(submission, email), 'utf8')).toMatch(/10 November 2027|10 Tachwedd 2027/);
    // Each says it is a new edition, after the annual review, in its recipient's language first.
    for (const email of emails) expect(readFileSync(join(submission, email), 'utf8').replace(/=\r?\n/g, '')).toMatch(/published a new edition of its serious violence strategy, after its annual review|argraffiad newydd o/);
    // The old edition's sent dates were dropped: edition 2 is due, not "sent".
    expect(svdStatus('deadline', root, '--now', '2027-11-12')).toMatchObject({ status: 0 });
    expect(svdStatus('deadline', root, '--now', '2027-11-12').stdout).toContain('Send it by 17 November 2027: 5 days left.');
    expect(svdStatus('deadline', root, '--now', '2027-11-18').status).toBe(1);
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
