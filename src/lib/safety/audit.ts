/**
 * The built site, read back as a visitor's browser would: every page is
 * parsed (rehype-parse) and walked once, to prove what the safe-MDX subset and
 * the CSP promise. Nothing runs but the project's own scripts, nothing loads
 * from anywhere but the site, no form posts elsewhere (leaks); every internal
 * link and #anchor reaches a page and an id that exist (broken); and every
 * link that leaves the site is listed (external), for the build report.
 *
 * Pure over the files in `dir`; the build calls it on the staged site before
 * it is swapped into place, and the tests call it on what was published.
 */
import type { Element, Root } from 'hast';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parsePolicy, policyProblems, sha256 } from './csp.ts';

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
/** Attributes that make the browser fetch something as the page loads. */
const LOADS = ['src', 'srcSet', 'poster', 'data', 'background', 'imageSrcSet'];
/** Elements that put another document (or plugin) inside the page. */
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'base']);
/** <link rel> values that only name a page, rather than loading something into this one. */
const NAMING_RELS = new Set(['canonical', 'alternate']);
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function files(dir: string, match: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && match.test(entry.name)) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** The path a browser shows for a built file: en/about/index.html -> /base/en/about/. */
export function sitePath(dir: string, file: string, base: string): string {
  const path = relative(dir, file).split(sep).join('/');
  return `${base.replace(/\/$/, '')}/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

const ORIGIN = 'https://svd.invalid';

type Target = { kind: 'internal'; path: string; hash: string } | { kind: 'external'; url: string } | { kind: 'bad'; scheme: string };

/** Where an address in a page leads: the site itself (a path under base), elsewhere, or a scheme we never emit. */
function target(href: string, page: string, options: AuditOptions): Target {
  let url: URL;
  try {
    url = new URL(href, `${ORIGIN}${page}`);
  } catch {
    return { kind: 'bad', scheme: href };
  }
  const site = options.site ? new URL(options.site) : undefined;
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

interface Page {
  file: string;
  path: string;
  tree: Root;
  ids: Set<string>;
}

function parse(dir: string, file: string, base: string): Page {
  const tree = unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
  });
  return { file, path: sitePath(dir, file, base), tree, ids };
}

function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function values(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value.split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean);
}

/** The page's one CSP meta, which must come before anything it governs. */
function checkPolicy(page: Page, leak: (kind: LeakKind, detail: string) => void, audit: SiteAudit): Set<string> {
  const metas: Element[] = [];
  let governedBefore = false;
  let firstGoverned = true;
  visit(page.tree, 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      metas.push(node);
      if (!firstGoverned) governedBefore = true;
    }
    // Scripts and styles must come after the policy; an icon is fetched after parsing, and checked as a load anyway.
    if (node.tagName === 'script' || node.tagName === 'style' || (node.tagName === 'link' && String(node.properties.rel).includes('stylesheet'))) firstGoverned = false;
  });
  if (metas.length !== 1) {
    leak('csp', `${metas.length} Content-Security-Policy meta tags (there must be exactly one)`);
    return new Set();
  }
  if (governedBefore) leak('csp', 'a script, style or stylesheet comes before the Content-Security-Policy meta tag');
  const content = String(metas[0]!.properties.content ?? '');
  audit.policies.set(content, [...(audit.policies.get(content) ?? []), page.path]);
  const policy = parsePolicy(content);
  for (const problem of policyProblems(policy)) leak('csp', problem);
  return new Set((policy.directives.get('script-src') ?? []).map((source) => source.replace(/'/g, '')));
}

function auditPage(page: Page, pages: Map<string, Page>, dir: string, options: AuditOptions, audit: SiteAudit, stylesheets: Set<string>): void {
  const leak = (kind: LeakKind, detail: string) => audit.leaks.push({ page: page.path, kind, detail });
  const allowedScripts = checkPolicy(page, leak, audit);
  const follow = (href: string, loads: boolean) => {
    const to = target(href, page.path, options);
    if (to.kind === 'bad') return leak('scheme', `${href} (${to.scheme} is not https:, mailto:, tel: or the site's own)`);
    if (to.kind === 'external') {
      if (loads) return leak('external-load', href);
      const list = audit.external.get(to.url) ?? [];
      if (!list.includes(page.path)) list.push(page.path);
      return audit.external.set(to.url, list);
    }
    audit.internal += 1;
    const file = fileFor(dir, to.path, options.base);
    if (!file) return audit.broken.push({ page: page.path, href, reason: 'missing' });
    if (loads && file.endsWith('.css')) stylesheets.add(file);
    const id = decodeURIComponent(to.hash.slice(1));
    if (id && HTML.test(file)) {
      audit.anchors += 1;
      const linked = pages.get(file) ?? parse(dir, file, options.base);
      if (!linked.ids.has(id)) audit.broken.push({ page: page.path, href, reason: 'anchor' });
    }
  };

  // Links in a `hidden` block (the downloads list before there are downloads) reach no reader; what could run or load is still checked.
  const hidden = new Set<Element>();
  visit(page.tree, 'element', (node: Element) => {
    if (node.properties.hidden !== undefined && node.properties.hidden !== false) visit(node, 'element', (inside: Element) => void hidden.add(inside));
  });

  visit(page.tree, 'element', (node: Element) => {
    const p = node.properties;
    for (const name of Object.keys(p)) if (/^on/i.test(name)) leak('handler', `<${node.tagName} ${name}>`);
    if (p.style !== undefined) leak('style', `<${node.tagName} style="${String(p.style)}">`);
    if (EMBEDS.has(node.tagName)) leak('embed', `<${node.tagName}>`);
    if (node.tagName === 'style') leak('style', '<style> element');
    if (node.tagName === 'meta' && String(p.httpEquiv ?? '').toLowerCase() === 'refresh') leak('refresh', String(p.content ?? ''));
    if (node.tagName === 'script') {
      const type = String(p.type ?? '').toLowerCase();
      if (!SCRIPT_TYPES.has(type)) leak('script', `<script type="${type}">`);
      if (typeof p.src === 'string') follow(p.src, true);
      else {
        const hash = sha256(text(node));
        const list = audit.inlineScripts.get(hash) ?? [];
        audit.inlineScripts.set(hash, [...list, page.path]);
        if (!allowedScripts.has(hash)) leak('script', `an inline script (${hash}) the Content-Security-Policy does not allow`);
      }
    }
    for (const name of LOADS) for (const value of values(p[name])) if (node.tagName !== 'script') follow(value, true);
    if (node.tagName === 'link' && typeof p.href === 'string') follow(p.href, !NAMING_RELS.has(String(p.rel)));
    if ((node.tagName === 'a' || node.tagName === 'area') && typeof p.href === 'string' && !hidden.has(node)) follow(p.href, false);
    if (node.tagName === 'form' && typeof p.action === 'string' && target(p.action, page.path, options).kind !== 'internal') leak('form', `<form action="${p.action}">`);
    if (typeof p.formAction === 'string' && target(p.formAction, page.path, options).kind !== 'internal') leak('form', `formaction="${p.formAction}"`);
    for (const name of ['href', 'xLinkHref', 'cite', 'action']) {
      const value = p[name];
      if (typeof value === 'string' && /^\s*(?:javascript|data|vbscript):/i.test(value)) leak('scheme', `${name}="${value}"`);
    }
  });
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
  const pages = new Map<string, Page>();
  for (const file of files(dir, HTML)) pages.set(file, parse(dir, file, options.base));
  audit.pages = pages.size;
  const stylesheets = new Set<string>();
  for (const page of pages.values()) auditPage(page, pages, dir, options, audit, stylesheets);
  for (const file of files(dir, /\.svg$/i)) auditSvg(dir, file, options, audit);
  for (const file of [...stylesheets].sort()) auditCss(dir, file, options, audit);
  audit.external = new Map([...audit.external].sort(([a], [b]) => a.localeCompare(b)));
  return audit;
}
