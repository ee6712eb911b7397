/**
 * NHS numbers: ten digits (usually written 3-3-4) whose last digit is the
 * modulus 11 check of the first nine. The check makes a false alarm on an
 * ordinary figure unlikely; "NHS" next to a ten-digit number that fails it
 * is still reported, as a warning, because a mistyped NHS number is still one.
 */
import type { RuleMeta } from '../engine/types.ts';
import { ALL_TEXT, detector, eachMatch } from './detector.ts';

export const meta: RuleMeta = {
  id: 'redaction/nhs-number',
  severity: 'error',
  paragraph: '41b, 173',
};

const TEN = /(?<![\d+£$.,/-])([1-9]\d{2})([ -]?)(\d{3})\2(\d{4})(?![\d.,/-]?\d)/g;
const CONTEXT = /\b(?:NHS|GIG|CHI|patient|claf)\b/i;

export function nhsChecksum(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export const nhsNumber = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, ALL_TEXT, TEN, (segment, match) => {
    const digits = `${match[1]}${match[3]}${match[4]}`;
    const nearby = segment.text.slice(Math.max(0, match.index - 30), match.index);
    if (nhsChecksum(digits)) emit(segment, match.index, match.index + match[0].length);
    else if (CONTEXT.test(nearby)) emit(segment, match.index, match.index + match[0].length, {}, 'warning');
  });
});
