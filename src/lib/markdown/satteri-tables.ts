/**
 * The tables step (rehype-tables.ts) for a page the sanitiser's check has
 * left to the visitors (markdown/satteri-hast.ts), handing over only the
 * tables and the paragraphs that may caption them, never the whole page.
 *
 * A table's number depends on every number the author gave, later ones
 * included, so the work is in two parts. While the check visits the page,
 * `recordTables` notes the author's numbers, the headings that name
 * sections, and where each table and chart is (its path from the root).
 * Then, in the check's `after` hook, `captionTables` goes through them
 * in document order with the whole-tree step's own captioner, on copies of
 * just each table and the paragraph before it, and puts the results in
 * their place. It walks down from the root's children to each table: a
 * table's own siblings are read, and the rest of the page is not copied.
 * A chart's table is done with its chart, whose attributes change too: the
 * chart is captioned as one copy, by the same walk as a whole page.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { HastVisitorContext } from 'satteri';
import { alignmentFromStyle, attribute, authorNumber, captionTablesIn, tableCaptioner } from './rehype-tables.ts';
import { pageLang, plainTree } from './satteri-tree.ts';

interface JsxNode {
  type: string;
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

type Event = { kind: 'heading'; text: string } | { kind: 'table' | 'chart'; path: number[] };

export interface TableRecord {
  used: Set<number>;
  events: Event[];
}

type Parent = { type: string; children: RootContent[] };

/** The node's indices from the root down, or undefined inside a chart (captioned with its chart). */
function pathOf(node: Readonly<{ type: string }>, ctx: HastVisitorContext): number[] | undefined {
  const path: number[] = [];
  for (let at = node as Readonly<JsxNode>; ; ) {
    const parent = ctx.parent(at as never) as Readonly<JsxNode> | undefined;
    if (!parent) return path.reverse();
    if (parent.type === 'mdxJsxFlowElement' && parent.name === 'Chart') return undefined;
    path.push(ctx.indexOf(at as never)!);
    at = parent;
  }
}

// Only GFM table syntax can make a table on this path (an HTML or JSX one takes the whole-tree path), and it needs a pipe.
export const mayHaveTables = (source: string) => source.includes('|');

/** What the check's visitors note of a paragraph, heading, table or chart, in document order. */
export function recordTables(node: Readonly<Element | JsxNode>, ctx: HastVisitorContext, record: TableRecord): void {
  if (node.type === 'mdxJsxFlowElement') {
    const number = authorNumber(attribute(node as JsxNode, 'title') ?? '');
    if (number !== undefined) record.used.add(number);
    const path = pathOf(node, ctx);
    if (path) record.events.push({ kind: 'chart', path });
    return;
  }
  const element = node as Readonly<Element>;
  if (element.tagName === 'p') {
    const number = authorNumber(ctx.textContent(element));
    if (number !== undefined) record.used.add(number);
    return;
  }
  const path = pathOf(element, ctx);
  if (!path) return;
  record.events.push(element.tagName === 'table' ? { kind: 'table', path } : { kind: 'heading', text: ctx.textContent(element).trim() });
}

function nodeAt(root: Readonly<Root>, path: number[]): Parent {
  let node = root as unknown as Parent;
  for (const index of path) node = node.children[index] as unknown as Parent;
  return node;
}

/**
 * Caption the recorded tables, in document order, by edits through `ctx`.
 * Returns how much longer the page's text is for it (captions and hints in,
 * caption paragraphs out), which "Back to contents" needs.
 */
export function captionTables(root: Readonly<Root>, ctx: HastVisitorContext, record: TableRecord): number {
  const captioner = tableCaptioner(pageLang(ctx.data), record.used);
  let longer = 0;
  for (const event of record.events) {
    if (event.kind === 'heading') {
      captioner.heading(event.text);
      continue;
    }
    const node = nodeAt(root, event.path);
    if (event.kind === 'chart') {
      const copy = plainTree(node);
      const before = toString(copy as never).length;
      alignmentFromStyle(copy as never);
      if (captionTablesIn(copy, captioner) === 0) continue;
      longer += toString(copy as never).length - before;
      ctx.replaceNode(node as never, copy as never);
      continue;
    }
    const index = event.path.at(-1)!;
    const siblings = nodeAt(root, event.path.slice(0, -1)).children;
    // The table and what may caption it: the element before it, past white space, if a paragraph.
    let from = index - 1;
    while (from >= 0 && siblings[from]!.type === 'text' && !(siblings[from] as { value: string }).value.trim()) from--;
    if (!(from >= 0 && siblings[from]!.type === 'element' && (siblings[from] as Element).tagName === 'p')) from = index;
    const part = { type: 'root' as const, children: siblings.slice(from, index + 1).map((sibling) => plainTree(sibling)) };
    const before = toString(part).length;
    alignmentFromStyle(part);
    captioner.table(part.children.at(-1) as Element, part, part.children.length - 1);
    longer += toString(part).length - before;
    // The paragraph became the caption: it and the white space after it go.
    if (part.children.length === 1) for (let i = from; i < index; i++) ctx.removeNode(siblings[i] as never);
    ctx.replaceNode(node as never, part.children.at(-1)!);
  }
  return longer;
}
