/**
 * Smart punctuation (remark-smart-punctuation.ts) in Astro's compile, without
 * materialising the page: satteri hands over only the nodes the quotes pass
 * reads (text, inline code and the blocks that start afresh), picked out in
 * Rust, and takes back only the text that changed. Copying every page's
 * whole tree out and back for this was most of what our steps cost a build.
 *
 * Quotes pair over the whole document, so the plugin visits those nodes in
 * document order, and its `after` hook works out every text's new value
 * (`punctuate`) and sets the changed ones on the nodes it was handed. That
 * is safe because nothing changes the tree between the visits and the hook:
 * satteri knows a node it handed over by its place in the tree, and keeps
 * that while the tree is unchanged. (A second pass over the text nodes to
 * set them, as this once had, was a tenth of the compile's own work.)
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
}

/** The whole-tree step, for a page with text left alone (the module comment says why). */
const wholeTree = mdastTreePlugin('svd-punctuation-whole', [(tree) => smartPunctuate(tree)]);

// One compile's state, from the visits to the hook, keyed by the compile's data bag.
const pages = new WeakMap<object, Page>();
function page(ctx: MdastVisitorContext): Page {
  let found = pages.get(ctx.data);
  if (!found) pages.set(ctx.data, (found = { nodes: [], whole: false }));
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

const punctuationPlugin: MdastPluginDefinition = {
  name: 'svd-punctuation',
  text: collect,
  inlineCode: collect,
  paragraph: collect,
  heading: collect,
  tableCell: collect,
  mdxJsxFlowElement: jsx,
  mdxJsxTextElement: jsx,
  after(root, ctx) {
    const state = page(ctx);
    pages.delete(ctx.data);
    if (state.whole) return wholeTree.after!(root, ctx);
    const values = punctuate(state.nodes);
    state.nodes.forEach((node, i) => {
      if (values[i] !== undefined) ctx.setProperty(node as never, 'value' as never, values[i] as never);
    });
  },
};

/** The plugins, in the order they must run (a list, so the processor need not know how many). */
export const smartPunctuationPlugins: MdastPluginDefinition[] = [punctuationPlugin];
