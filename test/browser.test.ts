/**
 * The built bilingual fixture (test/global-setup.ts) in a real browser:
 * playwright-core driving the Chromium that src/lib/browser/chromium.ts
 * finds, the site served from 127.0.0.1 under its base path. Keyboard only,
 * the language link, search in each language, reflow at 320 px and at 400%
 * zoom, "Exit this page" by button and by Shift three times, and print
 * (screenshots: test/browser-publication.test.ts). Nothing may leave
 * the machine: every other host is intercepted.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from '../scripts/a11y.ts';
import { CHROMIUM_ARGS, resolveChromium } from '../src/lib/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../src/lib/build/serve.ts';
import { OUTPUT } from './helpers/project.ts';

const EXIT_URL = 'https://www.bbc.co.uk/weather';

let server: StaticServer;
let browser: Browser;
/** Requests for anything but the local server, per test. */
let offsite: string[] = [];

beforeAll(async () => {
  server = await serveStatic(join(OUTPUT, 'bilingual'), '/sv');
  const { executablePath } = await resolveChromium();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  offsite = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    offsite.push(url);
    // The exit button's destination answers locally, so the test sees the navigation happen.
    if (url.startsWith(EXIT_URL)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' });
    return route.abort();
  });
  return { context, page: await context.newPage() };
}

interface Focused {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  /** The focused element looks different from when it is not focused. */
  indicator: boolean;
  /** Some of it is on screen and nothing covers its middle (WCAG 2.4.11). */
  visible: boolean;
}

/** What has focus, and whether a sighted keyboard user can see it. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    // An indicator is an outline that can be seen, or a change of shadow or background: a colour
    // or underline change alone is too slight to find on a busy page.
    const outline = (s: CSSStyleDeclaration) => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor) ? 'outline' : '');
    const look = (s: CSSStyleDeclaration) => [outline(s), s.boxShadow, s.backgroundColor].join('|');
    const on = look(getComputedStyle(el));
    el.blur();
    const off = look(getComputedStyle(el));
    el.focus({ preventScroll: true });
    const rect = el.getBoundingClientRect();
    const inView = rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 10), 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const uncovered = top !== null && (el === top || el.contains(top) || top.contains(el));
    return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent ?? '').trim().replace(/\s+/g, ' '), href: el.getAttribute('href'), indicator: on !== off || el.id === 'main-content', visible: inView && uncovered };
  });
}

/** Press a key and return what now has focus, failing if focus cannot be seen. */
async function press(page: Page, key: string): Promise<Focused | null> {
  await page.keyboard.press(key);
  const now = await focused(page);
  if (now && now.id !== 'main-content') {
    expect(now.indicator, `no visible focus indicator on <${now.tag}> "${now.text}"`).toBe(true);
    expect(now.visible, `focused <${now.tag}> "${now.text}" is off screen or covered`).toBe(true);
  }
  return now;
}

describe('keyboard only', () => {
  it('goes from the home page through the skip link to a strategy section and back, focus always visible', async () => {
    const { context, page } = await open();
    await page.goto(`${server.url}en/`);
    const skip = await press(page, 'Tab');
    expect(skip).toMatchObject({ text: 'Skip to main content', href: '#main-content' });
    await press(page, 'Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    let now: Focused | null = null;
    for (let i = 0; i < 20 && now?.href !== '/sv/en/strategy/'; i++) now = await press(page, 'Tab');
    expect(now?.href).toBe('/sv/en/strategy/');
    await Promise.all([page.waitForURL(`${server.url}en/strategy/`), page.keyboard.press('Enter')]);

    expect(await press(page, 'Tab')).toMatchObject({ text: 'Skip to main content' });
    await press(page, 'Enter');
    for (let i = 0; i < 40 && now?.href !== '#governance'; i++) now = await press(page, 'Tab');
    expect(now?.href).toBe('#governance');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}en/strategy/#governance`);
    const heading = await page.locator('h2#governance').boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y).toBeLessThan(768);

    // Back up the page to the home link in the header, one key at a time.
    for (let i = 0; i < 80 && !(now?.href === '/sv/en/' && now.tag === 'a'); i++) now = await press(page, 'Shift+Tab');
    expect(now).toMatchObject({ href: '/sv/en/', text: 'Test Valley Violence Partnership' });
    await Promise.all([page.waitForURL(`${server.url}en/`), page.keyboard.press('Enter')]);
    expect(offsite).toEqual([]);
    await context.close();
  });
});

describe('language link', () => {
  const pairs = [
    ['en/strategy/', 'cy/strategaeth/'],
    ['en/young-people/', 'cy/pobl-ifanc/'],
    ['en/accessibility-statement/', 'cy/datganiad-hygyrchedd/'],
    ['en/', 'cy/'],
  ] as const;

  it.each(pairs)('takes %s to the same page in Welsh (%s) and back', async (en, cy) => {
    const { context, page } = await open();
    await page.goto(`${server.url}${en}`);
    await Promise.all([page.waitForURL(`${server.url}${cy}`), page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await Promise.all([page.waitForURL(`${server.url}${en}`), page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});

describe('search', () => {
  async function search(page: Page, from: string, words: string): Promise<{ status: string; links: string[] }> {
    await page.goto(`${server.url}${from}`);
    await page.locator('#site-search').fill(words);
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\?q=/);
    // The status region says "Searching..." until Pagefind answers.
    await page.waitForFunction(() => /^(?!.*(?:Searching|Wrthi'n chwilio|Yn chwilio)).+/.test(document.getElementById('search-status')?.textContent ?? ''));
    return { status: (await page.textContent('#search-status'))!, links: await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')!)) };
  }

  it('finds a Welsh word on the Welsh site, and only Welsh pages', async () => {
    const { context, page } = await open();
    const found = await search(page, 'cy/', 'ddiogel');
    expect(page.url()).toBe(`${server.url}cy/chwilio/?q=ddiogel`);
    expect(found.links).toContain('/sv/cy/pobl-ifanc/');
    expect(found.links.every((href) => href.startsWith('/sv/cy/'))).toBe(true);
    expect(found.status).toMatch(/canlyniad/);
    // The results as a screen reader and a keyboard meet them: WCAG 2.2 AA.
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('finds an English word on the English site, and not a Welsh one', async () => {
    const { context, page } = await open();
    const found = await search(page, 'en/', 'safe');
    expect(found.links).toContain('/sv/en/young-people/');
    expect(found.links.every((href) => href.startsWith('/sv/en/'))).toBe(true);
    const welsh = await search(page, 'en/', 'ddiogel');
    expect(welsh.links).toEqual([]);
    expect(welsh.status).toBe('No results for “ddiogel”');
    await context.close();
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  const pages = ['en/', 'cy/', 'en/strategy/', 'cy/strategaeth/', 'en/young-people/', 'cy/pobl-ifanc/', 'en/accessibility-statement/', 'cy/chwilio/'];
  const sizes = [
    { name: '320 CSS px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
    // 400% zoom of a 1280 x 1024 window lays the page out in 320 x 256 CSS pixels.
    { name: '400% zoom', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
  ];

  it.each(sizes)('never scrolls sideways at $name, except inside a table’s own region', async ({ viewport, deviceScaleFactor }) => {
    const { context, page } = await open({ viewport, deviceScaleFactor });
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      const layout = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const outside = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => !el.closest('.svd-table-wrapper') && !el.closest('.govuk-visually-hidden, .govuk-skip-link, script, style, title, desc'))
          .filter((el) => {
            const rect = el.getBoundingClientRect();
            return rect.width > 0 && rect.height > 0 && (rect.right > width + 1 || rect.left < -1);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        const tables = [...document.querySelectorAll<HTMLElement>('.svd-table-wrapper')].map((el) => ({
          scrolls: el.scrollWidth > el.clientWidth,
          overflow: getComputedStyle(el).overflowX,
          focusable: el.tabIndex === 0,
          fits: el.getBoundingClientRect().right <= width + 1,
        }));
        return { pageScrolls: document.documentElement.scrollWidth > width, outside, tables };
      });
      expect(layout.pageScrolls, `${path} scrolls sideways`).toBe(false);
      expect(layout.outside, path).toEqual([]);
      for (const table of layout.tables) {
        expect(table.fits, path).toBe(true);
        if (table.scrolls) expect(table, path).toMatchObject({ overflow: 'auto', focusable: true });
      }
    }
    await context.close();
  });
});

describe('Exit this page', () => {
  it('leaves for a neutral site when the button is pressed', async () => {
    const { context, page } = await open();
    await page.goto(`${server.url}cy/strategaeth/`);
    await Promise.all([page.waitForURL(EXIT_URL), page.getByRole('button', { name: /Gadael y dudalen hon/ }).click()]);
    expect(offsite).toEqual([EXIT_URL]);
    await context.close();
  });

  it('leaves when Shift is pressed three times, saying in the page’s language how many presses are left', async () => {
    const { context, page } = await open();
    await page.goto(`${server.url}cy/`);
    await page.keyboard.press('Shift');
    await expect.poll(() => page.textContent('.govuk-exit-this-page')).toContain('Shift, pwyswch 2 waith eto i adael.');
    await page.keyboard.press('Shift');
    await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Shift')]);
    expect(offsite).toEqual([EXIT_URL]);
    await context.close();
  });
});

// On a phone and on a wide screen, in both languages: test/browser-publication.test.ts.

describe('print', () => {
  it('hides the navigation, search, exit button and footer, and keeps the document and its contents', async () => {
    const { context, page } = await open();
    await page.goto(`${server.url}en/strategy/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.govuk-skip-link', '.govuk-language-navigation', '.svd-search', '.govuk-exit-this-page', '.govuk-footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['h1', '#governance', '.svd-meta', '.svd-contents']) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.govuk-language-navigation').isVisible()).toBe(true);
    await context.close();
  });
});

describe('charts', () => {
  /** WCAG relative luminance contrast of two "rgb(r, g, b)" colours. */
  function contrast(a: string, b: string): number {
    const lum = (c: string) => {
      const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }

  it('draws text at 4.5:1 and bars at 3:1 against the page (axe cannot measure SVG text)', async () => {
    const { context, page } = await open();
    for (const path of ['en/young-people/', 'cy/pobl-ifanc/']) {
      await page.goto(`${server.url}${path}`);
      const colours = await page.evaluate(() => ({
        background: getComputedStyle(document.querySelector('main')!.closest('.govuk-template__body')!).backgroundColor,
        text: [...document.querySelectorAll('.svd-chart__svg text')].map((el) => getComputedStyle(el).fill),
        bars: [...document.querySelectorAll('.svd-chart__bar')].map((el) => getComputedStyle(el).fill),
      }));
      const background = colours.background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : colours.background;
      expect(colours.text.length).toBeGreaterThan(0);
      for (const fill of colours.text) expect(contrast(fill, background)).toBeGreaterThanOrEqual(4.5);
      for (const fill of colours.bars) expect(contrast(fill, background)).toBeGreaterThanOrEqual(3);
    }
    await context.close();
  });
});

// Screenshots of the changed pages at 320 and 1280 px: test/browser-publication.test.ts.
