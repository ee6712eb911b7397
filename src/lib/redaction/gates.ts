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
/**
 * The same table keyed by a hash of the word, so that the pass over a
 * segment looks words up without cutting each one out of the text (a new
 * string per word, hashed again by the map): a hit is checked in place.
 */
const BY_HASH = new Map<number, Array<{ word: string; bits: number }>>();
let gates = 0;

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

export interface WordGate {
  bit: number;
}

/** The longest gate word: a longer word in the text cannot open a gate, so it is not looked up. */
let longest = 0;

export function gate(words: Iterable<string>): WordGate {
  if (gates >= 31) throw new Error('Too many word gates: merge some');
  const bit = 1 << gates++;
  for (const word of words) {
    const bits = (GATE_WORDS.get(word) ?? 0) | bit;
    GATE_WORDS.set(word, bits);
    longest = Math.max(longest, word.length);
    const hash = hashOf(word);
    const list = BY_HASH.get(hash) ?? [];
    const entry = list.find((e) => e.word === word);
    if (entry) entry.bits = bits;
    else BY_HASH.set(hash, [...list, { word, bits }]);
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
  const look = (hash: number, from: number, to: number) => {
    if (to - from > longest) return 0;
    const list = BY_HASH.get(hash);
    if (list) for (const e of list) if (e.word.length === to - from && text.startsWith(e.word, from)) return e.bits;
    return 0;
  };
  let start = -1;
  // The word's hash so far; as of its last letter that is not an apostrophe; and just before its last apostrophe ("ellie" in "ellie's").
  let hash = 0;
  let hashToLetter = 0;
  let lastLetter = -1;
  let hashBeforeApostrophe = 0;
  let apostropheAt = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isApostrophe = c === 39 || c === 0x2019;
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || (isApostrophe && start !== -1)) {
      if (start === -1) {
        start = i;
        hash = 0;
      }
      if (isApostrophe) {
        hashBeforeApostrophe = hash;
        apostropheAt = i;
      }
      hash = (Math.imul(hash, 31) + c) | 0;
      if (!isApostrophe) {
        hashToLetter = hash;
        lastLetter = i;
      }
      continue;
    }
    if (start === -1) continue;
    // Trailing apostrophes are not part of the word.
    const end = lastLetter + 1;
    if (end > start) {
      let bits = look(hashToLetter, start, end);
      if (end - start > 2 && text.charCodeAt(end - 1) === 115 && apostropheAt === end - 2) bits |= look(hashBeforeApostrophe, start, end - 2);
      if (bits) {
        mask |= bits;
        if (!original || original.charCodeAt(start) !== text.charCodeAt(start)) capitalMask |= bits;
      }
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
