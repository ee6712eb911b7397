/**
 * Small numbers: counts of people or incidents from 1 up to the threshold
 * (checks.smallNumberThreshold, default 10, so 1 to 9) broken down by place,
 * school, age, sex, ethnicity or a short period, in tables and in prose, and
 * percentages whose base (or the count they imply) is that small.
 *
 * Why: NHS Digital suppresses counts of 1 to 7 below national level, the ONS
 * and many police forces suppress counts under 5 or 10, because a small
 * count broken down far enough is a person ("3 girls aged 13 at Westfield
 * Academy"). Zero and area-wide yearly totals are fine; so are age ranges
 * ("10 to 17 year olds"), rates and percentages of large groups.
 *
 * A small count with one breakdown is a warning; with two, or with a named
 * place, an error. In a table, a small count in a table broken down by
 * school, ward, age, sex, ethnicity or month is an error.
 */
import type { Localised, RuleMeta, Values } from '../engine/types.ts';
import { phrase } from './phrases.ts';
import { detector, type Settings } from './detector.ts';
import { institutions } from './place.ts';
import { smallPlace } from './jigsaw-words.ts';
import { sentenceAt } from './sentences.ts';
import { eachLetterRun, gate, opens } from './gates.ts';
import type { Segment } from './text.ts';
import { AGE, COUNTED, COUNTED_CY, COUNTED_EN, DAY, GENDERED, MONTH_FULL, NUMBER_WORD, NUMBER_WORDS, numberValue } from './words.ts';

export const meta: RuleMeta = {
  id: 'redaction/small-number',
  severity: 'error',
  paragraph: '41b, 168-196',
};

const BASE = { what: phrase('small-number.base') };

type By = 'place' | 'age' | 'sex' | 'ethnicity' | 'time';
const BY_WORDS: Record<By, Localised> = {
  place: phrase('small-number.by.place'),
  age: phrase('small-number.by.age'),
  sex: phrase('small-number.by.sex'),
  ethnicity: phrase('small-number.by.ethnicity'),
  time: phrase('small-number.by.time'),
};

const COUNT = new RegExp(`(?<![\\p{L}\\d,.£$€/-])(\\d{1,3}|${NUMBER_WORD})(?![\\d%]|[.,]\\d)((?:\\s+(?:of\\s+(?:the|these|those)|o['’]r|o))?(?:\\s+[\\p{L}\\d-]+){0,2}?)\\s+(${COUNTED})(?![\\p{L}])`, 'giu');
/** Words that make "N" a label, a ratio or a measure rather than a count of people. */
const NOT_COUNT_BEFORE = /(?:\b(?:year|years|blwyddyn|mlwyddyn|flwyddyn|key stage|stage|cam|table|tabl|figure|ffigur|section|adran|page|tudalen|para|paragraph|paragraff|priority|blaenoriaeth|level|lefel|tier|haen|phase|step|rhif|no\.?|aged|age|under|over|dan|dros|top|yr|the|per|fesul|i|in|every|bob|mewn)\s*$|\d\s*(?:in|out of|o bob|mewn|:|\/)\s*$)/iu;
/** The people a count of one can be of: "one girl", not "one case" or "un achos". */
const PEOPLE = /^(?:people|persons?|individuals?|child(?:ren)?|young\s+(?:people|person)|youths?|teenagers?|girls?|boys?|m[ae]n|wom[ae]n|(?:fe)?males?|pupils?|students?|learners?|victims?|offenders?|suspects?|patients?|residents?|famil(?:y|ies)|adults?|bab(?:y|ies)|prisoners?|(?:p|b|ph)obl|(?:p|b|ph)erson|unigol\p{L}+|(?:p|b|ph)lent?yn|(?:p|b|ph)lant|[mf]erch\p{L}*|[bf]ech\p{L}*|[bf]achgen|d?dyn\p{L}*|[mf]eny\p{L}+|d?disgybl\p{L}*|[mf]yfyr\p{L}+|d?dioddef\p{L}+)/iu;
const STOP_FILLER = /^(?:in|per|to|and|or|out|year|years|month|months|week|weeks|day|days|times|hours|a|an|at|for|from|with|by|on|is|are|was|were|had|have|more than|over|under|yn|ac|a|neu|gyda|am|ar|y|yr)$/iu;

const AGE_BAND = /\baged\s+\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\b|\b\d{1,2}\s*(?:to|-|–)\s*\d{1,2}[- ]year[- ]olds\b|\bunder[- ]\d{1,2}s?\b|\brhwng\s+\d{1,2}\s+a\s+\d{1,2}\s+oed\b|\b\d{1,2}\s*(?:-|–|i)\s*\d{1,2}\s+oed\b|\bdan\s+\d{1,2}\s+oed\b/iu;
const ETHNICITY = /\b(?:Black|Asian|White|Mixed|Gypsy|Roma|Travellers?|Pakistani|Bangladeshi|Somali|Polish|Eastern European|BAME|Asiaidd|Sipsiwn|Teithwyr|Pwylaidd)\b|\b(?:ethnic|ethnicity|heritage|ethnig|ethnigrwydd|treftadaeth|dduon|croenddu)\b/u;
const ONE_PLACE = /\b(?:(?:in|at|from)\s+(?:one|a single|the same)\s+(?:school|ward|street|estate|village|neighbourhood|home|area|class)|(?:mewn|yn|o)\s+(?:un|yr un)\s+(?:ysgol|ward|stryd|stad|pentref|gymdogaeth|cymdogaeth|cartref|dosbarth))\b|\b(?:ward|LSOA|MSOA|postcode|cod post)\b/iu;
const SHORT_PERIOD = new RegExp(`\\b(?:in|during|ym mis|yn|mis)\\s+${MONTH_FULL}\\b|\\blast\\s+(?:week|weekend|month|night)\\b|\\b(?:one|a single|the same)\\s+(?:week|weekend|night|day|month)\\b|\\bover\\s+(?:the\\s+)?(?:summer|Easter|half[- ]term|Christmas|weekend)\\b|\\b(?:on|ar)\\s+${DAY}|\\b(?:yr wythnos|y penwythnos|y mis) diwethaf\\b|\\bmewn (?:un )?(?:wythnos|noson|diwrnod|mis)\\b|\\bdros (?:yr haf|y Pasg|hanner tymor|y Nadolig|y penwythnos)\\b|\\bbetween\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b`, 'iu');

function qualifiers(sentence: string, noun: string): By[] {
  const by: By[] = [];
  AGE.lastIndex = 0;
  if (AGE.test(sentence) || AGE_BAND.test(sentence)) by.push('age');
  if (GENDERED.test(noun) || /\b(?:female|male|benywaidd|gwrywaidd)\b/i.test(sentence)) by.push('sex');
  if (ETHNICITY.test(sentence)) by.push('ethnicity');
  if (ONE_PLACE.test(sentence) || institutions(sentence).length > 0 || smallPlace(sentence)) by.push('place');
  if (SHORT_PERIOD.test(sentence)) by.push('time');
  return by;
}

/** The message's {what}, with the breakdowns named in each language. */
function describe(kind: 'prose' | 'table', by: By[]): { what: Localised } {
  const words = by.length ? by.map((b) => BY_WORDS[b]) : [phrase('small-number.by.category')];
  return { what: phrase(`small-number.${kind}`, { by: { en: words.map((w) => w.en).join(', '), cy: words.map((w) => w.cy).join(', ') } }) };
}

type Emit = (segment: Segment, from: number, to: number, values?: Values, severity?: 'error' | 'warning') => void;

/** First words of the people and events a count can be of: no such word, no count to check. */
const NUMBER_FIRST = gate(Object.keys(NUMBER_WORDS).map((w) => w.split(' ')[0]!));
const COUNTED_FIRST = gate([...COUNTED_EN, ...COUNTED_CY].map((w) => w.split(' ')[0]!));
const PERCENT_GATE = /%|per ?cent|y cant|\bn\s?=|\d\s+(?:out of|of|o blith|allan o|o)\s+\d/;

function prose(segment: Segment, settings: Settings, emit: Emit): void {
  const t = settings.threshold;
  if (PERCENT_GATE.test(segment.lower)) percentages(segment, settings, emit);
  if (!opens(segment, COUNTED_FIRST) || !(/\d/.test(segment.text) || opens(segment, NUMBER_FIRST))) return;
  for (const m of counts(segment)) {
    const n = numberValue(m[1]!);
    if (n === undefined || n < 1 || n >= t) continue;
    const before = segment.text.slice(Math.max(0, m.index - 16), m.index);
    if (NOT_COUNT_BEFORE.test(before)) continue;
    const filler = m[2]!.trim().split(/\s+/).filter(Boolean);
    if (filler.some((w) => STOP_FILLER.test(w) && !/^(?:of|the|these|those|o|o'r|o’r)$/i.test(w))) continue;
    // "one" and "un" also mean "a": count them only as "one girl", not "one case stood out".
    if (n === 1 && !PEOPLE.test(m[3]!)) continue;
    const sentence = sentenceAt(segment, m.index);
    const by = qualifiers(sentence.text, m[3]!);
    if (by.length === 0) continue;
    const severity = by.length >= 2 || by.includes('place') ? 'error' : 'warning';
    emit(segment, m.index, m.index + m[0].length, { ...describe('prose', by), threshold: t }, severity);
  }
}

/**
 * The matches of COUNT in a segment, tried only where one can start: the
 * first digit of a number, or a word that starts a number word ("two",
 * "dwy", "un ar ddeg"). Every match starts at one of these (its lookbehind
 * allows no letter or digit before it, and a number word must be followed
 * by a space), so this finds what a global search finds, without the
 * search trying the long alternation at every character.
 */
function counts(segment: Segment): RegExpExecArray[] {
  const { text, lower } = segment;
  const found: RegExpExecArray[] = [];
  if (lower.length !== text.length) {
    COUNT.lastIndex = 0;
    for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) found.push(m);
    return found;
  }
  let after = 0;
  const tryAt = (at: number) => {
    if (at < after) return;
    COUNT_AT.lastIndex = at;
    const m = COUNT_AT.exec(text);
    if (m) {
      found.push(m);
      after = at + m[0].length;
    }
  };
  const starts: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57 && !(i > 0 && lower.charCodeAt(i - 1) >= 48 && lower.charCodeAt(i - 1) <= 57)) starts.push(i);
  }
  eachLetterRun(lower, (start, end) => {
    if (NUMBER_STARTS.has(lower.slice(start, end))) starts.push(start);
  });
  for (const at of starts.sort((a, b) => a - b)) tryAt(at);
  return found;
}
const COUNT_AT = new RegExp(COUNT.source, 'iuy');
const NUMBER_STARTS = new Set(Object.keys(NUMBER_WORDS).map((w) => w.split(' ')[0]!));

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b|y cant\b)/giu;
// Three ways a base is written: "(n=4)", "3 out of 7", "of the 8 pupils". The last is only
// worth looking for beside a percentage, and it is the costly one, so it runs only then.
const BASE_N = /\(?\bn\s?=\s?(\d{1,5})\)?/giu;
const BASE_PART = /\b(\d{1,4})\s+(?:out of|of|o blith|allan o|o)\s+(\d{1,4})\b/giu;
const BASE_OF = new RegExp(`\\b(?:of\\s+(?:the\\s+|these\\s+|those\\s+)?|o['’]r\\s+)(\\d{1,3}|${NUMBER_WORD})\\s+(?:${COUNTED})\\b`, 'giu');

function percentages(segment: Segment, settings: Settings, emit: Emit): void {
  const t = settings.threshold;
  const text = segment.text;
  PERCENT.lastIndex = 0;
  const hasPercent = PERCENT.test(text);
  // matchAll below copies lastIndex: start it from the beginning again.
  PERCENT.lastIndex = 0;
  const found: Array<{ index: number; length: number; base: number; part?: number }> = [];
  const collect = (pattern: RegExp, read: (m: RegExpExecArray) => { base: string; part?: string }) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const { base, part } = read(m);
      // Years are not counts: "2 of 2025" is a date, not a base.
      if (/^\d{4}$/.test(base) || (part !== undefined && /^\d{4}$/.test(part))) continue;
      const n = numberValue(base) ?? NUMBER_WORDS[base.toLowerCase()];
      if (n !== undefined && n > 0) found.push({ index: m.index, length: m[0].length, base: n, part: part === undefined ? undefined : Number(part) });
    }
  };
  collect(BASE_N, (m) => ({ base: m[1]! }));
  collect(BASE_PART, (m) => ({ base: m[2]!, part: m[1]! }));
  if (hasPercent) collect(BASE_OF, (m) => ({ base: m[1]! }));
  for (const { index, length, base, part } of found) {
    const sentence = sentenceAt(segment, index);
    if (part !== undefined) {
      // "3 out of 7": the part is a count; a large base with a small part is still small.
      if (!(part >= 1 && part < t && part <= base)) continue;
    } else {
      const percent = hasPercent ? [...sentence.text.matchAll(PERCENT)].map((p) => Number(p[1])) : [];
      if (percent.length === 0) continue;
      const implied = percent.map((p) => Math.round((p / 100) * base));
      if (!(base < t || implied.some((k) => k >= 1 && k < t))) continue;
    }
    const by = qualifiers(sentence.text, '');
    emit(segment, index, index + length, { ...BASE, threshold: t }, by.length > 0 ? 'error' : 'warning');
  }
}

const BREAKDOWN_HEADER = /\b(?:school|schools|academy|college|ward|wards|lsoa|msoa|street|road|estate|neighbourhood|postcode|age|aged|ages|sex|gender|ethnic|ethnicity|ethnic group|month|week|day|date|location|venue|ysgol|ysgolion|coleg|stryd|stad|cymdogaeth|cod post|oed|oedran|rhyw|rhywedd|ethnig|ethnigrwydd|grŵp ethnig|mis|wythnos|diwrnod|dyddiad|lleoliad)\b/iu;
const BREAKDOWN_LABEL = new RegExp(`^(?:${MONTH_FULL}(?:\\s+\\d{4})?|(?:aged\\s+)?\\d{1,2}(?:[- ]year[- ]olds?)?|\\d{1,2}\\s+oed|boys|girls|male|female|males|females|men|women|bechgyn|merched|gwryw|benyw|gwrywod|benywod|dynion|menywod|Black.*|Asian.*|White.*|Mixed.*|Du|Asiaidd|Gwyn|Cymysg|.*\\bward|ward\\b.*)$`, 'iu');
/** Columns that hold rates, shares, money or years, not counts of people. */
const NOT_COUNT_HEADER = /%|\b(?:rate|per|percent|percentage|share|proportion|change|rank|year(?!\s*\d)|score|average|mean|median|target|cost|spend|budget|ratio|index|hours|days|sessions|cyfradd|fesul|canran|cyfran|newid|safle|blwyddyn|sgôr|cyfartaledd|targed|cost|gwariant|cyllideb|cymhareb|mynegai|oriau|diwrnodau|sesiynau)\b|£/iu;
const CELL_COUNT = /^(\d{1,3})\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s*\*?$/;

function cell(segment: Segment, settings: Settings, emit: Emit): void {
  const table = segment.table!;
  // The header row and the first column are labels ("13", "March"), not counts.
  if (table.rowIndex === 0 || table.column === 0) return;
  const value = CELL_COUNT.exec(segment.text.trim());
  if (!value) return;
  const n = Number(value[1]);
  if (n < 1 || n >= settings.threshold) return;
  const header = table.headers[table.column] ?? '';
  if (NOT_COUNT_HEADER.test(header)) return;
  const label = (table.row[0] ?? '').trim();
  const headerBreakdown = table.headers.some((h) => BREAKDOWN_HEADER.test(h)) || BREAKDOWN_LABEL.test(header.trim());
  const labelBreakdown = BREAKDOWN_LABEL.test(label) || institutions(label).length > 0;
  if (!headerBreakdown && !labelBreakdown) return;
  const by: By[] = [];
  const all = `${table.headers.join(' ')} ${label}`;
  if (/\b(?:age|aged|ages|oed|oedran)\b|^\d{1,2}/iu.test(all)) by.push('age');
  if (/\b(?:sex|gender|boys|girls|male|female|rhyw|rhywedd|bechgyn|merched|gwryw|benyw)\b/iu.test(all)) by.push('sex');
  if (/\b(?:ethnic|ethnicity|ethnig|ethnigrwydd)\b/iu.test(all) || ETHNICITY.test(label)) by.push('ethnicity');
  if (/\b(?:month|week|day|date|mis|wythnos|diwrnod|dyddiad)\b/iu.test(all) || new RegExp(`^${MONTH_FULL}`, 'iu').test(label)) by.push('time');
  if (/\b(?:school|schools|academy|college|ward|wards|lsoa|msoa|street|road|estate|neighbourhood|postcode|location|venue|ysgol|ysgolion|coleg|stryd|stad|cymdogaeth|cod post|lleoliad)\b/iu.test(all) || institutions(label).length > 0 || /\bward\b/i.test(label)) by.push('place');
  if (by.length === 0) by.push('place');
  emit(segment, 0, segment.text.length, { ...describe('table', by), threshold: settings.threshold }, 'error');
}

const DATA_VALUE = /\b(?:value|count|n|number|total|y)\s*:\s*(\d{1,3})(?![\d.])/g;

function expression(segment: Segment, settings: Settings, emit: Emit): void {
  if (!BREAKDOWN_HEADER.test(segment.text) && !/\b(?:girls|boys|merched|bechgyn)\b/i.test(segment.text)) return;
  DATA_VALUE.lastIndex = 0;
  for (let m = DATA_VALUE.exec(segment.text); m; m = DATA_VALUE.exec(segment.text)) {
    const n = Number(m[1]);
    if (n >= 1 && n < settings.threshold) emit(segment, m.index, m.index + m[0].length, { ...describe('table', []), threshold: settings.threshold }, 'error');
  }
}

export const smallNumber = detector(meta, ({ segments, settings, emit }) => {
  for (const segment of segments) {
    if (segment.kind === 'cell') cell(segment, settings, emit);
    else if (segment.kind === 'expression' || (segment.kind === 'attribute' && segment.element)) expression(segment, settings, emit);
    else if (segment.kind === 'prose' || segment.kind === 'heading' || segment.kind === 'alt' || segment.kind === 'comment' || segment.kind === 'frontmatter') prose(segment, settings, emit);
  }
});
