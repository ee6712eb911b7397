/**
 * The Content-Security-Policy in a real Chromium: the built bilingual
 * fixture (test/global-setup.ts) still searches (Pagefind's WebAssembly, the
 * inline search script) and still leaves by "Exit this page" (the bundled
 * GOV.UK Frontend script), with not one CSP violation reported. And the
 * policy is really enforced: a script added to a page is refused.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, resolveChromium } from '../src/lib/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../src/lib/build/serve.ts';
import { OUTPUT } from './helpers/project.ts';

const EXIT_URL = 'https://www.bbc.co.uk/weather';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(join(OUTPUT, 'bilingual'), '/sv');
  const { executablePath } = await resolveChromium();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  directive: string;
  blocked: string;
}

/** A page that records every CSP violation (the listener is added by the browser, before any of the page runs). */
async function open(): Promise<{ page: Page; violations: () => Promise<Violation[]>; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    if (url.startsWith(EXIT_URL)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' });
    return route.abort();
  });
  await context.addInitScript(() => {
    const seen: Array<{ directive: string; blocked: string }> = [];
    (window as unknown as { __csp: typeof seen }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp)), ...console.map((text) => ({ directive: 'console', blocked: text }))],
    close: () => context.close(),
  };
}

describe('the Content-Security-Policy in Chromium', () => {
  it('lets search run, in both languages, with no violation', async () => {
    for (const [path, word, expected] of [['en/search/', 'safe', '/sv/en/young-people/'], ['cy/chwilio/', 'ddiogel', '/sv/cy/pobl-ifanc/']] as const) {
      const { page, violations, close } = await open();
      await page.goto(`${server.url}${path}?q=${word}`);
      await page.waitForFunction(() => document.querySelectorAll('#search-results h2 a').length > 0);
      const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(expected);
      // GOV.UK Frontend's inline "js-enabled" switch ran too.
      expect(await page.evaluate(() => document.body.className)).toContain('govuk-frontend-supported');
      expect(await violations()).toEqual([]);
      await close();
    }
  });

  it('lets "Exit this page" leave, with no violation', async () => {
    const { page, violations, close } = await open();
    await page.goto(`${server.url}en/strategy/`);
    await page.keyboard.press('Shift');
    await expect.poll(() => page.textContent('.govuk-exit-this-page')).toMatch(/2 more times/);
    expect(await violations()).toEqual([]);
    await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Shift').then(() => page.keyboard.press('Shift'))]);
    await close();
  });

  it('refuses a script that is not the site\'s own, and says so', async () => {
    const { page, violations, close } = await open();
    await page.goto(`${server.url}en/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.gif';
      document.body.append(img);
      return new Promise((resolve) => setTimeout(() => resolve((window as unknown as { __ran?: boolean }).__ran ?? false), 200));
    });
    expect(ran).toBe(false);
    const directives = (await violations()).map((v) => v.directive);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
    await close();
  });
});
