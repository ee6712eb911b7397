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

const BOUNDARY = /([.!?…]+)(["'’”)\]]*)(\s+)(?=["'‘“(\[]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*(?:[-*+•]|\d+[.)])\s)/gu;

const cache = new WeakMap<Segment, Span[]>();

export function sentences(segment: Segment): Span[] {
  const hit = cache.get(segment);
  if (hit) return hit;
  const text = segment.text;
  const spans: Span[] = [];
  if (segment.kind === 'cell' || segment.kind === 'url') {
    spans.push({ start: 0, end: text.length, text });
  } else {
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
      if (match[1] === '.') {
        const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, match.index - 12), match.index));
        const word = before?.[1]?.toLowerCase() ?? '';
        // An initial ("J. Jones") or a known abbreviation does not end a sentence.
        if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      }
      const end = match.index + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
      if (end > start) spans.push({ start, end, text: text.slice(start, end) });
      start = match.index + match[0].length;
    }
    if (start < text.length) spans.push({ start, end: text.length, text: text.slice(start) });
  }
  cache.set(segment, spans);
  return spans;
}

/** The sentence of `segment` containing character `index`. */
export function sentenceAt(segment: Segment, index: number): Span {
  for (const span of sentences(segment)) if (index >= span.start && index < span.end) return span;
  return { start: 0, end: segment.text.length, text: segment.text };
}
