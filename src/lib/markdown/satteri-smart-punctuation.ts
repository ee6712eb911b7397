/**
 * Smart punctuation (remark-smart-punctuation.ts) in Astro's compile, without
 * materialising the page: satteri hands over only the nodes the quotes pass
 * reads (text, inline code and the blocks that start afresh), picked out in
 * Rust, and takes back only the text that changed. Copying every page's
 * whole tree out and back for this was most of what our steps cost a build.
 *
 * Quotes pair over the whole document, and satteri applies a pass's edits
 * when the pass ends, so it takes two plugins:
 *
 * 1. `svd-punctuation-read` visits those nodes in document order and, in its
 *    `after` hook, works out every text's new value (`punctuate`);
 * 2. `svd-punctuation-write` visits the text nodes again, in the same order
 *    (nothing changed the tree in between), and sets the changed ones.
 *
 * The text of a style, script or fragment JSX element is left alone. The
 * safe-MDX refusal refuses those before this runs, but where one is there
 * (a compile without the refusal), the page is punctuated as one tree
 * instead, as before, rather than judging each text node's parent here.
 */
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { ignored, punctuate, read, smartPunctuate } from './remark-smart-punctuation.ts';
import { mdastTreePlugin } from './satteri-tree.ts';

interface Page {
  /** What the quotes pass reads, in document order. */
  nodes: Array<{ type: string }>;
  /** A JSX element whose text is left alone: punctuate the whole tree instead. */
  whole: boolean;
  /** For each text node in document order, its new value (undefined: unchanged). */
  values: Array<string | undefined>;
  /** The next text node's place in `values`. */
  next: number;
}

/** The whole-tree step, for a page with text left alone (the module comment says why). */
const wholeTree = mdastTreePlugin('svd-punctuation-whole', [(tree) => smartPunctuate(tree)]);

// One compile's state, from the first plugin to the second: satteri shares one data bag between them.
const pages = new WeakMap<object, Page>();
function page(ctx: MdastVisitorContext): Page {
  let found = pages.get(ctx.data);
  if (!found) pages.set(ctx.data, (found = { nodes: [], whole: false, values: [], next: 0 }));
  return found;
}

function collect(node: { type: string }, ctx: MdastVisitorContext): void {
  page(ctx).nodes.push(node);
}

function jsx(node: { type: string; name?: unknown }, ctx: MdastVisitorContext): void {
  if (ignored(node)) page(ctx).whole = true;
  // A flow element starts afresh, as a paragraph does.
  if (read(node)) collect(node, ctx);
}

const readPlugin: MdastPluginDefinition = {
  name: 'svd-punctuation-read',
  text: collect,
  inlineCode: collect,
  paragraph: collect,
  heading: collect,
  tableCell: collect,
  mdxJsxFlowElement: jsx,
  mdxJsxTextElement: jsx,
  after(root, ctx) {
    const state = page(ctx);
    if (state.whole) return wholeTree.after!(root, ctx);
    const values = punctuate(state.nodes);
    state.values = state.nodes.flatMap((node, i) => (node.type === 'text' ? [values[i]] : []));
    state.nodes = [];
  },
};

const writePlugin: MdastPluginDefinition = {
  name: 'svd-punctuation-write',
  text(node, ctx) {
    const state = pages.get(ctx.data);
    if (!state || state.whole) return;
    const value = state.values[state.next++];
    if (value !== undefined) ctx.setProperty(node, 'value', value);
  },
  after(_root, ctx) {
    pages.delete(ctx.data);
  },
};

/** The two plugins, in the order they must run. */
export const smartPunctuationPlugins: MdastPluginDefinition[] = [readPlugin, writePlugin];
