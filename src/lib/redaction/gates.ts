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

export function gate(words: Iterable<string>): WordGate {
  if (gates >= 31) throw new Error('Too many word gates: merge some');
  const bit = 1 << gates++;
  for (const word of words) GATE_WORDS.set(word, (GATE_WORDS.get(word) ?? 0) | bit);
  return { bit };
}

export function opens(segment: Segment, wordGate: WordGate): boolean {
  if (segment.mask === undefined) {
    let mask = 0;
    for (const word of wordsOf(segment)) mask |= GATE_WORDS.get(word) ?? 0;
    segment.mask = mask;
  }
  return (segment.mask & wordGate.bit) !== 0;
}

/** The set of words in a segment, lower case, made in one pass by hand ("ellie's" also gives "ellie"). */
export function wordsOf(segment: Segment): Set<string> {
  if (segment.words) return segment.words;
  const words = new Set<string>();
  const text = segment.lower;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || ((c === 39 || c === 0x2019) && start !== -1);
    if (letter) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      let end = i;
      while (end > start && (text.charCodeAt(end - 1) === 39 || text.charCodeAt(end - 1) === 0x2019)) end--;
      const word = text.slice(start, end);
      words.add(word);
      if (end - start > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) words.add(text.slice(start, end - 2));
      start = -1;
    }
  }
  segment.words = words;
  return words;
}
