/**
 * Smart punctuation (curly quotes, dashes, ellipses), with the same output as
 * remark-smartypants 3.0.3, the plugin Astro runs by default, but a fraction
 * of its cost. Quotes are educated over the whole document at once, so they
 * pair across links and emphasis; dashes, ellipses and backticks then node by
 * node, and only in text that has "--", "..." or "``"/"''" (almost none does).
 * Neither pass runs retext: its parse-latin tree and the plugin's walk over it
 * were 6.8 s of 58 s in a 30x bench profile, for a few quote marks.
 * smart-quotes.ts applies retext-smartypants 6.2.0's rules to the same
 * sentences parse-latin finds, with the same output
 * (test/smart-quotes.test.ts). The Markdown processor turns satteri's own
 * smart punctuation off and runs this in its place (markdown/processor.ts):
 * satteri's writes "--" as an en dash where SmartyPants (and so every page
 * published so far) has an em dash.
 */
import type { Root } from 'mdast';
import { educateQuotes, educateRest } from './smart-quotes.ts';
import { walk } from './walk.ts';

/**
 * The nodes remark-smartypants reads: literals join into one text, blocks start
 * afresh. A flow JSX element counts as a block too: satteri puts the text of a
 * one-line `<p>"Quoted"</p>` straight into the element, where micromark
 * wraps it in a paragraph, so without it the quote would read as closing the
 * block before.
 */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'mdxJsxFlowElement']);
const VISITED = new Set(['text', 'inlineCode', ...BLOCKS]);
/** Text inside these raw elements is code or CSS, never prose. */
const IGNORED_ELEMENTS = new Set(['style', 'script']);
/**
 * What the second pass can change (retext-smartypants 6.2.0): a "--" token
 * (dashes), a "``" or "''" token (backticks), three or more dot tokens with
 * only white space between them (ellipses). A text without any of these comes
 * back as it went in.
 */
const SECOND_PASS = /--|``|''|\.\s*\.\s*\./;

type Literal = { type: string; value: string };
type Node = { type: string; name?: unknown; children?: Node[] };
const isLiteral = (node: { type: string }): node is Literal => typeof (node as Partial<Literal>).value === 'string';
/** A JSX element's text is left alone when it is a fragment or style/script; a flow element too: satteri puts a one-line `<script>...</script>`'s text straight in it (see BLOCKS). */
export const ignored = (parent: Node): boolean => (parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') && (typeof parent.name !== 'string' || IGNORED_ELEMENTS.has(parent.name));

/** Whether the quotes pass reads `node` (its parent not ignored): a literal it reads, or a block it starts afresh at. */
export const read = (node: { type: string }): boolean => VISITED.has(node.type) && (isLiteral(node) || BLOCKS.has(node.type));

/** The text the quotes pass reads (one string for the whole tree) and the nodes it came from, in order. */
function collect(tree: Root): { all: string; nodes: Array<{ type: string }> } {
  const nodes: Array<{ type: string }> = [];
  walk(tree as Node, (node, _index, parent) => {
    if (parent && read(node) && !ignored(parent)) nodes.push(node);
  });
  return { all: joined(nodes), nodes };
}

/** The one string the quotes pass reads for these nodes, in document order. */
function joined(nodes: ReadonlyArray<{ type: string }>): string {
  let all = '';
  for (const node of nodes) {
    // Inline code stands in as letters of its length, so quotes around it pair but it is never changed.
    if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
    // A space where a block starts, so a quote opening a block reads as opening.
    else all += ' ';
  }
  return all;
}

/** The whole tree's text as the quotes pass reads it, for the test that compares smart-quotes.ts with retext on real pages. */
export const punctuationText = (tree: Root): string => collect(tree).all;

/**
 * Curly quotes, dashes and ellipses for `nodes` (what the quotes pass reads,
 * in document order): the new value of each, undefined where it is unchanged
 * or not text.
 */
export function punctuate(nodes: ReadonlyArray<{ type: string }>): Array<string | undefined> {
  // Quotes first, over the whole text: the other replacements change lengths, so they go second, node by node.
  const all = educateQuotes(joined(nodes));
  const values = new Array<string | undefined>(nodes.length);
  let start = 0;
  nodes.forEach((node, i) => {
    if (!isLiteral(node)) {
      start += 1;
      return;
    }
    const end = start + node.value.length;
    if (node.type === 'text') {
      const text = all.slice(start, end);
      const value = SECOND_PASS.test(text) ? educateRest(text) : text;
      if (value !== node.value) values[i] = value;
    }
    start = end;
  });
  return values;
}

/** Curly quotes, dashes and ellipses in the tree's text, in place; false when no text changed. */
export function smartPunctuate(tree: Root): boolean {
  const { nodes } = collect(tree);
  const values = punctuate(nodes);
  let changed = false;
  values.forEach((value, i) => {
    if (value === undefined) return;
    (nodes[i] as Literal).value = value;
    changed = true;
  });
  return changed;
}
