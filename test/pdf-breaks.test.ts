/**
 * PDFs never strand a title or a caption at the foot of a page, and open
 * with a contents page (issue 13). The example is built with the real
 * pipeline, so its PDFs are the bundle's own, printed by Chromium; each page's
 * text is read back with positions (pdf.js through unpdf) and the last block
 * above the footer must not be a heading or a table or figure caption, which
 * the built HTML names. A stress document (many short sections and tables of
 * varying length, so breaks land everywhere) is printed the same way.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, resolveChromium } from '../src/lib/browser/chromium.ts';
import { astroRootFor } from '../src/lib/build/config.ts';
import { APP_ROOT, buildSite } from '../src/lib/build/pipeline.ts';
import { serveStatic } from '../src/lib/build/serve.ts';
import { printOptions } from '../src/lib/bundle/pdf.ts';
import { parseNow } from '../src/lib/engine/clock.ts';
import { OUTPUT } from './helpers/project.ts';

const out = mkdtempSync(join(tmpdir(), 'svd-pdf-breaks-'));
const dist = join(out, 'dist');
const submission = join(out, 'submission');
// Header and footer sit in the 18 mm margins (pdf.ts); the body is between them.
const MARGIN = (18 / 25.4) * 72;

interface Line {
  y: number;
  text: string;
}

/** The lines of text on each page, top to bottom, without the running header and footer. */
async function pageLines(bytes: Uint8Array): Promise<Line[][]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: Line[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const byY = new Map<number, { x: number; str: string }[]>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , , , x, y] = item.transform as number[];
      if (y! < MARGIN || y! > height - MARGIN) continue;
      const key = Math.round(y!);
      byY.set(key, [...(byY.get(key) ?? []), { x: x!, str: item.str }]);
    }
    pages.push(
      [...byY.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([y, items]) => ({ y, text: items.sort((a, b) => a.x - b.x).map((i) => i.str).join(' ') })),
    );
  }
  return pages;
}

// Letters only: section numbers drawn by CSS counters, spacing and line wraps do not matter.
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}]/gu, '');
const stripTags = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#?\w+;/g, ' ');

/** The headings and captions of a built page, as they read. */
function titlesOf(html: string): Set<string> {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const found = [...main.matchAll(/<(h[1-6]|caption|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g), ...main.matchAll(/class="svd-chart__title"[^>]*>([\s\S]*?)<\//g)];
  return new Set(found.map((m) => bare(stripTags(m.at(-1)!))).filter(Boolean));
}

interface Contents {
  /** The contents heading, bare. */
  title: string;
  /** Its entries, bare, in order. */
  entries: string[];
}

function contentsOf(html: string, lang: 'en' | 'cy'): Contents {
  const list = html.slice(html.indexOf('id="contents-title"'), html.indexOf('</ol>', html.indexOf('id="contents-title"')));
  return { title: CONTENTS[lang], entries: html.includes('id="contents-title"') ? [...list.matchAll(/<li><a class="govuk-link" href="#[^"]+">([^<]+)<\/a><\/li>/g)].map((m) => bare(m[1]!)) : [] };
}

/**
 * The contents pages: the one with the contents heading, and any page after
 * it that carries on the list (it starts with an entry other than the first;
 * the document itself starts on a new page with the first section).
 */
function contentsPages(pages: Line[][], contents: Contents): Set<number> {
  const found = new Set<number>();
  const start = pages.findIndex((lines) => lines.some((l) => bare(l.text) === contents.title));
  if (start < 0) return found;
  found.add(start);
  for (let n = start + 1; n < pages.length && contents.entries.slice(1).includes(bare(pages[n]![0]?.text ?? '')); n++) found.add(n);
  return found;
}

/** Pages whose last block of text is a title or caption, i.e. stranded at the foot. */
function stranded(pages: Line[][], titles: Set<string>, contents: Contents): string[] {
  const problems: string[] = [];
  const skip = contentsPages(pages, contents);
  pages.forEach((lines, index) => {
    // The last page has nothing after it to be kept with; the contents pages end with their list.
    if (index === pages.length - 1 || skip.has(index)) return;
    // A title may wrap over up to three lines: test the last one, two and three lines together.
    for (let k = 1; k <= Math.min(3, lines.length); k++) {
      const block = bare(lines.slice(-k).map((l) => l.text).join(''));
      if (!titles.has(block)) continue;
      problems.push(`page ${index + 1} of ${pages.length} ends with "${lines.slice(-k).map((l) => l.text).join(' ')}"`);
      break;
    }
  });
  return problems;
}

interface Printed {
  file: string;
  url: string;
  lang: string;
  pages: number;
  bytes: number;
}

let printed: Printed[] = [];

beforeAll(async () => {
  const lines: string[] = [];
  // A copy of the example content: its own Astro root, so no other test's build of the example meets this one.
  cpSync(join(APP_ROOT, 'content'), join(out, 'content'), { recursive: true });
  const result = await buildSite({ root: out, outDir: dist, now: parseNow('2026-11-20'), log: (line) => lines.push(line) });
  if (!result.ok) throw new Error(`The example did not build:\n${lines.join('\n')}`);
  const manifest = JSON.parse(readFileSync(join(submission, 'manifest.json'), 'utf8')) as { documents: { url: string; lang: string; pdf?: { file: string; pages: number; bytes: number } }[] };
  printed = manifest.documents.filter((d) => d.pdf).map((d) => ({ file: d.pdf!.file, url: d.url, lang: d.lang, pages: d.pdf!.pages, bytes: d.pdf!.bytes }));
}, 600_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(astroRootFor(out), { recursive: true, force: true });
});

const CONTENTS = { en: bare('Contents'), cy: bare('Cynnwys') };
const htmlOf = (url: string) => readFileSync(join(dist, new URL(url).pathname.replace(/^\/serious-violence/, ''), 'index.html'), 'utf8');

describe('the example’s PDFs', () => {
  it('are every published document, in both languages', () => {
    expect(printed.map((p) => p.lang).sort()).toEqual(expect.arrayContaining(['cy', 'en']));
    expect(printed.length).toBeGreaterThanOrEqual(4);
  });

  it('open each long document with a contents page listing every section', async () => {
    let checked = 0;
    for (const pdf of printed) {
      const html = htmlOf(pdf.url);
      if (!html.includes('id="contents-title"')) continue;
      const pages = await pageLines(readFileSync(join(submission, pdf.file)));
      const contents = contentsOf(html, pdf.lang as 'en' | 'cy');
      expect(contents.entries.length, pdf.file).toBeGreaterThan(3);
      const onContents = [...contentsPages(pages, contents)];
      expect(onContents.length, pdf.file).toBeGreaterThan(0);
      // The contents come first (on page 1, after the title) and list every section.
      expect(Math.min(...onContents), pdf.file).toBe(0);
      const text = bare(onContents.flatMap((n) => pages[n]!).map((l) => l.text).join(''));
      for (const entry of contents.entries) expect(text, `${pdf.file}: contents lists ${entry}`).toContain(entry);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('never end a page with a heading or a caption', async () => {
    const problems: string[] = [];
    let pagesChecked = 0;
    for (const pdf of printed) {
      const pages = await pageLines(readFileSync(join(submission, pdf.file)));
      expect(pages.length, pdf.file).toBe(pdf.pages);
      pagesChecked += pages.length;
      problems.push(...stranded(pages, titlesOf(htmlOf(pdf.url)), contentsOf(htmlOf(pdf.url), pdf.lang as 'en' | 'cy')).map((p) => `${pdf.file}: ${p}`));
    }
    console.log(`pdf-breaks: ${printed.length} PDFs, ${pagesChecked} pages checked: ${printed.map((p) => `${p.file} ${p.pages} pp ${Math.round(p.bytes / 1024)} KB`).join(', ')}`);
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('a stress document: many short sections and tables', () => {
  it('is printed with no page ending in a heading or a caption', async () => {
    // The bilingual fixture's strategy, built by test/global-setup.ts, with 40 sections added after its
    // own: each a heading, one to four lines of text and a table of one to nine rows, built from the
    // page's own rendered heading, paragraph and table, so the print stylesheet meets the site's markup.
    const server = await serveStatic(join(OUTPUT, 'bilingual'), '/sv');
    const { executablePath } = await resolveChromium();
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
      await page.goto(`${server.url}en/strategy/`);
      const titles = await page.evaluate(() => {
        const prose = document.querySelector('.svd-prose')!;
        const heading = prose.querySelector('h2')!;
        const paragraph = prose.querySelector('p')!;
        const table = prose.querySelector('.svd-table-wrapper')!;
        const names: string[] = [];
        for (let i = 1; i <= 40; i++) {
          const h = heading.cloneNode() as HTMLElement;
          h.id = `stress-${i}`;
          h.textContent = `Stress section ${i} on the work of the partnership`;
          const p = paragraph.cloneNode() as HTMLElement;
          p.textContent = 'Partners shared data on violence in the night-time economy and agreed what to do next. '.repeat((i % 4) + 1);
          const t = table.cloneNode(true) as HTMLElement;
          const caption = t.querySelector('caption')!;
          caption.textContent = `Table ${100 + i}: Offences recorded in area ${i} by year`;
          const body = t.querySelector('tbody')!;
          const row = body.querySelector('tr')!;
          body.replaceChildren(...Array.from({ length: (i * 7) % 9 + 1 }, () => row.cloneNode(true)));
          prose.append(h, p, t);
          names.push(h.textContent, caption.textContent);
        }
        return names;
      });
      const bytes = await page.pdf(printOptions({ lang: 'en', title: 'Stress document' }, 'Fixture partnership'));
      const pages = await pageLines(bytes);
      const html = readFileSync(join(OUTPUT, 'bilingual', 'en', 'strategy', 'index.html'), 'utf8');
      const all = new Set([...titles.map(bare), ...titlesOf(html)]);
      console.log(`pdf-breaks: stress document ${pages.length} pages, ${Math.round(bytes.length / 1024)} KB`);
      expect(pages.length).toBeGreaterThan(15);
      expect(stranded(pages, all, contentsOf(html, 'en'))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
