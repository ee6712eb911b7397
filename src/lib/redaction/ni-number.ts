/**
 * National Insurance numbers, by HMRC's rules: two prefix letters (the first
 * not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V; and not BG,
 * GB, KN, NK, NT, TN or ZZ), six digits, and a suffix A to D. The specimen
 * "QQ 12 34 56 C" is invalid by design and is not reported.
 */
import type { RuleMeta } from '../engine/types.ts';
import { ALL_TEXT, detector, eachMatch } from './detector.ts';

export const meta: RuleMeta = {
  id: 'redaction/ni-number',
  severity: 'error',
  paragraph: '41b, 173',
};

const NINO = /(?<![\p{L}\d])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])(?![\p{L}\d])/giu;
const NOT_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const niNumber = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, ALL_TEXT, NINO, (segment, match) => {
    const text = match[0];
    if (text !== text.toUpperCase() && text !== text.toLowerCase()) return;
    if (!NOT_ISSUED.has(match[1]!.toUpperCase())) emit(segment, match.index, match.index + text.length);
  }, /\d{2}\s?\d{2}\s?\d{2}/);
});
