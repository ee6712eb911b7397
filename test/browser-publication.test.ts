/**
 * What a reader on a phone (320 CSS px) and on a wide screen (1280 px) sees
 * of the publication pages, in both languages, in a real Chromium: the built
 * bilingual fixture always, and the example site's dist/ when it has been
 * built (CI builds it first), served from 127.0.0.1 under each site's base.
 *
 *  - "Exit this page" is on screen after scrolling to the very bottom;
 *  - nothing is wider than the screen outside a table's own scroll region;
 *  - every table has a caption;
 *  - every download link (the other formats, "Print this page") answers with
 *    a file whose size is the one the page states;
 *  - printing keeps the contents list and drops the navigation;
 *  - "Back to contents" takes the reader back to the contents list.
 *
 * It saves screenshots of the changed pages at both widths for CI under
 * test/artifacts/screenshots/ (a CI artefact: .ci/run keeps the folder).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inferBase } from '../scripts/a11y.ts';
import { CHROMIUM_ARGS, resolveChromium } from '../src/lib/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../src/lib/build/serve.ts';
import { OUTPUT } from './helpers/project.ts';

const SCREENSHOTS = join(import.meta.dirname, 'artifacts', 'screenshots');
const EXAMPLE = join(import.meta.dirname, '..', 'dist');

interface Site {
  name: string;
  dir: string;
  /** Long documents (numbered contents, back links) and the young people's page, per language. */
  pages: { en: string[]; cy: string[] };
}

const SITES: Site[] = [
  // Every kind of page, the bilingual root and the not-found page included.
  { name: 'fixture', dir: join(OUTPUT, 'bilingual'), pages: { en: ['', '404.html', 'en/', 'en/strategy/', 'en/young-people/', 'en/meeting-the-duty/'], cy: ['cy/', 'cy/strategaeth/', 'cy/pobl-ifanc/', 'cy/bodloni-r-ddyletswydd/'] } },
  ...(existsSync(join(EXAMPLE, 'index.html'))
    ? [{ name: 'example', dir: EXAMPLE, pages: { en: ['en/', 'en/strategy/', 'en/strategic-needs-assessment/', 'en/young-people/', 'en/meeting-the-duty/'], cy: ['cy/', 'cy/strategaeth/', 'cy/asesiad-strategol-o-anghenion/', 'cy/pobl-ifanc/', 'cy/bodloni-r-ddyletswydd/'] } }]
    : []),
];
const WIDTHS = [320, 1280] as const;

// Full-page screenshots of the example's 40,000-pixel strategy pages take minutes on a busy two-core machine.
vi.setConfig({ testTimeout: 600_000 });

let browser: Browser;
const servers = new Map<string, StaticServer>();

beforeAll(async () => {
  const { executablePath } = await resolveChromium();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const site of SITES) servers.set(site.name, await serveStatic(site.dir, inferBase(site.dir)));
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

async function open(site: Site, width: number): Promise<{ page: Page; close: () => Promise<void>; url: (path: string) => string }> {
  const server = servers.get(site.name)!;
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  // Nothing may leave the machine.
  await context.route('**/*', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
  return { page: await context.newPage(), close: () => context.close(), url: (path) => `${server.url}${path}` };
}

describe.each(SITES)('the $name site', (site) => {
  const all = [...site.pages.en, ...site.pages.cy];

  it.each(WIDTHS)('at %i px: Exit this page stays on screen at the bottom, nothing is wider than the screen, every table is captioned with a unique number', async (width) => {
    const { page, close, url } = await open(site, width);
    for (const path of all) {
      expect((await page.goto(url(path)))?.status(), path).toBe(200);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const state = await page.evaluate(() => {
        const rect = document.querySelector('.govuk-exit-this-page__button')?.getBoundingClientRect();
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => !el.closest('[role="region"][tabindex="0"]') && !el.closest('.govuk-visually-hidden, .govuk-skip-link, script, style, title, desc'))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && (r.right > width + 1 || r.left < -1);
          })
          .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
        return {
          scrolled: window.scrollY,
          exit: rect ? rect.top >= 0 && rect.bottom <= innerHeight : false,
          wide,
          pageScrolls: document.documentElement.scrollWidth > width,
          tables: [...document.querySelectorAll('table')].map((table) => ({
            caption: table.querySelector(':scope > caption')?.textContent?.trim() ?? '',
            // The scroll region is named by the caption.
            region: table.closest('[role="region"]')?.getAttribute('aria-labelledby') === table.querySelector('caption')?.id,
          })),
        };
      });
      expect(state.exit, `${path}: Exit this page after scrolling ${state.scrolled} px`).toBe(true);
      expect(state.pageScrolls, `${path} scrolls sideways`).toBe(false);
      expect(state.wide, path).toEqual([]);
      expect(state.tables.filter((t) => !t.caption), path).toEqual([]);
      // The coverage page's "Files" tables aside, every table is "Table N" (Welsh "Tabl N"), each N once.
      const numbers = state.tables.filter((t) => !/^(Files|Ffeiliau)/.test(t.caption)).map((t) => /^(?:Table|Tabl) (\d+)/.exec(t.caption)?.[1]);
      expect(numbers.every(Boolean), `${path}: ${JSON.stringify(state.tables)}`).toBe(true);
      expect(new Set(numbers).size, path).toBe(numbers.length);
      for (const table of state.tables) expect(table.region, path).toBe(true);
    }
    await close();
  });

  it('links only to download files that exist, each the size its page states', async () => {
    const { page, close, url } = await open(site, 1280);
    let checked = 0;
    for (const path of all) {
      await page.goto(url(path));
      const links = await page.$$eval('.app-downloads:not([hidden]) a[href*="/downloads/"]', (as) =>
        as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent!.trim(), size: a.closest('li, p')?.querySelector('.app-download__meta')?.textContent ?? '' })),
      );
      for (const link of links) {
        const response = await page.request.get(link.href);
        expect(response.status(), link.href).toBe(200);
        const bytes = (await response.body()).length;
        const stated = /(\d+(?:[.,]\d+)?) (KB|MB)/.exec(link.size);
        expect(stated, `${path}: "${link.text}" states no size`).not.toBeNull();
        const kb = stated![2] === 'MB' ? Number(stated![1]!.replace(',', '.')) * 1024 : Number(stated![1]);
        // Sizes are rounded to the KB (to 0.1 MB above a megabyte), as GOV.UK writes them.
        expect(Math.abs(bytes / 1024 - kb), `${link.href}: ${bytes} bytes, page says ${link.size}`).toBeLessThanOrEqual(stated![2] === 'MB' ? 52 : 0.5);
        expect(link.size.startsWith(link.href.endsWith('.pdf') ? 'PDF' : link.href.endsWith('.docx') ? (path.startsWith('cy/') ? 'Dogfen Word' : 'Word') : '?'), link.size).toBe(true);
        checked++;
      }
    }
    // Every strategy (and SNA) page has a PDF, a Word file and the print link to the PDF.
    expect(checked).toBeGreaterThanOrEqual(6);
    await close();
  });

  it('prints the documents with their contents list and without the navigation, in both languages', async () => {
    const { page, close, url } = await open(site, 1280);
    for (const path of all.filter((p) => /strateg/.test(p))) {
      await page.goto(url(path));
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.svd-header__tools', '.govuk-exit-this-page', '.govuk-footer', '.svd-print-link', '.app-downloads']) {
        expect(await page.locator(selector).first().isVisible(), `${path} ${selector}`).toBe(false);
      }
      for (const selector of ['h1', '.svd-contents', '.svd-contents li', '#history']) expect(await page.locator(selector).first().isVisible(), `${path} ${selector}`).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
    await close();
  });

  it('takes the reader from the end of a section back to the contents list', async () => {
    const { page, close, url } = await open(site, 320);
    const long = all.filter((p) => /strateg/.test(p));
    let followed = 0;
    for (const path of long) {
      await page.goto(url(path));
      const back = page.locator('.svd-back-to-contents a');
      if ((await back.count()) === 0) continue;
      expect(await back.first().textContent()).toBe(path.startsWith('cy/') ? 'Yn ôl i’r cynnwys' : 'Back to contents');
      await back.last().scrollIntoViewIfNeeded();
      await back.last().click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#contents');
      const top = await page.locator('#contents').evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(800);
      followed++;
    }
    // The example's strategies are long enough to have them; the fixture's are not.
    if (site.name === 'example') expect(followed).toBe(long.length);
    await close();
  });

  it.each(WIDTHS)('at %i px sets the young people’s summary in larger type and shorter lines, with plain headings, no version block and pictures that fit', async (width) => {
    const { page, close, url } = await open(site, width);
    for (const path of all.filter((p) => /young-people|pobl-ifanc/.test(p))) {
      await page.goto(url(path));
      // Pictures load lazily: bring each into view and wait until it is decoded before measuring.
      await page.evaluate(() => Promise.all([...document.querySelectorAll<HTMLImageElement>('.svd-young__text img')].map((img) => (img.scrollIntoView(), img.decode().catch(() => undefined)))));
      const look = await page.evaluate(() => {
        const p = document.querySelector<HTMLElement>('.svd-young__text p')!;
        const h2 = document.querySelector<HTMLElement>('.svd-young__text h2')!;
        const size = parseFloat(getComputedStyle(p).fontSize);
        return {
          size,
          // Line length in ems of the text's own size: about two characters an em.
          ems: p.getBoundingClientRect().width / size,
          numbered: getComputedStyle(h2, '::before').content,
          version: document.querySelector('.svd-meta, .govuk-summary-list') !== null,
          pictures: [...document.querySelectorAll<HTMLImageElement>('.svd-young__text img')].map((img) => ({
            alt: img.alt,
            loaded: img.complete && img.naturalWidth > 0,
            width: img.getBoundingClientRect().width,
            height: img.getBoundingClientRect().height,
            screen: document.documentElement.clientWidth,
          })),
        };
      });
      expect(look.size, path).toBeGreaterThanOrEqual(width < 641 ? 21 : 24);
      expect(look.ems, path).toBeLessThanOrEqual(30.5);
      expect(['none', 'normal', ''], path).toContain(look.numbered);
      expect(look.version, path).toBe(false);
      // The example's page has a picture: loaded, described in the page's language, never wider than a phone.
      if (site.name === 'example') expect(look.pictures, path).toHaveLength(1);
      for (const picture of look.pictures) {
        expect(picture.loaded, path).toBe(true);
        expect(picture.alt, path).toMatch(path.startsWith('cy/') ? /^Llun o bobl ifanc/ : /^A drawing of young people/);
        expect(picture.height, path).toBeGreaterThan(50);
        expect(picture.width, path).toBeLessThanOrEqual(picture.screen);
      }
    }
    await close();
  });

  it('saves screenshots of the changed pages at 320 and 1280 px for CI', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of WIDTHS) {
      const { page, close, url } = await open(site, width);
      for (const path of all.filter((p) => p !== '404.html')) {
        await page.goto(url(path));
        const name = `${site.name}-${path.replace(/\/$/, '').replace(/\//g, '-') || 'root'}-${width}.png`;
        await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
        const png = readFileSync(join(SCREENSHOTS, name));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.readUInt32BE(16), name).toBe(width);
      }
      await close();
    }
  });
});
