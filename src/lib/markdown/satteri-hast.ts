/**
 * Our hast steps in satteri, in two plugins, handing over as little of each
 * page as they can. satteri materialises a node in JavaScript only when a
 * plugin reads it, and reading every node of every page was most of what our
 * compile added to plain Astro's.
 *
 * 1. The check (`svd-hast-check`) visits every element, JSX and MDX node.
 *    Each is judged by the sanitiser's schema (safety/satteri-sanitise.ts);
 *    alongside, it notes what the later steps need to know of the page:
 *    where its top-level `h2`s are, and its tables, charts and caption
 *    numbers (markdown/satteri-tables.ts). On a page the sanitiser leaves as
 *    it is, its `after` hook then captions the tables and adds the back
 *    links, by edits where it found them: the tree has not changed since the
 *    visits, so the hook reads the same snapshot of it, and no other pass
 *    has to read the page again.
 * 2. The steps (`svd-hast`): on a page the sanitiser would change, or could
 *    not be shown to leave alone, the sanitiser, tables, phone links and
 *    "Back to contents" run as before, on one copy of the whole tree. On any
 *    other page, the text visitor links phone numbers, on the tree as the
 *    check's edits left it. The order, and so the page, is the whole-tree
 *    path's (test/hast-visitors.test.ts).
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import { sanitiseCheck } from '../safety/satteri-sanitise.ts';
import { addBackLinks } from './satteri-back-to-contents.ts';
import { captionTables, mayHaveTables, recordTables, type TableRecord } from './satteri-tables.ts';
import { linkPhones } from './satteri-tel.ts';
import { runHastSteps, wholeTree, type HastStep } from './satteri-tree.ts';

interface PageRecord {
  /** The indices of the root's `h2` children. */
  sections: number[];
  tables: TableRecord;
}

const RECORD = 'svdHastRecord';
// Made at the first note, not in a `before` hook: a hook is a pass of its own over the page.
const recordOf = (ctx: HastVisitorContext): PageRecord => (ctx.data[RECORD] ??= { sections: [], tables: { used: new Set(), events: [] } }) as PageRecord;

function noteSection(h2: Readonly<Element>, ctx: HastVisitorContext): void {
  if (ctx.parent(h2).type === 'root') recordOf(ctx).sections.push(ctx.indexOf(h2)!);
}

const checkPlugin: HastPluginEntry = ({ source }) => {
  const tables = mayHaveTables(source);
  return {
    name: 'svd-hast-check',
    ...sanitiseCheck,
    element: [
      sanitiseCheck.element,
      {
        filter: tables ? ['p', 'h2', 'h3', 'h4', 'table'] : ['h2'],
        visit(element, ctx) {
          if (wholeTree(ctx)) return;
          if (element.tagName === 'h2') noteSection(element, ctx);
          if (tables) recordTables(element, ctx, recordOf(ctx).tables);
        },
      },
    ],
    after(root, ctx) {
      if (wholeTree(ctx)) return;
      const record = ctx.data[RECORD] as PageRecord | undefined;
      if (record) addBackLinks(root, ctx, record.sections, captionTables(root, ctx, record.tables));
    },
    mdxJsxFlowElement: [
      sanitiseCheck.mdxJsxFlowElement,
      ...(tables ? [{ filter: ['Chart'], visit: (chart: never, ctx: HastVisitorContext) => void (wholeTree(ctx) || recordTables(chart, ctx, recordOf(ctx).tables)) }] : []),
    ],
  };
};

function stepsPlugin(wholeTreeSteps: HastStep[]): HastPluginDefinition {
  return {
    name: 'svd-hast',
    before(root, ctx) {
      if (wholeTree(ctx)) runHastSteps(root, ctx, wholeTreeSteps);
    },
    text(node, ctx) {
      if (!wholeTree(ctx)) linkPhones(node, ctx);
    },
  };
}

/** The hast plugins, given the steps of the whole-tree path (markdown/processor.ts). */
export const svdHastPlugins = (wholeTreeSteps: HastStep[]): HastPluginEntry[] => [checkPlugin, stepsPlugin(wholeTreeSteps)];
