/**
 * People: a name joined, in the same sentence, to an age, a school, a home,
 * a health condition or an incident ("Kyle, 17, was referred"; "Ffion (15)";
 * "Mrs Patel on Cranmer Street"). That is how case studies in drafts
 * identify children. A full name with none of these is left to the
 * named-staff rule (named-staff.ts), and public office holders listed in
 * site.yaml (officeHolders) are never findings.
 */
import type { Localised, RuleMeta } from '../engine/types.ts';
import { detector, type Settings } from './detector.ts';
import { fold, lookupName, nameSpellings, SURNAME } from './names.ts';
import { sentenceAt } from './sentences.ts';
import { gate, opensCapitalised } from './gates.ts';
import type { Segment } from './text.ts';
import { AGE, CONDITION, HOME, INCIDENT, occurs, SCHOOL } from './words.ts';
import { institutions } from './place.ts';
import { phrase } from './phrases.ts';

export const meta: RuleMeta = {
  id: 'redaction/person',
  severity: 'error',
  paragraph: '41b, 173',
};

type Context = 'age' | 'school' | 'home' | 'condition' | 'incident';
const WHAT: Record<Context | 'name' | 'role', { what: Localised }> = {
  age: { what: phrase('person.age') },
  school: { what: phrase('person.school') },
  home: { what: phrase('person.home') },
  condition: { what: phrase('person.condition') },
  incident: { what: phrase('person.incident') },
  name: { what: phrase('person.name') },
  role: { what: phrase('person.role') },
};

const KINDS = new Set(['prose', 'heading', 'cell', 'alt', 'attribute', 'frontmatter', 'comment', 'html', 'expression']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master']);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** Words before a name that make it part of a place or organisation. */
const BEFORE = new Set(['st', 'saint', 'san', 'sant', 'santes', 'ysgol', 'coleg', 'canolfan', 'ysbyty', 'parc', 'heol', 'stryd', 'hmp', 'hmyoi', 'operation', 'ymgyrch', 'prince', 'princess', 'king', 'queen', 'lady', 'port', 'fort', 'mount', 'lake', 'cape', 'glan', 'pont', 'llan', 'capel', 'neuadd', 'tŷ', 'ty', 'plas', 'eglwys', 'cwm', 'bro', 'sir', 'dame']);
/** Words after a name that make it a place or organisation ("Jack Petchey Foundation", "Owen Street"). */
const AFTER = /^(?:school|academy|college|centre|center|trust|foundation|house|court|hospital|street|road|avenue|lane|park|hall|ward|unit|way|close|drive|award|awards|fund|project|programme|prize|lecture|institute|society|partnership|primary|high|memorial|estate|place|square|gardens|bridge|library|stadium|arena|field|fields|terrace|crescent|rise|grove|row|walk|building|clinic|surgery|practice|medical|community|youth|sports|leisure|associates|limited|ltd|llp|plc|report|review|act|bill|principles|model|method|scale|test|syndrome|disease|rule|lecture|theatre|museum|gallery|league|cup|stadium|prison)$/i;
/** Anonymised labels are what we want authors to write: "Child A", "Person B", "Plentyn C". */
const ANONYMISED = /^(?:child|young person|person|pupil|victim|offender|adult|mother|father|parent|plentyn|person ifanc|disgybl|dioddefwr|oedolyn|mam|tad|rhiant|mr|mrs|ms|miss)\s+[A-Z](?:\d)?$/i;
const ROLE_AFTER = /^\s*(?:,|\(|-|–|—|\s)\s*(?:the\s+|our\s+|y\s+|yr\s+)?(?:headteacher|head teacher|head|chair|chairs|chief|director|manager|lead|leads|officer|co-?ordinator|commissioner|inspector|superintendent|councillor|cllr|ceo|deputy|principal|governor|minister|mp|ms|mp|mayor|leader|pennaeth|cadeirydd|cyfarwyddwr|rheolwr|arweinydd|swyddog|cydlynydd|comisiynydd|prif|dirprwy|cynghorydd|llywodraethwr|gweinidog|maer)\b/i;
const PSEUDONYM = /not (?:his|her|their) real name|names? (?:has been |have been )?changed|pseudonym|nid ei (?:h)?enw iawn|enw(?:au)? wedi['’][iu] (?:newid|addasu)|ffugenw/i;
/** Capitalised words that precede "(15)" or ", 15," without being names. */
const NOT_A_NAME = /^(?:total|year|years|age|aged|table|figure|chart|page|section|appendix|question|paragraph|schedule|step|stage|level|phase|group|ward|area|schools|pupils|children|boys|girls|males|females|men|women|victims|offenders|cases|incidents|offences|tabl|ffigur|adran|atodiad|cam|lefel|blwyddyn|oed|cyfanswm|grŵp|ardal|ysgolion|plant|bechgyn|merched|dynion|menywod|dioddefwyr|troseddwyr|achosion|digwyddiadau|troseddau|in|by|from|since|between|under|over|yn|ers|rhwng|dan|dros|january|february|march|april|may|june|july|august|september|october|november|december|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)$/i;

/** Sentence-opening words, English and Welsh, that are never part of a name. */
const FUNCTION_WORD = /^(?:the|a|an|this|that|when|while|after|before|then|and|but|so|if|our|his|her|their|we|he|she|they|it|mae|roedd|bu|cafodd|pan|ar|ond|a|ac|y|yr|dyma|wedyn|felly|ei|eu|ein|nid|ni)$/i;

interface Word {
  text: string;
  start: number;
  end: number;
}

const holderCache = new WeakMap<object, Set<string>[]>();
const NO_SITE = {};

function officeHolderTokens(settings: Settings): Set<string>[] {
  const key = settings.site ?? NO_SITE;
  let tokens = holderCache.get(key);
  if (!tokens) holderCache.set(key, (tokens = (settings.site?.officeHolders ?? []).map((holder) => new Set(holder.name.split(/[\s]+/).map((w) => fold(w.replace(/\.$/, '')))))));
  return tokens;
}

/** A table's headers say what its cells are: "Name | Age | School". */
function tableContexts(headers: string[], role: boolean): Context[] {
  const text = headers.join(' | ');
  const found: Context[] = [];
  if (!role && /\b(?:age|aged|DOB|date of birth|oed|oedran|dyddiad geni)\b/iu.test(text)) found.push('age');
  if (/\b(?:offence|incident|crime|outcome|trosedd|digwyddiad|canlyniad)\b/iu.test(text)) found.push('incident');
  if (/\b(?:condition|diagnosis|needs|cyflwr|diagnosis|anghenion)\b/iu.test(text)) found.push('condition');
  if (/\b(?:address|home|street|postcode|cyfeiriad|cartref|stryd|cod post)\b/iu.test(text)) found.push('home');
  if (!role && /\b(?:school|academy|college|year group|ysgol|coleg|blwyddyn)\b/iu.test(text)) found.push('school');
  return found;
}

function contexts(sentence: string, role: boolean): Context[] {
  const found: Context[] = [];
  AGE.lastIndex = 0;
  if (!role && AGE.test(sentence)) found.push('age');
  const lowerFirst = (re: RegExp) => occurs(re, sentence);
  if (lowerFirst(INCIDENT)) found.push('incident');
  if (lowerFirst(CONDITION)) found.push('condition');
  if (lowerFirst(HOME) || /\b(?:on|in|ar|yn)\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:Street|Road|Avenue|Lane|Close|Drive|Crescent|Terrace)\b|\b(?:ar|yn)\s+(?:Heol|Stryd|Ffordd|Lôn)\s+\p{Lu}/u.test(sentence)) found.push('home');
  if (!role && lowerFirst(SCHOOL)) found.push('school');
  return found;
}

export const person = detector(meta, ({ segments, settings, lang, emit }) => {
  // A name on its own, or with a job, is the named-staff rule's (a question, not a risk).
  for (const segment of segments) for (const f of namesIn(segment, settings, lang === 'cy')) if (f.what !== 'name' && f.what !== 'role') emit(segment, f.from, f.to, WHAT[f.what], f.severity);
});

/** A name the scan reports: where it is, and what it appears with. */
export interface NameFinding {
  from: number;
  to: number;
  what: keyof typeof WHAT;
  severity: 'error' | 'warning';
}

const cachedNames = new WeakMap<Segment, NameFinding[]>();

/**
 * The names in a segment that are findings, worked out once per segment:
 * this detector reports them, and the jigsaw detector leaves a sentence
 * that names someone to it (a name is the stronger finding).
 */
export function namesIn(segment: Segment, settings: Settings, welsh: boolean): NameFinding[] {
  let list = cachedNames.get(segment);
  if (list) return list;
  list = [];
  cachedNames.set(segment, list);
  if (!KINDS.has(segment.kind) || !/\p{Lu}/u.test(segment.text)) return list;
  const out = list;
  const push: Push = (from, to, what, severity) => out.push({ from, to, what, severity });
  if (/[,(]\s*\d/.test(segment.text)) unknownNames(segment, push);
  if (!hasCandidate(segment, welsh)) return list;
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(segment.text); m; m = WORD.exec(segment.text)) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const places = institutions(segment.text);
  scanWords(segment, words.filter((w) => !places.some((p) => w.start >= p.start && w.end <= p.end)), officeHolderTokens(settings), welsh, push);
  return list;
}

const NAMES_GATE = gate([...TITLES, ...nameSpellings(false)]);
const WELSH_NAMES_GATE = gate(nameSpellings(true));

/** A quick pass: is there any capitalised title or name-like word at all? (scanWords starts only at a capital.) */
function hasCandidate(segment: Segment, welsh: boolean): boolean {
  return opensCapitalised(segment, NAMES_GATE) || (welsh && opensCapitalised(segment, WELSH_NAMES_GATE));
}

type Push = (from: number, to: number, what: keyof typeof WHAT, severity: 'error' | 'warning') => void;

const capital = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);

function scanWords(segment: Segment, words: Word[], holders: Set<string>[], welsh: boolean, emit: Push): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!capital(word)) continue;
    const previous = words[i - 1];
    const adjacentPrevious = previous && /^[\s]+$/.test(segment.text.slice(previous.end, word.start)) ? previous : undefined;
    let end = i;
    let titled = false;
    let hit = undefined as ReturnType<typeof lookupName>;
    const bare = fold(word.text.replace(/\.$/, ''));
    if (TITLES.has(bare) && capital(words[i + 1])) {
      titled = true;
      end = i + 1;
    } else {
      hit = lookupName(word.text, adjacentPrevious?.text ?? '', welsh);
      if (!hit || (!hit.given && !hit.mutated)) continue;
    }
    // Extend over a surname: "Ffion Jones", "Mrs Patel-Hughes".
    while (end + 1 < words.length && end - i < 2 && capital(words[end + 1]) && /^[ \t]+$/.test(segment.text.slice(words[end]!.end, words[end + 1]!.start))) {
      const next = words[end + 1]!;
      if (AFTER.test(next.text) || TITLES.has(fold(next.text))) break;
      end++;
    }
    const spanWords = words.slice(i, end + 1);
    const from = word.start;
    const to = words[end]!.end;
    const after = words[end + 1];
    const spanText = segment.text.slice(from, to);
    i = end;
    if (adjacentPrevious && BEFORE.has(fold(adjacentPrevious.text.replace(/\.$/, '')))) continue;
    if (after && capital(after) && AFTER.test(after.text) && /^[ \t]+$/.test(segment.text.slice(to, after.start))) continue;
    if (ANONYMISED.test(spanText) || (titled && spanWords.length === 2 && /^[A-Z]$/.test(spanWords[1]!.text))) continue;
    const tokens = spanWords.map((w) => fold(w.text.replace(/\.$/, ''))).filter((t) => !TITLES.has(t) && t !== 'dr');
    if (hit?.mutated) tokens[0] = hit.base;
    if (holders.some((holder) => tokens.every((t) => holder.has(t)))) continue;
    const sentence = sentenceAt(segment, from);
    const role = ROLE_AFTER.test(segment.text.slice(to, to + 40));
    const table = segment.table ? `${segment.table.row.join(' | ')}` : '';
    const found = [...contexts(`${sentence.text} ${table}`, role), ...(segment.table ? tableContexts(segment.table.headers, role) : [])];
    const pseudonym = PSEUDONYM.test(segment.text);
    if (found.length > 0) {
      emit(from, to, found[0]!, pseudonym ? 'warning' : 'error');
      continue;
    }
    const full = titled || (spanWords.length >= 2 && spanWords.slice(1).some((w) => SURNAME.has(fold(w.text))));
    if (role && (full || hit)) emit(from, to, 'role', 'warning');
    else if (full && !pseudonym) emit(from, to, 'name', 'warning');
  }
}

// "Tyler, 16, was…" and "Tyler (16)" identify someone whether or not the name is in the lexicon.
const AGE_AFTER_NAME = /(?<![\p{L}\d'’-])(\p{Lu}[\p{Ll}'’-]+)(?:\s(\p{Lu}[\p{Ll}'’-]+))?(?:,\s*(?:now\s+|bellach\s+)?(\d{1,2})(?:\s+oed)?,\s*(?=\p{Ll})|\s\((\d{1,2})(?:\s*oed)?\))/gu;

function unknownNames(segment: Segment, emit: Push): void {
  if (segment.kind === 'cell') return;
  AGE_AFTER_NAME.lastIndex = 0;
  for (let m = AGE_AFTER_NAME.exec(segment.text); m; m = AGE_AFTER_NAME.exec(segment.text)) {
    const age = Number(m[3] ?? m[4]);
    // "Mae Ffion (15)": a sentence's first word is not part of the name after it.
    const firstIsWord = m[2] !== undefined && (FUNCTION_WORD.test(m[1]!) || NOT_A_NAME.test(m[1]!));
    const start = firstIsWord ? m.index + m[1]!.length + 1 : m.index;
    const name = firstIsWord ? m[2]! : m[2] ? `${m[1]} ${m[2]}` : m[1]!;
    if (age < 1 || age > 25 || NOT_A_NAME.test(name.split(' ')[0]!) || NOT_A_NAME.test(name.split(' ').at(-1)!)) continue;
    const sentence = sentenceAt(segment, m.index);
    // A list of counts by place ("Marchford (12), Cwm Arian (9)") is not a person.
    if ((sentence.text.match(/\(\d+/g) ?? []).length > 1 || (sentence.text.match(/,\s*\d+,/g) ?? []).length > 1) continue;
    if (m[4] !== undefined && contexts(sentence.text, false).length === 0 && !/\b(?:was|is|has|had|told|said|says|lives|who|and|oedd|mae|wedi|sydd|a)\b/.test(sentence.text)) continue;
    emit(start, start + name.length, 'age', PSEUDONYM.test(segment.text) ? 'warning' : 'error');
  }
}
