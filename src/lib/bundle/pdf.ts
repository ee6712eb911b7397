/**
 * Accessible PDFs, printed by Chromium from the built pages exactly as the
 * host will serve them, so the PDF is the web page and never a second copy to
 * keep in step. The site's print stylesheet drops the header tools, search,
 * the exit button and the footer; Chromium tags the structure (tagged: true),
 * makes bookmarks from the headings (outline: true) and takes /Lang from
 * <html lang>. pdf-lib then sets the metadata and replaces Chromium's clock
 * time and ID with fixed ones: it rewrites the document but keeps every
 * catalog entry, /StructTreeRoot and /MarkInfo included (the tests check).
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFStream, PDFString } from 'pdf-lib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../browser/chromium.ts';
import { serveStatic } from '../build/serve.ts';
import { BundleError, named, type BundleContext, type BundleDocument } from './context.ts';
import { t as say } from '../i18n.ts';
import { count, ERRORS } from './strings.ts';

export interface PrintedPdf {
  document: BundleDocument;
  file: string;
  bytes: Uint8Array;
  pages: number;
}

const KEYWORDS = {
  en: ['Serious Violence Duty', 'serious violence', 'strategy'],
  cy: ['Dyletswydd Trais Difrifol', 'trais difrifol', 'strategaeth'],
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Chromium fills .pageNumber and .totalPages in the footer template. */
function footerTemplate(document: Pick<BundleDocument, 'lang'>): string {
  const text = escapeHtml(say(document.lang, 'bundle:pdf.page', { page: '{page}', pages: '{pages}' })).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="font: 9pt system-ui, Arial, sans-serif; width: 100%; text-align: center; color: #0b0c0c;">${text}</div>`;
}

function headerTemplate(document: Pick<BundleDocument, 'title'>, partnership: string): string {
  return `<div style="font: 8pt system-ui, Arial, sans-serif; width: 100%; margin: 0 15mm; color: #505a5f;">${escapeHtml(document.title)} – ${escapeHtml(partnership)}</div>`;
}

/**
 * In the page, before printing: point every link on this site at its public
 * address (the local server's port must never reach a PDF), and say on the
 * first page where the web version lives.
 */
function preparePage(input: { siteUrl: string; note: string; url: string }): string[] {
  const publicOrigin = new URL(input.siteUrl).origin;
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const target = new URL(href, location.href);
    if (target.origin === location.origin) link.setAttribute('href', `${publicOrigin}${target.pathname}${target.search}${target.hash}`);
  }
  const main = document.querySelector('main') ?? document.body;
  const note = document.createElement('p');
  note.className = 'svd-pdf-source';
  note.setAttribute('style', 'font-size: 10pt; border: 1pt solid #b1b4b6; padding: 6pt 8pt; margin: 0 0 12pt;');
  const [before, after] = input.note.split('{url}');
  const link = document.createElement('a');
  link.href = input.url;
  link.textContent = input.url;
  note.append(before ?? '', link, after ?? '');
  main.prepend(note);
  return Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'))
    .filter((heading) => heading.checkVisibility())
    .map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * Chromium builds bookmark titles from the laid-out lines and drops the space
 * where a heading wraps ("Serious Violence" becomes "SeriousViolence"). Put
 * back the heading's own text wherever the two agree once spaces are ignored.
 */
function repairOutline(pdf: PDFDocument, headings: string[]): void {
  const bare = (text: string) => text.replace(/\s+/g, '');
  const unused = [...headings];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const index = unused.findIndex((heading) => bare(heading) === bare(title.decodeText()));
        if (index >= 0) item.set(PDFName.of('Title'), PDFHexString.fromText(unused.splice(index, 1)[0]!));
      }
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/**
 * Table header cells get structure IDs from Blink's node counter
 * ("node00000129"), which depends on what else the browser has done, so
 * the same page can print with different IDs. Renumber them in the same
 * order (the ID name tree stays sorted); the /Headers links follow.
 */
function renumberStructureIds(pdf: PDFDocument): void {
  const isId = (value: unknown): value is PDFString | PDFHexString => (value instanceof PDFString || value instanceof PDFHexString) && /^node\d+$/.test(value.decodeText());
  const found = new Set<string>();
  const visit = (object: unknown, act: (value: PDFString | PDFHexString, replace: (next: PDFString) => void) => void, seen = new Set<unknown>()): void => {
    if (seen.has(object)) return;
    seen.add(object);
    if (object instanceof PDFDict || object instanceof PDFStream) {
      const dict = object instanceof PDFStream ? object.dict : object;
      for (const [key, value] of dict.entries()) {
        if (isId(value)) act(value, (next) => dict.set(key, next));
        else visit(value, act, seen);
      }
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) {
        const value = object.get(i);
        if (isId(value)) act(value, (next) => object.set(i, next));
        else visit(value, act, seen);
      }
    }
  };
  const objects = pdf.context.enumerateIndirectObjects().map(([, object]) => object);
  for (const object of objects) visit(object, (value) => found.add(value.decodeText()));
  const order = [...found].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(order.map((id, index) => [id, PDFString.of(`svd${String(index + 1).padStart(6, '0')}`)]));
  for (const object of objects) visit(object, (value, replace) => replace(renamed.get(value.decodeText())!));
}

async function finish(raw: Uint8Array, document: BundleDocument, context: BundleContext, headings: string[]): Promise<{ bytes: Uint8Array; pages: number }> {
  const pdf = await PDFDocument.load(raw, { updateMetadata: false });
  repairOutline(pdf, headings);
  renumberStructureIds(pdf);
  const lang = document.lang;
  pdf.setTitle(document.title, { showInWindowTitleBar: true });
  pdf.setAuthor(named(context.site.partnership.name, lang));
  pdf.setSubject(document.summary);
  pdf.setKeywords(KEYWORDS[lang]);
  pdf.setCreator(`SVD Publisher ${context.generator.version}`);
  pdf.setLanguage(lang);
  pdf.setCreationDate(context.time.date);
  pdf.setModificationDate(context.time.date);
  // A fixed ID derived from the content: the same content, the same file.
  pdf.context.trailerInfo.ID = undefined;
  const unidentified = await pdf.save({ useObjectStreams: false });
  const id = PDFHexString.of(createHash('sha256').update(unidentified).digest('hex').slice(0, 32));
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  const bytes = await pdf.save({ useObjectStreams: false });
  return { bytes, pages: pdf.getPageCount() };
}

/** How every PDF is printed: exported so the page-break test prints its stress document the same way. */
export function printOptions(document: Pick<BundleDocument, 'lang' | 'title'>, partnership: string): Parameters<Page['pdf']>[0] {
  return {
    format: 'A4',
    tagged: true,
    outline: true,
    // The template's grey page background would fill every sheet; print stylesheets assume none.
    printBackground: false,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(document, partnership),
    footerTemplate: footerTemplate(document),
    margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
  };
}

async function printOne(page: Page, context: BundleContext, document: BundleDocument, origin: string): Promise<PrintedPdf> {
  const response = await page.goto(`${origin}${document.path}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`The built page ${document.path} could not be opened for printing (HTTP ${response?.status() ?? 'no response'}).`);
  const headings = await page.evaluate(preparePage, { siteUrl: context.siteUrl, note: say(document.lang, 'bundle:pdf.source', { url: '{url}' }), url: document.url });
  const raw = await page.pdf(printOptions(document, named(context.site.partnership.name, document.lang)));
  const { bytes, pages } = await finish(raw, document, context, headings);
  return { document, file: `${document.baseName}.pdf`, bytes, pages };
}

export async function printPdfs(context: BundleContext, log: (line: string) => void = () => {}): Promise<PrintedPdf[]> {
  const server = await serveStatic(context.siteDir, context.site.site.base);
  let browser: Browser | undefined;
  try {
    try {
      const chrome = await resolveChromium();
      browser = await chromium.launch({ executablePath: chrome.executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
      // No browser is a problem with this computer, not with the site: say so, and let the site build.
      throw new BundleError('config', ERRORS.noBrowser, { detail: (error as Error).message.split('\n')[0]! });
    }
    // One tab per core, each printing the next document: printing is Chromium's
    // work, so on a machine with the cores the PDFs come out side by side.
    const open = browser;
    const printed: PrintedPdf[] = new Array(context.documents.length);
    let next = 0;
    const tab = async () => {
      const page = await open.newPage();
      // Everything comes from the built site; a request anywhere else is a bug, not a reason to wait.
      await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
      for (let index = next++; index < context.documents.length; index = next++) printed[index] = await printOne(page, context, context.documents[index]!, server.origin);
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), context.documents.length)) }, tab));
    // Logged in the documents' order, whichever finished first.
    for (const { file, bytes, pages } of printed) log(say('en', 'bundle:log.pdf', { file, pages: count(pages, 'page', 'en'), size: `${Math.round(bytes.length / 1024)} KB` }));
    return printed;
  } finally {
    await browser?.close();
    await server.close();
  }
}
