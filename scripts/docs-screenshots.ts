/**
 * `node scripts/docs-screenshots.ts`: the screenshots in docs/authoring.md
 * and docs/authoring.cy.md, taken as the browser tests take theirs
 * (playwright-core driving the Chromium src/lib/browser/chromium.ts finds;
 * nothing is downloaded). Build the example first (`npm run build -- --now
 * 2026-11-20`): the site pages come from dist/ and the cover sheet from
 * submission/. The findings app needs `astro dev`, so this starts it for a
 * moment with one section of a copy of the strategy left unmarked, and
 * puts the file back afterwards, whatever happens.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../src/lib/browser/chromium.ts';
import { serveStatic } from '../src/lib/build/serve.ts';

const APP = join(import.meta.dirname, '..');
const OUT = join(APP, 'docs', 'images');
const BASE = '/serious-violence/';
const PORT = 4399;

async function shoot(page: Page, url: string, name: string, full = false): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: full });
  console.log(`docs/images/${name}.png`);
}

/** The findings app open on a page of `astro dev`. */
async function toolbar(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.locator('astro-dev-toolbar').locator('button[data-app-id="svd-findings"]').click();
  await page.locator('astro-dev-toolbar').locator('astro-dev-toolbar-app-canvas[data-app-id="svd-findings"]').locator('astro-dev-toolbar-window li').first().waitFor();
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/images/${name}.png`);
}

async function devServer(): Promise<() => void> {
  const child = spawn(process.execPath, [join(APP, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: APP, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, failed) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('watching for file changes')) ready();
    });
    child.on('exit', (code) => failed(new Error(`astro dev stopped (${code})`)));
  });
  return () => child.kill();
}

async function main(): Promise<void> {
  if (!existsSync(join(APP, 'dist')) || !existsSync(join(APP, 'submission'))) throw new Error('Build the example first: npm run build -- --now 2026-11-20');
  mkdirSync(OUT, { recursive: true });
  const { executablePath } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const site = await serveStatic(join(APP, 'dist'), BASE);
  try {
    await shoot(page, `${site.url}en/strategy/`, 'site-strategy-en');
    await shoot(page, `${site.url}cy/strategaeth/`, 'site-strategy-cy');
    await shoot(page, `${site.url}en/meeting-the-duty/`, 'site-duty-en');
    await shoot(page, `${site.url}cy/bodloni-r-ddyletswydd/`, 'site-duty-cy');
    await shoot(page, pathToFileURL(join(APP, 'submission', 'index.html')).href, 'bundle-cover-en');
    await shoot(page, pathToFileURL(join(APP, 'submission', 'index.cy.html')).href, 'bundle-cover-cy');
  } finally {
    await site.close();
  }
  // An unmarked heading and a draft note, as an author's first save might have them.
  const files = { en: join(APP, 'content', 'strategy', 'en', 'index.mdx'), cy: join(APP, 'content', 'strategy', 'cy', 'index.mdx') };
  const kept = { en: readFileSync(files.en, 'utf8'), cy: readFileSync(files.cy, 'utf8') };
  const backup = join(APP, '.svd', 'docs-screenshots');
  mkdirSync(backup, { recursive: true });
  copyFileSync(files.en, join(backup, 'strategy-en.mdx'));
  copyFileSync(files.cy, join(backup, 'strategy-cy.mdx'));
  const stop = await devServer();
  try {
    writeFileSync(files.en, kept.en.replace(/^(## .+) \{#local-definition\}$/m, '$1\n\nTBC: ask Sam (aged 15) to check this, or call 07700 900123.'));
    writeFileSync(files.cy, kept.cy.replace(/^(## .+) \{#local-definition\}$/m, '$1'));
    await toolbar(page, `http://127.0.0.1:${PORT}${BASE}en/strategy/`, 'dev-toolbar-findings');
    await toolbar(page, `http://127.0.0.1:${PORT}${BASE}cy/strategaeth/`, 'dev-toolbar-findings-cy');
  } finally {
    writeFileSync(files.en, kept.en);
    writeFileSync(files.cy, kept.cy);
    stop();
    await browser.close();
  }
}

await main();
