/**
 * Places tied to victims or incidents: a named school, children's home,
 * prison, youth custody site or street in the same sentence as an incident
 * or a victim ("a Year 10 boy was stabbed outside Marchford Academy"). Para
 * 41b names schools, prisons and youth custody settings on purpose: naming
 * one beside an incident can identify the child and compromise the setting.
 * A named place beside one young person ("a pupil at Ysgol Gyfun Cwm Arian")
 * is a warning; a named place on its own is fine.
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector } from './detector.ts';
import { sentenceAt } from './sentences.ts';
import { gate, opens } from './gates.ts';
import { mutateWord } from './names.ts';
import { INCIDENT, occurs, ONE_YOUNG_PERSON } from './words.ts';
import { phrase } from './phrases.ts';

export const meta: RuleMeta = {
  id: 'redaction/place',
  severity: 'error',
  paragraph: '41b, 146',
};

const WHAT = {
  incident: { what: phrase('place.incident') },
  person: { what: phrase('place.person') },
};

const CAP = "\\p{Lu}[\\p{L}'’-]+";
const EN_KIND = [
  'Primary School', 'Junior School', 'Infant School', 'Infants School', 'High School', 'Secondary School', 'Grammar School', 'Comprehensive School', 'Comprehensive', 'School', 'Academy', 'College',
  'Pupil Referral Unit', 'PRU', "Children['’]?s Home", 'Care Home', 'Residential Home', 'Prison', 'Young Offender Institution', 'YOI', 'Secure Training Centre', "Secure Children['’]?s Home", 'Hostel',
  'Youth Club', 'Youth Centre', 'Leisure Centre', 'Retail Park', 'Shopping Centre', 'Bus Station', 'Railway Station', 'Station', 'Park', 'Recreation Ground', 'Playing Fields', 'Estate',
  'Street', 'Road', 'Avenue', 'Lane', 'Close', 'Drive', 'Crescent', 'Terrace', 'Square', 'Precinct', 'Subway', 'Underpass',
];
// Welsh place words mutate after "i", "o", "yn" and others: "i Ganolfan Hamdden", "yng Ngharchar".
const CY_KIND_BASE = [
  'Ysgol Gyfun', 'Ysgol Uwchradd', 'Ysgol Gynradd', 'Ysgol Gymraeg', 'Ysgol Babanod', 'Ysgol Iau', 'Ysgol Arbennig', 'Ysgol',
  'Cartref Plant', 'Cartref Gofal', 'Coleg', 'Uned Cyfeirio Disgyblion', 'Heol', 'Stryd', 'Ffordd', 'Lôn', 'Parc', 'Stad', 'Ystad', 'Canolfan Siopa', 'Canolfan Hamdden', 'Canolfan Ieuenctid',
  'Gorsaf Fysiau', 'Gorsaf Drenau', 'Gorsaf', 'Sgwâr', 'Clwb Ieuenctid', 'Carchar', 'Cartref', 'Canolfan',
];
const CY_KIND = [...new Set(CY_KIND_BASE.flatMap((kind) => mutateWord(kind)))].sort((a, b) => b.length - a.length);
/** A named institution or street, English ("Marchford Academy") or Welsh ("Ysgol Gyfun Cwm Arian"). */
export const INSTITUTION = new RegExp(
  `(?:${CAP}\\s+){1,4}(?:${EN_KIND.join('|')})(?![\\p{L}])|(?:HMP(?:\\s*(?:&|and|\\/)\\s*YOI)?|HMYOI)\\s+${CAP}(?:\\s+${CAP})?|(?<![\\p{L}])(?:${CY_KIND.join('|')})\\s+(?:(?:y|yr)\\s+)?${CAP}(?:\\s+(?:(?:y|yr)\\s+)?${CAP}){0,2}`,
  'gu',
);
/** Words a capitalised run may start with that are not part of the name. */
const LEADING = /^(?:(?:In|At|On|The|From|Near|Outside|Inside|Behind|By|A|An|Y|Yr|Yng|Ym|Mewn|Ger|Tu|Both|Two|Three|All|Every|Each|Our|Local|Many|Most|Some|Several|Other|Secondary|Primary|Special|Welsh|Pupils|Students|Staff|Police|Partners|This|These|That|Gwent|Mae|Roedd)\s+)+/u;
/** Generic plurals and phrases that look like names but are not one place. */
const GENERIC = /^(?:(?:Secondary|Primary|Special|Independent|Welsh[- ]medium|Faith|Local|All|Partner|State|Community)\s+(?:Schools?|Academ(?:y|ies)|Colleges?)|High Street|Main Street|Young Offender Institutions?|Secure (?:Training Centres|Children['’]s Homes)|Children['’]s Homes|Further Education College|Sixth Form College|Police Station|Youth Club|Youth Centre|Leisure Centre|Bus Station|Railway Station|Ysgol(?:ion)?|Coleg)$/iu;

/** Words one of the patterns above must contain: checked first, because most text names no place. */
const KIND_WORD = /School|Academy|College|Unit|PRU|Home|Prison|YOI|Centre|Hostel|Club|Park|Station|Ground|Fields|Estate|Street|Road|Avenue|Lane|Close|Drive|Crescent|Terrace|Square|Precinct|Subway|Underpass|HMP|Ysgol|archar|artref|oleg|Uned|Heol|Stryd|Ffordd|Lôn|[Pp]arc|[Mm]harc|Barc|Stad|Ystad|anolfan|[Gg]orsaf|Orsaf|Sgwâr|Clwb/;
const found = new Map<string, Array<{ start: number; end: number; name: string }>>();

const NONE: Array<{ start: number; end: number; name: string }> = [];

/**
 * The named places in `text`. Several detectors ask about the same paragraph
 * or sentence, so the answer is kept, a "none" too: looking up a string
 * already seen is cheaper than running even the quick kind-word test again.
 */
export function institutions(text: string): Array<{ start: number; end: number; name: string }> {
  const hit = found.get(text);
  if (hit) return hit;
  if (found.size > 2000) found.clear();
  const list = KIND_WORD.test(text) ? findInstitutions(text) : NONE;
  found.set(text, list);
  return list;
}

function findInstitutions(text: string): Array<{ start: number; end: number; name: string }> {
  const found: Array<{ start: number; end: number; name: string }> = [];
  INSTITUTION.lastIndex = 0;
  for (let m = INSTITUTION.exec(text); m; m = INSTITUTION.exec(text)) {
    const lead = LEADING.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(lead);
    if (!name || GENERIC.test(name) || !/\s/.test(name)) continue;
    found.push({ start: m.index + lead, end: m.index + m[0].length, name });
  }
  return found;
}

const KINDS = new Set(['prose', 'heading', 'cell', 'alt', 'attribute', 'comment', 'html', 'frontmatter']);
/** The last word of every kind of place above, lower case: a segment without one names no place. */
export const PLACE_WORDS = gate(
  'school academy college unit pru home prison yoi centre hostel club park station ground fields estate street road avenue lane close drive crescent terrace square precinct subway underpass hmp hmyoi ysgol uned heol stryd ffordd lôn stad ystad sgwâr clwb'
    .split(' ')
    .concat(['carchar', 'cartref', 'coleg', 'parc', 'canolfan', 'gorsaf'].flatMap(mutateWord)),
);
const STREET = /(?:Street|Road|Avenue|Lane|Close|Drive|Crescent|Terrace|Square)$|^(?:Heol|Stryd|Ffordd|Lôn)\b/u;
const VICTIM = /(?<![\p{L}])(?:victims?|dioddefwyr?|dioddefwraig|ddioddefwyr?)(?![\p{L}])/iu;

export const place = detector(meta, ({ segments, emit }) => {
  for (const segment of segments) {
    if (!KINDS.has(segment.kind) || !opens(segment, PLACE_WORDS)) continue;
    for (const found of institutions(segment.text)) {
      // "9 Heol y Bedw" is an address, and the address detector has it.
      if (STREET.test(found.name) && /\d{1,3}[A-Za-z]?,?\s+$/.test(segment.text.slice(Math.max(0, found.start - 8), found.start))) continue;
      const sentence = sentenceAt(segment, found.start);
      const table = segment.table ? ` ${segment.table.headers.join(' ')} ${segment.table.row.join(' ')}` : '';
      const rest = (sentence.text.slice(0, found.start - sentence.start) + ' ' + sentence.text.slice(found.end - sentence.start) + table).trim();
      const before = sentence.text.slice(0, found.start - sentence.start);
      if (occurs(INCIDENT, before) || occurs(INCIDENT, sentence.text.slice(found.end - sentence.start) + table) || VICTIM.test(rest)) emit(segment, found.start, found.end, WHAT.incident);
      else if (ONE_YOUNG_PERSON.test(rest)) emit(segment, found.start, found.end, WHAT.person, 'warning');
    }
  }
});
