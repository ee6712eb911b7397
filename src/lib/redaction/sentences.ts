/**
 * Sentence spans inside a segment. Detectors that join two things (a name
 * and an age, a school and an incident) only join them within one sentence:
 * a strategy mentions schools and knives on every page, and that is fine.
 */
import type { Segment } from './text.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

// Words whose full stop does not end a sentence (English and Welsh).
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'approx', 'fig', 'ref', 'vs', 'v', 'prof', 'rev', 'cllr', 'insp', 'sgt', 'supt', 'det', 'pc', 'ch', 'mrs', 'e.e', 'h.y', 'y.b', 'rhif', 'dd', 'st', 'mt', 'jr', 'sr']);

const cache = new WeakMap<Segment, Span[]>();
const CLOSERS = new Set(['"', "'", '’', '”', ')', ']']);
const OPENERS = new Set(['"', "'", '‘', '“', '(', '[']);
const isUpperOrDigit = (c: string | undefined) => c !== undefined && (/\d/.test(c) || (c !== c.toLowerCase() && c === c.toUpperCase()));

/** Split on ". " before a capital or digit, on blank lines and before list items; by hand, for speed. */
function split(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number, next: number) => {
    if (end > start && text.slice(start, end).trim()) spans.push({ start, end, text: text.slice(start, end) });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '\n' || /[-*+•]/.test(text[j] ?? '') || /^\d+[.)]\s/.test(text.slice(j, j + 4))) push(i, j);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?' || CLOSERS.has(text[end]!))) end++;
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next === end || next >= text.length) continue;
    const first = OPENERS.has(text[next]!) ? text[next + 1] : text[next];
    if (!isUpperOrDigit(first)) continue;
    if (c === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
      // An initial ("J. Jones") or a known abbreviation does not end a sentence.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    push(end, next);
    i = next - 1;
  }
  push(text.length, text.length);
  return spans;
}

export function sentences(segment: Segment): Span[] {
  let spans = cache.get(segment);
  if (!spans) {
    spans = segment.kind === 'cell' || segment.kind === 'url' ? [{ start: 0, end: segment.text.length, text: segment.text }] : split(segment.text);
    cache.set(segment, spans);
  }
  return spans;
}

/** The sentence of `segment` containing character `index`. */
export function sentenceAt(segment: Segment, index: number): Span {
  for (const span of sentences(segment)) if (index >= span.start && index < span.end) return span;
  return { start: 0, end: segment.text.length, text: segment.text };
}
