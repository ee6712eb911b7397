/**
 * Dates of birth: a full date (day, month and year) next to "DOB", "date of
 * birth", "born", "dyddiad geni" or "ganwyd". Publication and review dates
 * are everywhere in a strategy and are not findings; a date of birth is
 * one of the strongest identifiers there is.
 */
import type { RuleMeta } from '../engine/types.ts';
import { ALL_TEXT, detector, eachMatch } from './detector.ts';
import { MONTH } from './words.ts';

export const meta: RuleMeta = {
  id: 'redaction/date-of-birth',
  severity: 'error',
  paragraph: '41b, 173',
};

const ORDINAL = '(?:st|nd|rd|th|af|il|ail|ydd|edd|ed|fed|eg|ain)?';
const DATE = new RegExp(
  [
    '(?<![\\d/.-])\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)',
    `(?<![\\d])\\d{1,2}${ORDINAL}\\s+(?:of\\s+|o\\s+)?${MONTH}\\.?,?\\s+\\d{4}(?!\\d)`,
    `${MONTH}\\.?\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}(?!\\d)`,
    '(?<![\\d])\\d{4}-\\d{2}-\\d{2}(?!\\d)',
  ].join('|'),
  'giu',
);
const BEFORE = /(?:\bDOB|\bD\.O\.B\.?|\bdate of birth|\bbirth ?date|\bborn(?: on)?|\bb\.|\bdyddiad geni|\bdyddiad ei (?:h)?eni|\bganwyd(?: (?:ef|hi|o))?(?: ar)?|\bg\.)\s*(?:is|was|yw|oedd|:|-|–)?\s*(?:on|ar)?\s*(?:the|y)?\s*$/i;
const AFTER = /^\s*\(?\s*(?:DOB|D\.O\.B|date of birth|dyddiad geni)\b/i;

const GATE = /dob|d\.o\.b|birth|born|\bb\.|geni|ganwyd|\bg\./;

export const dateOfBirth = detector(meta, ({ segments, emit }) => {
  // A date of birth needs its label nearby, in the text or the column header.
  const labelled = segments.filter((s) => /\d/.test(s.text) && (GATE.test(s.lower) || (s.table !== undefined && GATE.test((s.table.headers[s.table.column] ?? '').toLowerCase()))));
  eachMatch(labelled, ALL_TEXT, DATE, (segment, match) => {
    const before = segment.text.slice(Math.max(0, match.index - 30), match.index);
    const after = segment.text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    const header = segment.table ? segment.table.headers[segment.table.column] ?? '' : '';
    if (BEFORE.test(before) || AFTER.test(after) || /\b(?:DOB|date of birth|dyddiad geni)\b/i.test(header)) emit(segment, match.index, match.index + match[0].length);
  });
});
