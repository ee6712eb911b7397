/**
 * Word gates: the quick test every detector runs before its patterns.
 */
import type { Segment } from './text.ts';

/**
 * Word gates. Each detector registers the words (lower case) one of which
 * must be in a segment before its patterns are worth running. Every word of
 * every gate goes in one table, mapping the word to the gates it opens; a
 * segment's words are looked up once, giving a bit mask, and each detector's
 * question "any of my words here?" is then one AND. A set lookup per word
 * is far cheaper than a regular expression per detector over the text.
 */
const GATE_WORDS = new Map<string, number>();
let gates = 0;

export interface WordGate {
  bit: number;
}

/** The longest gate word: a longer word in the text cannot open a gate, so it is not looked up. */
let longest = 0;

export function gate(words: Iterable<string>): WordGate {
  if (gates >= 31) throw new Error('Too many word gates: merge some');
  const bit = 1 << gates++;
  for (const word of words) {
    GATE_WORDS.set(word, (GATE_WORDS.get(word) ?? 0) | bit);
    longest = Math.max(longest, word.length);
  }
  return { bit };
}

export function opens(segment: Segment, wordGate: WordGate): boolean {
  if (segment.mask === undefined) masks(segment);
  return (segment.mask! & wordGate.bit) !== 0;
}

/**
 * The same question asked of capitalised words only: a given name or a title
 * that matters is written with a capital ("Grace", "Mr"), so "will", "may"
 * and "hope" in running text need not send a paragraph through the name scan.
 */
export function opensCapitalised(segment: Segment, wordGate: WordGate): boolean {
  if (segment.capitalMask === undefined) masks(segment);
  return (segment.capitalMask! & wordGate.bit) !== 0;
}

/**
 * Both masks in one hand-written pass over the lower-case text: no set of
 * words is built, each word is looked up once ("ellie's" also as "ellie").
 * A word is capitalised when the original text differs from the lower-case
 * one at its first letter; if lower-casing changed the length (a rare
 * dotted capital I), every word counts as capitalised, which only ever
 * opens more.
 */
function masks(segment: Segment): void {
  let mask = 0;
  let capitalMask = 0;
  const text = segment.lower;
  const original = segment.text.length === text.length ? segment.text : undefined;
  const look = (from: number, to: number) => (to - from <= longest ? (GATE_WORDS.get(text.slice(from, to)) ?? 0) : 0);
  const apostrophe = (at: number) => text.charCodeAt(at) === 39 || text.charCodeAt(at) === 0x2019;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || ((c === 39 || c === 0x2019) && start !== -1);
    if (letter) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    let end = i;
    while (end > start && apostrophe(end - 1)) end--;
    let bits = look(start, end);
    if (end - start > 2 && text.charCodeAt(end - 1) === 115 && apostrophe(end - 2)) bits |= look(start, end - 2);
    if (bits) {
      mask |= bits;
      if (!original || original.charCodeAt(start) !== text.charCodeAt(start)) capitalMask |= bits;
    }
    start = -1;
  }
  segment.mask = mask;
  segment.capitalMask = capitalMask;
}

const LETTER = /\p{L}/u;
/** A letter in the Unicode sense (\p{L}), by char code where that is enough. */
export const isLetter = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && LETTER.test(text[at]!));
};

/** Each maximal run of letters (\p{L}) in `text`, by start and end: the words a pattern's (?<![\p{L}]) can start at. */
export function eachLetterRun(text: string, fn: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isLetter(text, i)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      fn(start, i);
      start = -1;
    }
  }
}
