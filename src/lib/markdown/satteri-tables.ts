/**
 * The tables step (rehype-tables.ts) as satteri visitors, for a page the
 * sanitiser's check has left to them (safety/satteri-sanitise.ts): only the
 * tables, the paragraphs that may caption them and the headings that name
 * their sections are handed over, never the whole page.
 *
 * Two plugins, because a table's number depends on every number the author
 * gave, later ones included: the first reads them all; the second, in
 * document order, captions each table with the same captioner the
 * whole-tree step uses, on a copy of just the table and the paragraph
 * before it, and puts the result in their place. A chart's table is done
 * with its chart: the chart's attributes change too, so the chart is
 * captioned as one copy, by the same walk as a whole page.
 */
import type { Element, RootContent } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import { alignmentFromStyle, authorNumber, captionTablesIn, tableCaptioner, type TableCaptioner } from './rehype-tables.ts';
import { pageLang, plainTree, wholeTree } from './satteri-tree.ts';

interface JsxNode {
  type: string;
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

const USED = 'svdTableNumbers';
const CAPTIONER = 'svdTableCaptioner';

function usedNumbers(ctx: HastVisitorContext): Set<number> {
  return ((ctx.data[USED] as Set<number> | undefined) ?? (ctx.data[USED] = new Set<number>())) as Set<number>;
}

function captioner(ctx: HastVisitorContext): TableCaptioner {
  return ((ctx.data[CAPTIONER] as TableCaptioner | undefined) ?? (ctx.data[CAPTIONER] = tableCaptioner(pageLang(ctx.data), usedNumbers(ctx)))) as TableCaptioner;
}

const chartTitle = (chart: Readonly<JsxNode>): string => {
  const title = chart.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title')?.value;
  return typeof title === 'string' ? title : '';
};

/** Inside a chart, whose whole copy is captioned at the chart. */
function inChart(node: Readonly<{ type: string }>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node as never) as Readonly<JsxNode> | undefined; parent; parent = ctx.parent(parent as never) as Readonly<JsxNode> | undefined) {
    if (parent.type === 'mdxJsxFlowElement' && parent.name === 'Chart') return true;
  }
  return false;
}

// Only GFM table syntax can make a table on this path (an HTML or JSX one takes the whole-tree path), and it needs a pipe.
const mayHaveTables = (source: string) => source.includes('|');

const numbersPlugin: HastPluginDefinition = {
  name: 'svd-table-numbers',
  element: {
    filter: ['p'],
    visit(paragraph, ctx) {
      if (wholeTree(ctx)) return;
      const number = authorNumber(ctx.textContent(paragraph));
      if (number !== undefined) usedNumbers(ctx).add(number);
    },
  },
  mdxJsxFlowElement: {
    filter: ['Chart'],
    visit(chart, ctx) {
      if (wholeTree(ctx)) return;
      const number = authorNumber(chartTitle(chart as Readonly<JsxNode>));
      if (number !== undefined) usedNumbers(ctx).add(number);
    },
  },
};

const captionPlugin: HastPluginDefinition = {
  name: 'svd-tables',
  element: {
    filter: ['h2', 'h3', 'h4', 'table'],
    visit(element, ctx) {
      if (wholeTree(ctx) || inChart(element, ctx)) return;
      if (element.tagName !== 'table') return void captioner(ctx).heading(ctx.textContent(element).trim());
      const parent = ctx.parent(element);
      const index = ctx.indexOf(element)!;
      // The table and what may caption it: the element before it, past white space, if a paragraph.
      let from = index - 1;
      while (from >= 0 && parent.children[from]!.type === 'text' && !(parent.children[from] as { value: string }).value.trim()) from--;
      if (!(from >= 0 && parent.children[from]!.type === 'element' && (parent.children[from] as Element).tagName === 'p')) from = index;
      const part = { type: 'root' as const, children: parent.children.slice(from, index + 1).map((node) => plainTree(node) as RootContent) };
      alignmentFromStyle(part);
      captioner(ctx).table(part.children.at(-1) as Element, part, part.children.length - 1);
      // The paragraph became the caption: it and the white space after it go.
      if (part.children.length === 1) for (let i = from; i < index; i++) ctx.removeNode(parent.children[i]!);
      ctx.replaceNode(element, part.children.at(-1)!);
    },
  },
  mdxJsxFlowElement: {
    filter: ['Chart'],
    visit(chart, ctx) {
      if (wholeTree(ctx) || inChart(chart, ctx)) return;
      const copy = plainTree(chart) as unknown as { type: string; children: RootContent[] };
      alignmentFromStyle(copy as never);
      if (captionTablesIn(copy, captioner(ctx)) > 0) ctx.replaceNode(chart, copy as never);
    },
  },
};

export const tablesPlugins: HastPluginEntry[] = [
  ({ source }) => mayHaveTables(source) && numbersPlugin,
  ({ source }) => mayHaveTables(source) && captionPlugin,
];
