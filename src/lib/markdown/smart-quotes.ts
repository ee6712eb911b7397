/**
 * Smart punctuation with the output of retext-smartypants 6.2.0, without
 * retext: its rules, over the sentences parse-latin would find
 * (latin-sentences.ts). retext builds a natural-language tree of every word
 * and a position for every token; these rules only need each punctuation
 * mark's neighbours, so that is all latin-sentences.ts keeps.
 */
import { sentences, text, type Leaf, type Mark, type ParagraphChild, type Token } from './latin-sentences.ts';

const OPEN = ['“', '‘'] as const;
const CLOSE = ['”', '’'] as const;
const DOTS = /^\.+$/;

const isMark = (node: Token | undefined): node is Leaf => node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode');
const isWord = (node: Token | undefined): boolean => node !== undefined && node.type === 'WordNode';
const isSpace = (node: Token | undefined): boolean => node !== undefined && node.type === 'WhiteSpaceNode';

/** The text back from the parse, as retext-stringify writes it. */
function stringify(list: ParagraphChild[]): string {
  let out = '';
  for (const node of list) {
    if (node.type !== 'SentenceNode') out += node.value;
    else for (const token of node.children) out += text(token);
  }
  return out;
}

/**
 * A straight quote in `list` (a sentence's tokens, or a word's parts) made
 * curly, by retext-smartypants' quotesDefault: the first rule that fits the
 * tokens before and after it wins. Inside a word ("don't") the neighbours
 * are the word's parts, never words, so it closes.
 */
function curl(list: Token[], index: number, quote: Leaf): void {
  const kind = quote.value === '"' ? 0 : 1;
  const previous = list[index - 1];
  const next = list[index + 1];
  const after = list[index + 2];
  const nextValue = next ? text(next) : '';
  if (isMark(next) && !isWord(after)) quote.value = CLOSE[kind];
  else if (isMark(next) && (nextValue === '"' || nextValue === "'") && isWord(after)) {
    // Two quotes opening at once: `"'Quoted' words"`. The second is done here, so it is skipped when reached.
    quote.value = OPEN[kind];
    next.value = OPEN[nextValue === '"' ? 0 : 1];
  } else if (next && /^\d\ds$/.test(nextValue)) quote.value = CLOSE[kind]; // the '80s
  else if (previous && (isSpace(previous) || isMark(previous)) && isWord(next)) quote.value = OPEN[kind];
  else if (previous && !isSpace(previous) && !isMark(previous)) quote.value = CLOSE[kind];
  else if (!next || isSpace(next) || (kind === 1 && nextValue === 's')) quote.value = CLOSE[kind];
  else quote.value = OPEN[kind];
}

function quotesIn(list: Token[]): void {
  for (let index = 0; index < list.length; index += 1) {
    const node = list[index]!;
    if (node.type === 'WordNode') quotesIn(node.children);
    else if (isMark(node) && (node.value === '"' || node.value === "'")) curl(list, index, node);
  }
}

/** Straight quotes made curly (retext-smartypants with only `quotes` on). */
export function educateQuotes(value: string): string {
  // Only a quote mark can change: a text without one comes back as it went in.
  if (!value.includes('"') && !value.includes("'")) return value;
  const marks: Mark[] = [];
  const parsed = sentences(value, marks);
  for (const node of parsed) if (node.type === 'SentenceNode') quotesIn(node.children);
  // Only quote marks change, each a token of one character: the text with those put back, not the whole parse written out again.
  let out = '';
  let at = 0;
  for (const { leaf, offset } of marks) {
    if (leaf.value === value[offset]) continue;
    out += value.slice(at, offset) + leaf.value;
    at = offset + 1;
  }
  return out + value.slice(at);
}

/**
 * ellipsesSpaced: the last of three or more dot tokens with white space
 * between becomes "…", and the dots and spaces before it go. As in
 * retext-smartypants, the token at the list's start is never taken as the
 * space, and the tokens after the ellipsis move up into the places the
 * walk has passed, so the walk skips as many of them.
 */
function ellipsis(list: Token[], index: number, node: Leaf): void {
  if (!DOTS.test(node.value)) return;
  let removed = 0;
  let count = 1;
  let position = index;
  while (--position > 0) {
    if (!isSpace(list[position])) break;
    const dots = list[--position];
    if (!isMark(dots) || !DOTS.test(dots.value)) break;
    removed += 2;
    count += 1;
  }
  if (count < 3) return;
  list.splice(index - removed, removed);
  node.value = '…';
}

function restIn(list: Token[]): void {
  for (let index = 0; index < list.length; index += 1) {
    const node = list[index]!;
    if (node.type === 'WordNode') {
      restIn(node.children);
      continue;
    }
    if (!isMark(node)) continue;
    // retext-smartypants' order: ellipses (spaced, then unspaced), backticks, dashes.
    ellipsis(list, index, node);
    if (/^\.{3,}$/.test(node.value)) node.value = '…';
    if (node.value === '``') node.value = '“';
    else if (node.value === "''") node.value = '”';
    if (node.value === '--') node.value = '—';
  }
}

/** Dashes ("--" to "—"), ellipses and backtick quotes ("``" and "''") (retext-smartypants with `quotes` off). */
export function educateRest(value: string): string {
  const parsed = sentences(value);
  for (const node of parsed) if (node.type === 'SentenceNode') restIn(node.children);
  return stringify(parsed);
}
