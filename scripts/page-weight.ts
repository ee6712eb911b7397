/**
 * Page weight of a built site: for each page, the bytes a first visit
 * downloads (HTML, the stylesheets it links, the scripts it loads and what
 * they import, and fonts the stylesheets name), raw and gzipped as a web
 * server would send them (zlib's default level). Images are counted apart.
 *
 *   node scripts/page-weight.ts [site folder, default dist] [page path...] [--json]
 *
 * Without page paths it weighs the home page and every strategy and SNA page
 * (pages carrying a document-type caption) in each language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { inferBase } from './a11y.ts';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  fonts: Weight;
  images: Weight;
  /** HTML + CSS + JS + fonts. */
  total: Weight;
  files: string[];
}

const zero = (): Weight => ({ raw: 0, gzip: 0 });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

function weigh(bytes: Buffer): Weight {
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The file behind a URL path on the site, or undefined for another host. */
function fileOf(dir: string, base: string, url: string, from: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const absolute = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
  const inside = absolute.startsWith(base) ? absolute.slice(base.length) : absolute.replace(/^\//, '');
  const path = join(dir, decodeURIComponent(inside.split(/[?#]/)[0]!));
  return existsSync(path) ? path : undefined;
}

export function pageWeight(dir: string, path: string, base = inferBase(dir)): PageWeight {
  const htmlFile = join(dir, path.endsWith('.html') ? path : join(path, 'index.html'));
  const html = readFileSync(htmlFile);
  const pageUrl = `${base}${path}`;
  const weight: PageWeight = { path, html: weigh(html), css: zero(), js: zero(), fonts: zero(), images: zero(), total: zero(), files: [] };
  const seen = new Set<string>();
  const take = (file: string | undefined, kind: 'css' | 'js' | 'fonts' | 'images'): Buffer | undefined => {
    if (!file || seen.has(file)) return undefined;
    seen.add(file);
    const bytes = readFileSync(file);
    weight[kind] = add(weight[kind], weigh(bytes));
    weight.files.push(file.slice(dir.length + 1));
    return bytes;
  };
  const text = html.toString('utf8');
  for (const match of text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const cssFile = fileOf(dir, base, match[1]!, pageUrl);
    const css = take(cssFile, 'css');
    if (!css || !cssFile) continue;
    const cssUrl = `${base}${cssFile.slice(dir.length + 1)}`;
    for (const font of css.toString('utf8').matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)) take(fileOf(dir, base, font[1]!, cssUrl), 'fonts');
  }
  const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => fileOf(dir, base, m[1]!, pageUrl));
  while (scripts.length > 0) {
    const jsFile = scripts.shift();
    const js = take(jsFile, 'js');
    if (!js || !jsFile) continue;
    const jsUrl = `${base}${jsFile.slice(dir.length + 1)}`;
    // Static imports load with the script; dynamic ones (search) only when used.
    for (const imported of js.toString('utf8').matchAll(/(?:^|[;\s}])import\s*(?:[\w*{},\s]+from\s*)?["']([^"']+)["']/g)) scripts.push(fileOf(dir, base, imported[1]!, jsUrl));
  }
  for (const match of text.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)) take(fileOf(dir, base, match[1]!, pageUrl), 'images');
  weight.total = [weight.html, weight.css, weight.js, weight.fonts].reduce(add, zero());
  return weight;
}

/** The home pages, then each page with a document-type caption (strategy, SNA), per language. */
export function defaultPages(dir: string): string[] {
  const pages: string[] = [];
  for (const lang of ['en', 'cy']) {
    const root = join(dir, lang);
    if (!existsSync(root)) continue;
    pages.push(`${lang}/`);
    for (const name of readdirSync(root).sort()) {
      const file = join(root, name, 'index.html');
      if (existsSync(file) && /class="svd-caption"/.test(readFileSync(file, 'utf8'))) pages.push(`${lang}/${name}/`);
    }
  }
  return pages;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatWeights(weights: PageWeight[]): string {
  const rows = weights.map((w) => [`/${w.path}`, kb(w.html.gzip), kb(w.css.gzip), kb(w.js.gzip), kb(w.fonts.gzip), kb(w.total.gzip), kb(w.total.raw), kb(w.images.raw)]);
  const head = ['page', 'HTML', 'CSS', 'JS', 'fonts', 'total gzip', 'total raw', 'images'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const [dirArg = 'dist', ...paths] = args.filter((a) => a !== '--json');
  const dir = resolve(dirArg);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`page-weight: ${dirArg} has no built site. Run \`npm run build\` first.`);
    return 2;
  }
  const weights = (paths.length ? paths : defaultPages(dir)).map((path) => pageWeight(dir, path));
  console.log(json ? JSON.stringify(weights, null, 2) : formatWeights(weights));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

