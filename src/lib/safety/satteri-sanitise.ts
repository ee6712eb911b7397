/**
 * The sanitiser in the compile, without copying every page. The whole-tree
 * sanitiser (rehype-safe.ts) reads every node, so running it made satteri
 * hand over each page's whole tree in JavaScript, node by node: most of what
 * our compile added to plain Astro's. On a page the refusal passed, though,
 * it changes nothing. So this plugin first proves that, node by node, with
 * the same schema; only a page where it would change something (or cannot
 * be shown not to) takes the whole-tree path: the sanitiser and every later
 * step on one copy, exactly as before (markdown/processor.ts).
 *
 * A page is left as it is only when every node is one the sanitiser keeps
 * unchanged:
 * - every element: an allowed tag, in the context its tag needs (a table
 *   part inside a table), whose properties the sanitiser, given that element
 *   alone, keeps as they are, and whose addresses the one URL judge passes;
 *   a table cell's GFM alignment counts as the `align` it becomes first;
 * - every JSX element: one of the registry's components (the sanitiser puts
 *   those back as they were), and a text one with no content, so a
 *   paragraph's text is the same whichever way it is read;
 * - and no comment, doctype, raw HTML, MDX expression or ESM.
 * Everything else an author writes is text, which the sanitiser keeps.
 */
import type { Element, Properties } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { ALIGN_STYLE } from '../markdown/rehype-tables.ts';
import { ancestors, markWholeTree, wholeTree } from '../markdown/satteri-tree.ts';
import { COMPONENTS } from './components.ts';
import { SANITISER_SCHEMA } from './rehype-safe.ts';
import { judgeUrl, SAFE_SCHEMA, URL_ATTRIBUTES } from './schema.ts';

// The author's tags: the sanitiser's own placeholder is not one.
const ALLOWED = new Set(SAFE_SCHEMA.tagNames);
// The context a tag needs is checked on the element's ancestors (below), not by a one-element tree.
const ANCESTORS = SANITISER_SCHEMA.ancestors ?? {};
const ONE_ELEMENT: Schema = { ...SANITISER_SCHEMA, ancestors: {} };

/** The properties as the sanitiser first sees them: the alignment step has turned a cell's style into `align`. */
function asSanitised(element: Readonly<Element>): Properties {
  const properties: Properties = { ...element.properties };
  if ((element.tagName === 'td' || element.tagName === 'th') && typeof properties.style === 'string') {
    const match = ALIGN_STYLE.exec(properties.style);
    if (match) {
      properties.align = match[1]!;
      delete properties.style;
    }
  }
  return properties;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** Would the sanitiser keep these properties on this tag exactly as they are? */
function propertiesKept(tagName: string, properties: Properties): boolean {
  const keys = Object.keys(properties);
  if (keys.length === 0) return true;
  const kept = sanitize({ type: 'root', children: [{ type: 'element', tagName, properties, children: [] }] }, ONE_ELEMENT);
  const element = kept.type === 'root' ? kept.children[0] : undefined;
  if (element?.type !== 'element') return false;
  const after = element.properties;
  if (Object.keys(after).length !== keys.length) return false;
  for (const key of keys) {
    if (!sameValue(properties[key], after[key])) return false;
    const kind = URL_ATTRIBUTES[key];
    if (kind && typeof properties[key] === 'string' && !judgeUrl(properties[key], kind).ok) return false;
  }
  return true;
}

function hasAncestor(element: Readonly<Element>, ctx: HastVisitorContext, tags: readonly string[]): boolean {
  for (const node of ancestors(element, ctx)) if (node.type === 'element' && tags.includes(node.tagName)) return true;
  return false;
}

/** Why the sanitiser would change this element, or undefined when it keeps it as it is. */
export function elementChange(element: Readonly<Element>, ctx: HastVisitorContext): string | undefined {
  if (!ALLOWED.has(element.tagName)) return `<${element.tagName}> is not allowed`;
  const context = ANCESTORS[element.tagName];
  if (context && !hasAncestor(element, ctx, context)) return `<${element.tagName}> outside ${context.join(' or ')}`;
  if (!propertiesKept(element.tagName, asSanitised(element))) return `<${element.tagName}> has a property the sanitiser changes`;
  return undefined;
}

const judge =
  <N>(reason: (node: Readonly<N>, ctx: HastVisitorContext) => string | undefined) =>
  (node: Readonly<N>, ctx: HastVisitorContext): void => {
    if (wholeTree(ctx)) return;
    const why = reason(node, ctx);
    if (why) markWholeTree(ctx, why);
  };
const always = (what: string) => judge<unknown>(() => what);

/** The check's visitors, every node they see judged: they mark the page for the whole-tree path when the sanitiser would change it. */
export const sanitiseCheck = {
  element: { filter: [], visit: judge((element: Element, ctx) => elementChange(element, ctx)) },
  mdxJsxFlowElement: { filter: [], visit: judge((jsx: { name: string | null }) => (COMPONENTS[jsx.name ?? ''] ? undefined : `JSX <${jsx.name ?? ''}>`)) },
  mdxJsxTextElement: {
    filter: [],
    visit: judge((jsx: { name: string | null; children: unknown[] }) => (!COMPONENTS[jsx.name ?? ''] ? `JSX <${jsx.name ?? ''}>` : jsx.children.length > 0 ? `JSX <${jsx.name}> with content` : undefined)),
  },
  comment: always('a comment'),
  doctype: always('a doctype'),
  raw: always('raw HTML'),
  mdxFlowExpression: always('an MDX expression'),
  mdxTextExpression: always('an MDX expression'),
  mdxjsEsm: always('MDX ESM'),
} satisfies Omit<HastPluginDefinition, 'name'>;
