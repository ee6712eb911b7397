/**
 * The sentences parse-latin 7.0.0 (retext's parser) finds in a text, as flat
 * lists of tokens, for smart-quotes.ts. Smart quotes decide by the token
 * before and after each quote mark in its sentence or word, so the tokens,
 * the words they merge into and the sentence breaks must be parse-latin's
 * exactly; everything else parse-latin builds (paragraphs, positions, the
 * root) changes no decision and is left out. Each step below is one of its
 * plugins, in its order, with the same loop (including where a plugin
 * revisits or skips a node after changing the list), so a reader can check
 * them side by side with node_modules/parse-latin/lib/plugin/.
 */

export type Kind = 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode' | 'TextNode';
export interface Leaf {
  type: Kind;
  value: string;
}
export interface Word {
  type: 'WordNode';
  children: Leaf[];
}
export type Token = Leaf | Word;
export interface Sentence {
  type: 'SentenceNode';
  children: Token[];
}
/** A paragraph's children: sentences, and the white space between them. */
export type ParagraphChild = Sentence | Leaf;

// parse-latin classifies each UTF-16 code unit with tables generated from Unicode 15; these are the same
// classes from Node's own Unicode data, less what parse-latin counts as symbols: # % & * @ † ‡ ‰ ‱ ※ (by its
// choice) and the letters and punctuation Unicode has added since (symbols to it, as unassigned code points).
// test/smart-quotes.test.ts compares every code unit with parse-latin.
const WHITE_SPACE = /\p{White_Space}/u;
const PUNCTUATION = /\p{P}/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const SYMBOL = /[#%&*@\u2020\u2021\u2030\u2031\u203B\u088F\u0897\u0C5C\u0CDC\u1ACF-\u1ADD\u1AE0-\u1AEB\u1B4E\u1B4F\u1B7F\u1C89\u1C8A\uA7CB-\uA7CF\uA7D2\uA7D4\uA7DA-\uA7DC\uA7F1]/;
const SPACE = 1;
const PUNCT = 2;
const LETTER = 3;
const SYM = 4;
const KINDS = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;
/** Class of each code unit, filled as met (0: not yet). Surrogates are symbols: parse-latin tests one unit at a time. */
const classes = new Uint8Array(0x10000);

function classify(unit: number): number {
  let kind = classes[unit]!;
  if (kind === 0) {
    const char = String.fromCharCode(unit);
    if (unit >= 0xd800 && unit <= 0xdfff) kind = SYM;
    else if (WHITE_SPACE.test(char)) kind = SPACE;
    else if (SYMBOL.test(char)) kind = SYM;
    else if (PUNCTUATION.test(char)) kind = PUNCT;
    else kind = WORD.test(char) ? LETTER : SYM;
    classes[unit] = kind;
  }
  return kind;
}

/** Code unit class as parse-latin names it (for the test that compares every code unit). */
export const classOf = (unit: number): string => KINDS[classify(unit)]!;

const TERMINAL = /^[!.?\u2026\u203D]+$/;
const INNER_WORD = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
const AFFIX = /^([!"').?\u0F3B\u0F3D\u169C\u2019\u201D\u2026\u203A\u203D\u2046\u207E\u208E\u2309\u230B\u232A\u2769\u276B\u276D\u276F\u2771\u2773\u2775\u27C6\u27E7\u27E9\u27EB\u27ED\u27EF\u2984\u2986\u2988\u298A\u298C\u298E\u2990\u2992\u2994\u2996\u2998\u29D9\u29DB\u29FD\u2E03\u2E05\u2E0A\u2E0D\u2E1D\u2E21\u2E23\u2E25\u2E27\u2E29\u2E56\u2E58\u2E5A\u2E5C\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301E\u301F\uFD3E\uFE18\uFE36\uFE38\uFE3A\uFE3C\uFE3E\uFE40\uFE42\uFE44\uFE48\uFE5A\uFE5C\uFE5E\uFF09\uFF3D\uFF5D\uFF60\uFF63\u00BB\]}])\1*$/;
// parse-latin's "numerical" (Unicode Nd, Nl, No); a one-character test, since initialisms are one character a part.
const NUMERICAL = /^\p{N}+$/u;
// Lower case letters (Unicode Ll), as of parse-latin's Unicode: ʕ was one then; the others came later.
const LOWER_INITIAL = /^\p{Ll}/u;
const LOWER_THEN = /^\u0295/;
const LOWER_SINCE = /^[\u1C8A\uA7CD\uA7CF\uA7DB]/;
/** Whether a word starts with a lower case letter (parse-latin's lowerInitial). */
export const lowerInitial = (word: string): boolean => LOWER_THEN.test(word) || (LOWER_INITIAL.test(word) && !LOWER_SINCE.test(word));
const ABBREVIATION = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

const isMark = (node: Token | ParagraphChild | undefined): node is Leaf => node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode');
const isWord = (node: Token | undefined): node is Word => node !== undefined && node.type === 'WordNode';
const isSentence = (node: ParagraphChild | undefined): node is Sentence => node !== undefined && node.type === 'SentenceNode';
/** nlcst-to-string. */
export function text(node: Token): string {
  if (node.type !== 'WordNode') return node.value;
  let out = '';
  for (const child of node.children) out += child.value;
  return out;
}

/** How many lines `value` spans: line breaks (\r\n, \r or \n) plus one, as `value.split(/\r\n|\r|\n/).length` counts them. */
function lines(value: string): number {
  let count = 1;
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    if (unit === 13) {
      count += 1;
      if (value.charCodeAt(index + 1) === 10) index += 1;
    } else if (unit === 10) count += 1;
  }
  return count;
}

/** unist-util-modify-children over a live list: a number returned is the next index to visit. */
function modify<T>(list: T[], step: (node: T, index: number, list: T[]) => number | undefined): void {
  for (let index = 0; index < list.length; index += 1) {
    const next = step(list[index]!, index, list);
    // A negative index starts again from the first node, as array-iterate does.
    if (next !== undefined) index = Math.max(next, 0) - 1;
  }
}

/** Runs of one class: words and white space run on, punctuation and symbols only as repeats of one character (or surrogates). */
function tokenize(value: string, marks?: Mark[]): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  let previous = 0;
  for (let index = 0; index <= value.length; index += 1) {
    const unit = value.charCodeAt(index);
    const kind = index < value.length ? classify(unit) : 0;
    if (index > 0 && !(kind === previous && (kind === LETTER || kind === SPACE || unit === value.charCodeAt(index - 1) || (unit >= 0xd800 && unit <= 0xdfff)))) {
      const made = token(previous, value.slice(from, index));
      // A straight quote is a mark of its own (a repeat would be one token of two).
      if (marks && index - from === 1 && (value.charCodeAt(from) === 34 || value.charCodeAt(from) === 39)) marks.push({ leaf: made as Leaf, offset: from });
      tokens.push(made);
      from = index;
    }
    previous = kind;
  }
  return tokens;
}

const token = (kind: number, value: string): Token => (kind === LETTER ? { type: 'WordNode', children: [{ type: 'TextNode', value }] } : { type: KINDS[kind] as Kind, value });

// Sentence plugins (run once, over the whole text as one sentence).

function mergeInitialWordSymbol(node: Token, index: number, list: Token[]): number | undefined {
  if (!isMark(node) || node.value !== '&') return undefined;
  const next = list[index + 1];
  if ((index > 0 && isWord(list[index - 1])) || !isWord(next)) return undefined;
  list.splice(index, 1);
  next.children.unshift(node);
  return index - 1;
}

function mergeFinalWordSymbol(node: Token, index: number, list: Token[]): number | undefined {
  if (index === 0 || !isMark(node) || node.value !== '-') return undefined;
  const previous = list[index - 1];
  if (isWord(list[index + 1]) || !isWord(previous)) return undefined;
  list.splice(index, 1);
  previous.children.push(node);
  return index;
}

function mergeInnerWordSymbol(node: Token, index: number, list: Token[]): number | undefined {
  const previous = list[index - 1];
  if (index === 0 || !isMark(node) || !isWord(previous)) return undefined;
  let position = index - 1;
  const tokens: Leaf[] = [];
  let queue: Leaf[] = [];
  while (list[++position]) {
    const sibling = list[position]!;
    if (isWord(sibling)) {
      tokens.push(...queue, ...sibling.children);
      queue = [];
    } else if (isMark(sibling) && INNER_WORD.test(sibling.value)) queue.push(sibling);
    else break;
  }
  if (tokens.length === 0) return undefined;
  position -= queue.length;
  list.splice(index, position - index);
  previous.children.push(...tokens);
  return index;
}

function mergeInnerWordSlash(node: Token, index: number, list: Token[]): number | undefined {
  const previous = list[index - 1];
  if (!isWord(previous) || !isMark(node) || node.value !== '/') return undefined;
  const queue: Leaf[] = [node];
  let count = 1;
  let nextValue = '';
  const next = list[index + 1];
  if (isWord(next)) {
    nextValue = text(next);
    queue.push(...next.children);
    count += 1;
  }
  if (text(previous).length >= 3 || (nextValue && nextValue.length >= 3)) return undefined;
  previous.children.push(...queue);
  list.splice(index, count);
  return index;
}

function mergeInitialisms(node: Token, index: number, list: Token[]): number | undefined {
  if (index === 0 || node.type !== 'PunctuationNode' || node.value !== '.') return undefined;
  const previous = list[index - 1]!;
  if (!isWord(previous) || previous.children.length === 1 || previous.children.length % 2 === 0) return undefined;
  const parts = previous.children;
  let allDigits = true;
  for (let position = parts.length - 1; position >= 0; position -= 1) {
    const value = parts[position]!.value;
    if (position % 2 === 0) {
      if (value.length > 1) return undefined;
      if (!NUMERICAL.test(value)) allDigits = false;
    } else if (value !== '.') {
      if (position < parts.length - 2) break;
      return undefined;
    }
  }
  if (allDigits) return undefined;
  list.splice(index, 1);
  previous.children.push(node);
  return index;
}

const WORD_PLUGINS = [mergeInitialWordSymbol, mergeFinalWordSymbol, mergeInnerWordSymbol, mergeInnerWordSlash, mergeInitialisms];
/** The marks a word plugin can take into a word: '&' (initial), '-' (final), inner-word marks, '/' and '.' (initialisms). */
const JOINS = /^(?:[&'\-./:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

/**
 * The word plugins, run where they can do something. Each joins only tokens
 * next to each other, words and marks, never white space, and none reaches
 * past white space to decide, so each stretch of text between white space is
 * merged on its own, with the same result as parse-latin's passes over the
 * whole text: and only a stretch with a mark they take can change. Running
 * all five over every token was a third of the quotes pass.
 */
function mergeWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let start = 0;
  while (start < tokens.length) {
    if (tokens[start]!.type === 'WhiteSpaceNode') {
      out.push(tokens[start++]!);
      continue;
    }
    let end = start;
    let joins = false;
    for (; end < tokens.length && tokens[end]!.type !== 'WhiteSpaceNode'; end++) {
      const token = tokens[end]!;
      if (!joins && isMark(token) && JOINS.test(token.value)) joins = true;
    }
    if (joins && end - start > 1) {
      const stretch = tokens.slice(start, end);
      for (const plugin of WORD_PLUGINS) modify(stretch, plugin);
      for (const token of stretch) out.push(token);
    } else for (let i = start; i < end; i++) out.push(tokens[i]!);
    start = end;
  }
  return out;
}

// Paragraph plugins (over the sentences).

/** splitNode: a sentence ends after each terminal marker (and at the end). */
function splitSentences(tokens: Token[]): ParagraphChild[] {
  const sentences: ParagraphChild[] = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const node = tokens[index]!;
    if (index === tokens.length - 1 || (node.type === 'PunctuationNode' && TERMINAL.test(node.value))) {
      sentences.push({ type: 'SentenceNode', children: tokens.slice(start, index + 1) });
      start = index + 1;
    }
  }
  return sentences;
}

function mergeNonWordSentences(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  if (!isSentence(node) || node.children.some(isWord)) return undefined;
  const previous = list[index - 1];
  if (isSentence(previous)) {
    previous.children.push(...node.children);
    list.splice(index, 1);
    return index;
  }
  const next = list[index + 1];
  if (isSentence(next)) {
    next.children.unshift(...node.children);
    list.splice(index, 1);
  }
  return undefined;
}

function mergeAffixSymbol(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  if (!isSentence(node) || node.children.length === 0 || index === 0) return undefined;
  const previous = list[index - 1];
  const first = node.children[0]!;
  if (!isSentence(previous) || !isMark(first) || !AFFIX.test(first.value)) return undefined;
  node.children.shift();
  previous.children.push(first);
  return index - 1;
}

/** mergeInitialLowerCaseLetterSentences: a sentence whose first word (before any punctuation or symbol) starts in lower case goes on the one before. */
function mergeLowerCaseSentences(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  const previous = list[index - 1];
  if (!isSentence(node) || !isSentence(previous)) return undefined;
  for (const child of node.children) {
    if (isMark(child)) return undefined;
    if (!isWord(child)) continue;
    if (!lowerInitial(text(child))) return undefined;
    previous.children.push(...node.children);
    list.splice(index, 1);
    return index;
  }
  return undefined;
}

/** mergeInitialDigitSentences: so does one that starts with an (ASCII) digit. */
function mergeDigitSentences(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  const previous = list[index - 1];
  if (!isSentence(node) || !isSentence(previous)) return undefined;
  const head = node.children[0];
  if (!isWord(head) || !/^\d/.test(text(head))) return undefined;
  previous.children.push(...node.children);
  list.splice(index, 1);
  return index;
}

function mergePrefixExceptions(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  if (!isSentence(node) || node.children.length <= 1) return undefined;
  const period = node.children[node.children.length - 1]!;
  const word = node.children[node.children.length - 2];
  if (!isMark(period) || period.value !== '.' || !isWord(word) || !ABBREVIATION.test(text(word).toLowerCase())) return undefined;
  word.children.push(period);
  node.children.pop();
  const next = list[index + 1];
  if (!isSentence(next)) return undefined;
  node.children.push(...next.children);
  list.splice(index + 1, 1);
  return index - 1;
}

function mergeAffixExceptions(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  const previous = list[index - 1];
  if (!isSentence(previous) || !isSentence(node) || node.children.length === 0) return undefined;
  for (const child of node.children) {
    if (isWord(child)) return undefined;
    if (isMark(child)) {
      if (child.value !== ',' && child.value !== ';') return undefined;
      previous.children.push(...node.children);
      list.splice(index, 1);
      return index;
    }
  }
  return undefined;
}

/** A full stop that is not the sentence's last terminal marker joins the word before it (or after it). */
function mergeRemainingFullStops(sentence: Sentence): void {
  const children = sentence.children;
  let found = false;
  for (let position = children.length - 1; position >= 0 && children[position]; position -= 1) {
    const node = children[position]!;
    if (!isMark(node)) {
      if (isWord(node)) found = true;
      continue;
    }
    if (!TERMINAL.test(node.value)) continue;
    if (!found) {
      found = true;
      continue;
    }
    if (node.value !== '.') continue;
    const previous = children[position - 1];
    const next = children[position + 1];
    if (isWord(previous)) {
      const after = children[position + 2];
      if (next && after && next.type === 'WhiteSpaceNode' && text(after) === '.') continue;
      children.splice(position, 1);
      previous.children.push(node);
      position -= 1;
    } else if (isWord(next)) {
      children.splice(position, 1);
      next.children.unshift(node);
    }
  }
}

/** makeInitialWhiteSpaceSiblings (a visit over the live list, not a modify). */
function makeInitialWhiteSpaceSiblings(list: ParagraphChild[]): void {
  for (let index = 0; index < list.length; index += 1) {
    const node = list[index]!;
    if (isSentence(node) && node.children[0]?.type === 'WhiteSpaceNode') list.splice(index, 0, node.children.shift() as Leaf);
  }
}

function makeFinalWhiteSpaceSiblings(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  if (!isSentence(node)) return undefined;
  const tail = node.children[node.children.length - 1];
  if (tail?.type !== 'WhiteSpaceNode') return undefined;
  node.children.pop();
  list.splice(index + 1, 0, tail);
  return index;
}

/** A blank line (white space with two or more line breaks) inside a sentence ends it. */
function breakImplicitSentences(node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined {
  if (!isSentence(node)) return undefined;
  const children = node.children;
  for (let position = 1; position < children.length - 1; position += 1) {
    const space = children[position]!;
    if (space.type !== 'WhiteSpaceNode' || lines(space.value) < 3) continue;
    node.children = children.slice(0, position);
    list.splice(index + 1, 0, space, { type: 'SentenceNode', children: children.slice(position + 1) });
    return index + 1;
  }
  return undefined;
}

const removeEmpty = (node: ParagraphChild, index: number, list: ParagraphChild[]): number | undefined => {
  if (!isSentence(node) || node.children.length > 0) return undefined;
  list.splice(index, 1);
  return index;
};

/** A straight quote mark's token and where it is in the text: the parse keeps every token's object, so a rule's change to it can be put back at its place. */
export interface Mark {
  leaf: Leaf;
  offset: number;
}

/**
 * The sentences of `value` and the white space between them, in order: all
 * of its text. With `marks`, every straight quote mark is listed there too.
 */
export function sentences(value: string, marks?: Mark[]): ParagraphChild[] {
  const list = splitSentences(mergeWords(tokenize(value, marks)));
  modify(list, mergeNonWordSentences);
  modify(list, mergeAffixSymbol);
  modify(list, mergeLowerCaseSentences);
  modify(list, mergeDigitSentences);
  modify(list, mergePrefixExceptions);
  modify(list, mergeAffixExceptions);
  for (const node of list) if (isSentence(node)) mergeRemainingFullStops(node);
  makeInitialWhiteSpaceSiblings(list);
  modify(list, makeFinalWhiteSpaceSiblings);
  modify(list, breakImplicitSentences);
  modify(list, removeEmpty);
  return list;
}
