/**
 * The accessibility audit of a built site: every page, in every language,
 * served from 127.0.0.1 exactly as the real host serves it, checked twice:
 *
 *  1. pa11y-ci with its axe and HTML_CodeSniffer runners against WCAG2AA, the
 *     check public bodies and the GDS audit team know;
 *  2. axe-core run directly through Playwright with the WCAG 2.2 tags, because
 *     the axe bundled in pa11y does not run the 2.2 rules (target size, focus
 *     not obscured and the like).
 *
 * Both use the Chromium that src/lib/browser/chromium.ts finds (puppeteer's
 * own download stays off). A page that asks for anything from another host
 * also fails: the site promises no third-party requests.
 *
 *   npm run a11y                      audits dist/ (the example site)
 *   npm run a11y -- path/to/site      audits another built site
 *   npm run a11y -- dist --base /sv   when the base path cannot be read from the site
 *
 * Exits 0 when there is nothing to fix, 1 when there is, 2 on bad usage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../src/lib/browser/chromium.ts';
import { serveStatic } from '../src/lib/build/serve.ts';

/** The axe tags for WCAG 2.2 level AA, which includes every A and AA rule of 2.0 and 2.1. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Text inside an SVG chart (src/components/Chart.astro). axe cannot work out
 * the background behind any SVG text, so it always marks its contrast "needs
 * review" (and pa11y counts that as an error). The browser tests measure that
 * contrast instead (test/browser.test.ts); every other "needs review" result
 * counts as an issue here. A long label is broken into <tspan> lines: those
 * are chart text too.
 */
export const CHART_TEXT = '.svd-chart__svg text, .svd-chart__svg tspan';

export interface Issue {
  /** Which tool found it: pa11y's runners (`axe`, `htmlcs`), `axe-2.2`, or `network`. */
  tool: string;
  code: string;
  message: string;
  /** Where on the page (a CSS selector), when the tool says. */
  selector?: string;
}

export interface PageAudit {
  /** Path under the base, e.g. `en/strategy/` ('' is the root page). */
  path: string;
  url: string;
  issues: Issue[];
}

export interface Audit {
  base: string;
  pages: PageAudit[];
  /** Total issues over all pages and tools: the bar is zero. */
  issues: number;
}

export interface AuditOptions {
  /** The built site folder (dist/). */
  dir: string;
  /** The site's base path; read from the built root page when not given. */
  base?: string;
  /** Only these page paths (default: every page in the folder). */
  only?: string[];
  log?: (line: string) => void;
}

/**
 * Every page of a built site, as paths under the base: `index.html` files
 * become their folder (`en/strategy/`), other HTML files keep their name.
 * Pagefind's and Astro's asset folders hold no pages.
 */
export function listPages(dir: string): string[] {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split(sep).join('/'))
    .filter((name) => name.endsWith('.html') && !/^(?:pagefind|_astro)\//.test(name));
  return files.map((name) => (name === 'index.html' ? '' : name.endsWith('/index.html') ? name.slice(0, -'index.html'.length) : name)).sort();
}

/**
 * The base path the site was built for, read from the root page's language
 * links (`/serious-violence/en/`), so the audit serves the files where their
 * own links expect them.
 */
export function inferBase(dir: string): string {
  const root = join(dir, 'index.html');
  if (!existsSync(root)) return '/';
  const match = /href="((?:\/[^"/]+)*)\/(?:en|cy)\/"/.exec(readFileSync(root, 'utf8'));
  return match?.[1] ? `${match[1]}/` : '/';
}

interface Pa11yIssue {
  code: string;
  message: string;
  selector?: string;
  runner?: string;
}

interface Pa11yReport {
  total: number;
  results: Record<string, Array<Pa11yIssue | Error>>;
}

type Pa11yCi = (urls: string[], options: Record<string, unknown>) => Promise<Pa11yReport>;

async function runPa11y(urls: string[], executablePath: string, log: (line: string) => void): Promise<Map<string, Issue[]>> {
  const require = createRequire(import.meta.url);
  const pa11yCi = require('pa11y-ci') as Pa11yCi;
  const report = await pa11yCi(urls, {
    standard: 'WCAG2AA',
    runners: ['axe', 'htmlcs'],
    // Two at once broke here ("No target with given id found"); one is steady.
    concurrency: 1,
    timeout: 90_000,
    hideElements: CHART_TEXT,
    chromeLaunchConfig: { executablePath, args: CHROMIUM_ARGS },
    reporters: ['cli'],
    log: { info: log, error: log },
  });
  const byUrl = new Map<string, Issue[]>();
  for (const url of urls) {
    // pa11y-ci records a page it could not test as the Error itself, without
    // counting it as an error; here it counts.
    const found = report.results[url] ?? [new Error('pa11y-ci did not test this page')];
    byUrl.set(
      url,
      found.map((item) =>
        item instanceof Error || !('code' in item)
          ? { tool: 'pa11y', code: 'run-failed', message: String((item as Error).message ?? item) }
          : { tool: item.runner ?? 'pa11y', code: item.code, message: item.message, ...(item.selector ? { selector: item.selector } : {}) },
      ),
    );
  }
  return byUrl;
}

async function runAxe(urls: string[], origin: string, executablePath: string): Promise<Map<string, Issue[]>> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const byUrl = new Map<string, Issue[]>();
  try {
    for (const url of urls) {
      const issues: Issue[] = [];
      const context = await browser.newContext();
      // Nothing may leave the machine: record and refuse any other host.
      await context.route('**/*', (route) => {
        const target = route.request().url();
        if (target.startsWith(`${origin}/`) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
        issues.push({ tool: 'network', code: 'third-party-request', message: `The page asked for ${target}, on another site. Pages must load nothing from other sites.` });
        return route.abort();
      });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const violation of results.violations) {
        for (const node of violation.nodes) {
          issues.push({ tool: 'axe-2.2', code: violation.id, message: `${violation.help} (${violation.helpUrl})`, selector: node.target.join(' ') });
        }
      }
      // What axe could not decide is not a pass: it counts, except chart text (see CHART_TEXT).
      for (const unsure of results.incomplete) {
        for (const node of unsure.nodes) {
          const selector = node.target.join(' ');
          const chartText = unsure.id === 'color-contrast' && (await page.locator(selector).evaluate((el, sel) => el.matches(sel), CHART_TEXT).catch(() => false));
          if (!chartText) issues.push({ tool: 'axe-2.2', code: `${unsure.id} (needs review)`, message: `${unsure.help} (${unsure.helpUrl})`, selector });
        }
      }
      byUrl.set(url, issues);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return byUrl;
}

/** Audit every page of a built site with pa11y-ci and axe-core (WCAG 2.2 AA). */
export async function auditSite(options: AuditOptions): Promise<Audit> {
  const dir = resolve(options.dir);
  const log = options.log ?? (() => {});
  const base = options.base ?? inferBase(dir);
  const paths = options.only ?? listPages(dir);
  if (paths.length === 0) throw new Error(`There are no pages in ${dir}: build the site first.`);
  const server = await serveStatic(dir, base);
  try {
    const { executablePath } = await resolveChromium();
    const urls = paths.map((path) => `${server.url}${path}`);
    const pa11y = await runPa11y(urls, executablePath, log);
    const axe = await runAxe(urls, server.origin, executablePath);
    const pages = paths.map((path, i) => ({ path, url: urls[i]!, issues: [...(pa11y.get(urls[i]!) ?? []), ...(axe.get(urls[i]!) ?? [])] }));
    return { base, pages, issues: pages.reduce((sum, page) => sum + page.issues.length, 0) };
  } finally {
    await server.close();
  }
}

/** A plain summary: one line per page, then each issue with where it is and which tool found it. */
export function formatAudit(audit: Audit): string {
  const lines = [`Accessibility audit (pa11y-ci: axe + htmlcs, WCAG2AA; axe-core: ${AXE_TAGS.join(', ')}), base ${audit.base}`];
  for (const page of audit.pages) {
    lines.push(`  ${page.issues.length === 0 ? 'ok  ' : 'FAIL'} /${page.path}${page.issues.length ? `: ${page.issues.length} issue${page.issues.length === 1 ? '' : 's'}` : ''}`);
    for (const issue of page.issues) lines.push(`         [${issue.tool}] ${issue.code}: ${issue.message}${issue.selector ? `\n           at ${issue.selector}` : ''}`);
  }
  lines.push(`${audit.pages.length} pages, ${audit.issues} issue${audit.issues === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

async function main(args: string[]): Promise<number> {
  let dir = 'dist';
  let base: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--base') base = args[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run a11y -- [site folder, default dist] [--base /path]');
      return 0;
    } else if (arg.startsWith('-')) {
      console.error(`a11y: unknown option ${arg}`);
      return 2;
    } else dir = arg;
  }
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`a11y: ${dir} has no built site. Run \`npm run build\` first.`);
    return 2;
  }
  const audit = await auditSite({ dir, ...(base ? { base } : {}), log: (line) => console.log(line) });
  console.log(`\n${formatAudit(audit)}`);
  return audit.issues === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
