/**
 * Word lists matched against a section's text, in English and Welsh. Kept
 * lists, not a model: a comms officer can read why a section passed or
 * failed, and the same text always gives the same answer.
 *
 * Text and terms are folded the same way (lower case, accents and the Welsh
 * circumflex dropped, curly apostrophes straightened) so "grŵp" matches
 * "grwp". Each Welsh term's first word is expanded to its soft, nasal and
 * aspirate mutations and h-prothesis (language/lexicon.ts `mutated`), so
 * "Ddeddf Cydraddoldeb", "ei charchardai" and "ein hysgolion" all count.
 */
import type { Lang } from '../../engine/types.ts';
import { mutated } from '../../language/lexicon.ts';
import { MONTHS_CY, MONTHS_EN } from '../../redaction/words.ts';

/** Regular-expression fragments per language; each fragment is one way of saying it. */
export interface Terms {
  en: readonly string[];
  cy: readonly string[];
}

// The rubric asks about one section's text once per term list, so the same text is folded many times
// in a check: the folds are remembered (a bounded set, emptied when full; a string key's hash is kept
// on the string, so asking again for the same text is cheap).
const folds = new Map<string, string>();
const FOLDS_KEPT = 2000;

export function fold(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .toLowerCase()
      .replace(/\s+/g, ' ');
    if (folds.size >= FOLDS_KEPT) folds.clear();
    folds.set(text, folded);
  }
  return folded;
}

/** A Welsh fragment with its first word's mutations: "carchar\w*" -> "(?:carchar|garchar|ngharchar|charchar)\w*". */
function welsh(fragment: string): string {
  const head = /^[a-z']+/.exec(fragment)?.[0];
  if (!head) return fragment;
  return mutated(head) + fragment.slice(head.length);
}

const cache = new Map<string, RegExp>();
/** The lists are constants, so each one's pattern is built once: folding and mutating every term on every call was most of a check's time. */
const byList = new WeakMap<Terms, Partial<Record<Lang, RegExp>>>();

/** One pattern for a list of terms in a language, matching whole words only. */
export function pattern(terms: Terms, lang: Lang): RegExp {
  let known = byList.get(terms);
  if (!known) byList.set(terms, (known = {}));
  return (known[lang] ??= build(terms, lang));
}

function build(terms: Terms, lang: Lang): RegExp {
  const fragments = terms[lang].map((t) => fold(t)).map((t) => (lang === 'cy' ? welsh(t) : t));
  const source = `(?<![\\p{L}\\p{N}])(?:${fragments.join('|')})(?![\\p{L}\\p{N}])`;
  let regex = cache.get(source);
  if (!regex) {
    regex = new RegExp(source, 'u');
    cache.set(source, regex);
  }
  return regex;
}

export function mentions(text: string, terms: Terms, lang: Lang): boolean {
  return pattern(terms, lang).test(fold(text));
}

/** How many of the groups are mentioned (each group is one kind of thing, said in any of its ways). */
export function countGroups(text: string, groups: readonly Terms[], lang: Lang): number {
  const folded = fold(text);
  return groups.filter((g) => pattern(g, lang).test(folded)).length;
}

/** Whether one sentence mentions every one of the term lists. */
export function together(sentences: readonly string[], lists: readonly Terms[], lang: Lang): boolean {
  return sentences.some((s) => {
    const folded = fold(s);
    return lists.every((terms) => pattern(terms, lang).test(folded));
  });
}

const MONTHS = { en: MONTHS_EN.filter((m) => m.length > 3 || m === 'May'), cy: MONTHS_CY };
const monthAlt = (lang: Lang) => `(?:${MONTHS[lang].map(fold).join('|')})`;
const YEAR = '(?:19|20)\\d\\d';

/** A date a reader can act on: a day or a month with its year, or a written ISO date. */
export function hasDate(text: string, lang: Lang): boolean {
  const month = monthAlt(lang);
  const folded = fold(text);
  return new RegExp(`(?<![\\p{L}])${month}(?:,)? ${YEAR}|\\b${YEAR}-\\d\\d-\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/${YEAR}\\b`, 'u').test(folded);
}

/** A period: "1 April 2023 to 31 March 2026", "2023 to 2026", "2023-24", "the year to March 2026", "2023 i 2026", "y flwyddyn hyd at fis Mawrth 2026". */
export function hasPeriod(text: string, lang: Lang): boolean {
  const month = monthAlt(lang);
  const folded = fold(text);
  const joiner = lang === 'en' ? "(?: ?(?:-|/) ?| to | and | until )" : "(?: ?(?:-|/) ?| i | a | hyd at | tan )";
  const span = new RegExp(`\\b${YEAR}${joiner}(?:${YEAR}|\\d\\d)\\b`, 'u');
  const upTo =
    lang === 'en'
      ? new RegExp(`(?:year|years|months|quarter|period)s? (?:to|ending|up to|until) (?:the end of )?(?:\\d{1,2} )?${month} ${YEAR}`, 'u')
      : new RegExp(`(?:flwyddyn|blwyddyn|blynedd\\w*|mlynedd|mis|misoedd|cyfnod) (?:hyd at|hyd|i|yn gorffen|sy'n gorffen|a ddaeth i ben) (?:ddiwedd )?(?:\\d{1,2} )?(?:fis )?${month} ${YEAR}`, 'u');
  const dates = new RegExp(`${month} ${YEAR}${joiner}(?:\\d{1,2} )?${month} ${YEAR}`, 'u');
  return span.test(folded) || upTo.test(folded) || dates.test(folded);
}

/** Sentences of a block of text, for "said together" tests. */
export function sentencesOf(unit: string): string[] {
  return unit.split(/(?<=[.!?;:])\s+(?=\S)/).filter((s) => s.trim());
}

/** Words, folded, for length and "only repeats its heading" tests. */
export function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
