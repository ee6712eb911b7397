/**
 * The built site, read back as a visitor's browser would: every page is
 * parsed (satteri's HTML parser, audit-page.ts) and walked once, to prove what
 * the safe-MDX subset and the CSP promise. Nothing runs but the project's own
 * scripts, nothing loads from anywhere but the site, no form posts elsewhere
 * (leaks); every internal link and #anchor reaches a page and an id that exist
 * (broken); and every link that leaves the site is listed (external), for the
 * build report.
 *
 * Two passes, so that each page is read and parsed once and its tree dropped
 * straight after its walk: first every page's facts (ids, policy, and its
 * checks in document order), then each page's checks against the whole site.
 *
 * Pure over the files in `dir`; the build calls it on the staged site before
 * it is swapped into place, and the tests call it on what was published.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Check, pageFacts, type PageFacts, parsePage } from './audit-page.ts';
import { parsePolicy, policyProblems } from './csp.ts';

export type LeakKind = 'csp' | 'script' | 'handler' | 'external-load' | 'form' | 'style' | 'embed' | 'scheme' | 'refresh';

export interface Leak {
  /** Site path of the page (or file) at fault, e.g. /base/en/about/. */
  page: string;
  kind: LeakKind;
  detail: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing' | 'anchor';
}

export interface SiteAudit {
  pages: number;
  /** Internal links and loads followed, and how many of them named an #anchor. */
  internal: number;
  anchors: number;
  leaks: Leak[];
  broken: BrokenLink[];
  /** Each external address, with the site paths of the pages that link to it. */
  external: Map<string, string[]>;
  /** sha256 of every inline script, with the pages it is on. */
  inlineScripts: Map<string, string[]>;
  /** Each Content-Security-Policy the pages carry, with the pages carrying it. */
  policies: Map<string, string[]>;
}

export interface AuditOptions {
  /** The site's base path, e.g. /serious-violence (Astro's `base`). */
  base: string;
  /** The site's address (canonical and hreflang links use it); links to it are internal. */
  site?: string;
}

const HTML = /\.html$/;
const SVG = /\.svg$/i;

/** The site's files, sorted: its pages and its SVG files (one listing for both). */
function files(dir: string): { html: string[]; svg: string[] } {
  const html: string[] = [];
  const svg: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    if (HTML.test(entry.name)) html.push(join(entry.parentPath, entry.name));
    else if (SVG.test(entry.name)) svg.push(join(entry.parentPath, entry.name));
  }
  return { html: html.sort(), svg: svg.sort() };
}

/** The path a browser shows for a built file: en/about/index.html -> /base/en/about/. */
export function sitePath(dir: string, file: string, base: string): string {
  const path = relative(dir, file).split(sep).join('/');
  return `${base.replace(/\/$/, '')}/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

const ORIGIN = 'https://svd.invalid';

type Target = { kind: 'internal'; path: string; hash: string } | { kind: 'external'; url: string } | { kind: 'bad'; scheme: string };

/** Where an address in a page leads: the site itself (a path under base), elsewhere, or a scheme we never emit. */
function target(href: string, page: string, site: URL | undefined): Target {
  let url: URL;
  try {
    url = new URL(href, `${ORIGIN}${page}`);
  } catch {
    return { kind: 'bad', scheme: href };
  }
  if (url.origin === ORIGIN || (site && url.origin === site.origin)) return { kind: 'internal', path: url.pathname, hash: url.hash };
  if (url.protocol === 'https:' || url.protocol === 'mailto:' || url.protocol === 'tel:') return { kind: 'external', url: url.href };
  return { kind: 'bad', scheme: url.protocol };
}

/** The built file a site path serves, or undefined (an internal link that would 404). */
function fileFor(dir: string, path: string, base: string): string | undefined {
  const prefix = base.replace(/\/$/, '');
  if (!path.startsWith(`${prefix}/`)) return undefined;
  let inside: string;
  try {
    inside = decodeURIComponent(path.slice(prefix.length + 1));
  } catch {
    return undefined;
  }
  if (inside.split('/').includes('..')) return undefined;
  const direct = join(dir, inside);
  for (const candidate of [direct, join(direct, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

interface Page extends PageFacts {
  path: string;
}

function readPage(dir: string, file: string, base: string): Page {
  return { path: sitePath(dir, file, base), ...pageFacts(parsePage(readFileSync(file, 'utf8'))) };
}

/** What one audit shares across pages: each page's facts, and each site path's file, looked up on disk once. */
interface Site {
  dir: string;
  options: AuditOptions;
  site: URL | undefined;
  pages: Map<string, Page>;
  files: Map<string, string | undefined>;
  stylesheets: Set<string>;
}

function idsOf(site: Site, file: string): Set<string> {
  let page = site.pages.get(file);
  if (!page) site.pages.set(file, (page = readPage(site.dir, file, site.options.base)));
  return page.ids;
}

/** The page's one CSP meta, which must come before anything it governs; returns the script hashes it allows. */
function checkPolicy(page: Page, leak: (kind: LeakKind, detail: string) => void, audit: SiteAudit): Set<string> {
  if (page.policies.length !== 1) {
    leak('csp', `${page.policies.length} Content-Security-Policy meta tags (there must be exactly one)`);
    return new Set();
  }
  if (page.governedBefore) leak('csp', 'a script, style or stylesheet comes before the Content-Security-Policy meta tag');
  const content = page.policies[0]!;
  audit.policies.set(content, [...(audit.policies.get(content) ?? []), page.path]);
  const policy = parsePolicy(content);
  for (const problem of policyProblems(policy)) leak('csp', problem);
  return new Set((policy.directives.get('script-src') ?? []).map((source) => source.replace(/'/g, '')));
}

function auditPage(page: Page, site: Site, audit: SiteAudit): void {
  const leak = (kind: LeakKind, detail: string) => audit.leaks.push({ page: page.path, kind, detail });
  const allowedScripts = checkPolicy(page, leak, audit);
  const follow = (href: string, loads: boolean) => {
    const to = target(href, page.path, site.site);
    if (to.kind === 'bad') return leak('scheme', `${href} (${to.scheme} is not https:, mailto:, tel: or the site's own)`);
    if (to.kind === 'external') {
      if (loads) return leak('external-load', href);
      const list = audit.external.get(to.url) ?? [];
      if (!list.includes(page.path)) list.push(page.path);
      return audit.external.set(to.url, list);
    }
    audit.internal += 1;
    if (!site.files.has(to.path)) site.files.set(to.path, fileFor(site.dir, to.path, site.options.base));
    const file = site.files.get(to.path);
    if (!file) return audit.broken.push({ page: page.path, href, reason: 'missing' });
    if (loads && file.endsWith('.css')) site.stylesheets.add(file);
    const id = decodeURIComponent(to.hash.slice(1));
    if (id && HTML.test(file)) {
      audit.anchors += 1;
      if (!idsOf(site, file).has(id)) audit.broken.push({ page: page.path, href, reason: 'anchor' });
    }
  };
  const check = (item: Check) => {
    switch (item.type) {
      case 'leak':
        return leak(item.kind, item.detail);
      case 'follow':
        return follow(item.href, item.loads);
      case 'inline': {
        audit.inlineScripts.set(item.hash, [...(audit.inlineScripts.get(item.hash) ?? []), page.path]);
        if (!allowedScripts.has(item.hash)) leak('script', `an inline script (${item.hash}) the Content-Security-Policy does not allow`);
        return;
      }
      case 'form':
        if (target(item.href, page.path, site.site).kind !== 'internal') leak('form', item.detail);
    }
  };
  for (const item of page.checks) check(item);
}

/** SVG opened on its own can run script; ours must have none, and load nothing from elsewhere. */
function auditSvg(dir: string, file: string, options: AuditOptions, audit: SiteAudit): void {
  const source = readFileSync(file, 'utf8');
  const page = sitePath(dir, file, options.base);
  if (/<script|\son[a-z]+\s*=|javascript:/i.test(source)) audit.leaks.push({ page, kind: 'script', detail: 'script in an SVG file' });
  for (const match of source.matchAll(/(?:href|src)\s*=\s*["']([^"']+)["']/gi)) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(match[1]!)) audit.leaks.push({ page, kind: 'external-load', detail: match[1]! });
  }
}

/**
 * The stylesheets pages load fetch fonts and pictures with url() and @import:
 * only from the site (the CSP would block a data: picture too).
 */
function auditCss(dir: string, file: string, options: AuditOptions, audit: SiteAudit): void {
  const source = readFileSync(file, 'utf8');
  const page = sitePath(dir, file, options.base);
  for (const match of source.matchAll(/url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/gi)) {
    const address = (match[1] ?? match[2])!.trim();
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(address)) audit.leaks.push({ page, kind: 'external-load', detail: address });
  }
}

export function auditSite(dir: string, options: AuditOptions): SiteAudit {
  const audit: SiteAudit = { pages: 0, internal: 0, anchors: 0, leaks: [], broken: [], external: new Map(), inlineScripts: new Map(), policies: new Map() };
  const found = files(dir);
  const site: Site = { dir, options, site: options.site ? new URL(options.site) : undefined, pages: new Map(), files: new Map(), stylesheets: new Set() };
  for (const file of found.html) site.pages.set(file, readPage(dir, file, options.base));
  audit.pages = site.pages.size;
  for (const file of found.html) auditPage(site.pages.get(file)!, site, audit);
  for (const file of found.svg) auditSvg(dir, file, options, audit);
  for (const file of [...site.stylesheets].sort()) auditCss(dir, file, options, audit);
  audit.external = new Map([...audit.external].sort(([a], [b]) => a.localeCompare(b)));
  return audit;
}
