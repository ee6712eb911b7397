/**
 * One built page, parsed as a browser parses it and walked once, for what
 * the site audit (audit.ts) needs to know about it: the ids a link's #anchor
 * can reach, its Content-Security-Policy meta tags, and, in document order,
 * every leak the markup shows by itself and every address it links to or
 * loads. Whether an address stays on the site is audit.ts's business: it
 * needs every page's ids first, so this module knows nothing of the site.
 *
 * The parser is satteri's htmlToHast (html5ever, the HTML standard's
 * parsing algorithm, natively; about 5x faster here than parse5 through
 * rehype-parse) and gives hast with the same property names (srcSet,
 * httpEquiv, xLinkHref, onClick...; only MathML's definitionURL and the
 * `xmlns` on <svg> are named otherwise, and the audit reads neither). On
 * html5lib's tree-construction tests (1,600 documents) the two trees differ
 * only here, and satteri's has every element parse5's has but one, which
 * the current standard makes text (`<select><plaintext>`); the cases the
 * audit relies on are in test/audit-parse.test.ts:
 * - `<template>`: its content is in `children` here (parse5: in `content`,
 *   which a walk never reached). It is inert, so it is checked for leaks like
 *   any markup, but its ids are not targets and its links reach no reader.
 * - `<select>`: kept with its content (buttons, divs, images), as browsers
 *   now parse it (the "customizable select" change); parse5 8 drops it.
 * - `<math><annotation-xml encoding="text/html">`: html5ever moves its HTML
 *   content out after the <math> element. Document order, which the policy
 *   check reads, is the same either way, and an element can only lose a
 *   `hidden` ancestor by it, so nothing is missed.
 * Both parse as a browser with scripting off does, so what a <noscript>
 * holds is markup, and checked: a visitor without JavaScript loads it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { sha256 } from './csp.ts';
import type { LeakKind } from './audit.ts';

/** Something about one element, in the order the audit reports it. */
export type Check =
  | { type: 'leak'; kind: LeakKind; detail: string }
  /** An address the page links to (loads: false) or fetches as it loads (loads: true). */
  | { type: 'follow'; href: string; loads: boolean }
  /** An inline script, by hash: allowed only if the page's policy lists it. */
  | { type: 'inline'; hash: string }
  /** A form target: a leak unless it is the site's own. */
  | { type: 'form'; href: string; detail: string };

export interface PageFacts {
  /** Ids (and <a name>s) a link's #anchor can reach. */
  ids: Set<string>;
  /** The content of each Content-Security-Policy meta tag, in document order. */
  policies: string[];
  /** A script, style or stylesheet comes before a Content-Security-Policy meta tag. */
  governedBefore: boolean;
  checks: Check[];
}

/** Attributes that make the browser fetch something as the page loads. */
const LOADS = ['src', 'srcSet', 'poster', 'data', 'background', 'imageSrcSet'];
/** Elements that put another document (or plugin) inside the page. */
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'base']);
/** <link rel> values that only name a page, rather than loading something into this one. */
const NAMING_RELS = new Set(['canonical', 'alternate']);
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** SVG elements that fetch what their href names. */
const HREF_LOADS = new Set(['script', 'image', 'use', 'feImage']);
const SCHEME_ATTRIBUTES = ['href', 'xLinkHref', 'cite', 'action'];
const BAD_SCHEME = /^\s*(?:javascript|data|vbscript):/i;
const HANDLER = /^on/i;

export function parsePage(html: string): Root {
  return htmlToHast(html) as Root;
}

function text(node: Element): string {
  let out = '';
  for (const child of node.children) if (child.type === 'text') out += child.value;
  return out;
}

/** A srcset's (or src's) addresses: "a.png 1x, b.png 2x" -> a.png, b.png. */
function values(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value.split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean);
}

function isHidden(node: Element): boolean {
  return node.properties.hidden !== undefined && node.properties.hidden !== false;
}

/** Everything audit.ts reads from one page, in one walk of its tree. */
export function pageFacts(tree: Root): PageFacts {
  const facts: PageFacts = { ids: new Set(), policies: [], governedBefore: false, checks: [] };
  const checks = facts.checks;
  const leak = (kind: LeakKind, detail: string) => checks.push({ type: 'leak', kind, detail });
  const follow = (href: string, loads: boolean) => checks.push({ type: 'follow', href, loads });
  let governed = false;

  /**
   * Where an element is. `hidden`: a link in a hidden block (the downloads list before there are downloads) reaches no reader.
   * `targets`: its ids are ones a #anchor can reach. What could run or load is checked everywhere.
   */
  interface Where {
    hidden: boolean;
    targets: boolean;
  }
  const element = (node: Element, above: Where) => {
    const p = node.properties;
    const tag = node.tagName;
    const hidden = above.hidden || isHidden(node);
    if (above.targets) {
      if (typeof p.id === 'string') facts.ids.add(p.id);
      if (tag === 'a' && typeof p.name === 'string') facts.ids.add(p.name);
    }
    const httpEquiv = String(p.httpEquiv ?? '').toLowerCase();
    if (tag === 'meta' && httpEquiv === 'content-security-policy') {
      facts.policies.push(String(p.content ?? ''));
      if (governed) facts.governedBefore = true;
    }
    // Scripts and styles must come after the policy; an icon is fetched after parsing, and checked as a load anyway.
    if (tag === 'script' || tag === 'style' || (tag === 'link' && String(p.rel).includes('stylesheet'))) governed = true;

    for (const name of Object.keys(p)) if (HANDLER.test(name)) leak('handler', `<${tag} ${name}>`);
    if (p.style !== undefined) leak('style', `<${tag} style="${String(p.style)}">`);
    if (EMBEDS.has(tag)) leak('embed', `<${tag}>`);
    if (tag === 'style') leak('style', '<style> element');
    if (tag === 'meta' && httpEquiv === 'refresh') leak('refresh', String(p.content ?? ''));
    if (tag === 'script') {
      const type = String(p.type ?? '').toLowerCase();
      if (!SCRIPT_TYPES.has(type)) leak('script', `<script type="${type}">`);
      if (typeof p.src === 'string') follow(p.src, true);
      else checks.push({ type: 'inline', hash: sha256(text(node)) });
    } else {
      for (const name of LOADS) for (const value of values(p[name])) follow(value, true);
    }
    // SVG fetches by href: <script href>, <image href>, <use href>, <feImage xlink:href>.
    if (HREF_LOADS.has(tag)) {
      for (const value of [p.href, p.xLinkHref]) if (typeof value === 'string') follow(value, true);
    }
    if (tag === 'link' && typeof p.href === 'string') follow(p.href, !NAMING_RELS.has(String(p.rel)));
    if ((tag === 'a' || tag === 'area') && typeof p.href === 'string' && !hidden) follow(p.href, false);
    if (tag === 'form' && typeof p.action === 'string') checks.push({ type: 'form', href: p.action, detail: `<form action="${p.action}">` });
    if (typeof p.formAction === 'string') checks.push({ type: 'form', href: p.formAction, detail: `formaction="${p.formAction}"` });
    for (const name of SCHEME_ATTRIBUTES) {
      const value = p[name];
      if (typeof value === 'string' && BAD_SCHEME.test(value)) leak('scheme', `${name}="${value}"`);
    }

    if (tag === 'template') {
      // Inert: nothing in it is a target or reaches a reader until a script (checked above) uses it.
      children(node.children, { hidden: true, targets: false });
    } else {
      children(node.children, { hidden, targets: above.targets });
    }
  };
  const children = (nodes: ElementContent[] | Root['children'], where: Where) => {
    for (const child of nodes) if (child.type === 'element') element(child, where);
  };
  children(tree.children, { hidden: false, targets: true });
  return facts;
}
