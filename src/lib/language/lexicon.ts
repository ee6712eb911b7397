/**
 * Words that blame the person harmed. The safeguarding procedure (section 2,
 * Principles) asks every professional to avoid "victim-blaming language",
 * and the guidance reminds partnerships that those causing violence may be
 * victims themselves (paras 218, 220). Each entry says why the words harm
 * and what to write instead, in the document's own language.
 *
 * Welsh entries allow for initial mutations of their first word (plentyn ->
 * blentyn, mhlentyn, phlentyn): see `mutated` below.
 */
import type { Lang, Localised } from '../engine/types.ts';

export interface LexiconEntry {
  /** The phrase, as a regular expression source (case-insensitive, matched on word boundaries). */
  pattern: string;
  /** What to write instead, in the document's language. */
  instead: string;
  /** Why these words blame, in both languages (shown in the reader's language). */
  why: Localised;
}

const CHILD_CONSENT: Localised = {
  en: 'a child cannot consent to their own abuse or exploitation',
  cy: 'ni all plentyn gydsynio i’w gam-drin neu i gamfanteisio arno ef ei hun',
};
const RESPONSIBILITY: Localised = {
  en: 'it puts the responsibility for harm on the person harmed, not on those who harm or exploit them',
  cy: 'mae’n rhoi’r cyfrifoldeb am y niwed ar y person a niweidiwyd, nid ar y rhai sy’n ei niweidio neu’n camfanteisio arno',
};
const CHOICE: Localised = {
  en: 'it suggests a free choice where there is grooming, coercion or exploitation',
  cy: 'mae’n awgrymu dewis rhydd lle mae meithrin perthynas amhriodol, gorfodaeth neu gamfanteisio',
};
const SERVICES: Localised = {
  en: 'it blames people for not using services that have not yet found a way to reach them',
  cy: 'mae’n beio pobl am beidio â defnyddio gwasanaethau sydd heb ddod o hyd i ffordd o’u cyrraedd eto',
};
const MINIMISES: Localised = {
  en: 'it makes abuse sound like a disagreement between equals, or hides who caused the harm',
  cy: 'mae’n gwneud i gam-drin swnio fel anghytundeb rhwng pobl gyfartal, neu’n cuddio pwy achosodd y niwed',
};
const HONOUR: Localised = {
  en: 'there is no honour in abuse; the words repeat the abuser’s own excuse',
  cy: 'does dim anrhydedd mewn cam-drin; mae’r geiriau’n ailadrodd esgus y camdriniwr ei hun',
};

/** Who a label gets pinned on. */
const PEOPLE = 'groups?|famil(?:y|ies)|communit(?:y|ies)|young people|people|children|parents|individuals|cohorts?|residents';
const POBL = 'grwpiau|grŵp|teuluoedd|teulu|cymunedau|cymuned|pobl ifanc|pobl|plant|rhieni|unigolion|trigolion';

const ENGLISH: LexiconEntry[] = [
  { pattern: '(?:child|teenage|young|underage) prostitutes?', instead: 'child who has been sexually exploited', why: CHILD_CONSENT },
  { pattern: 'child prostitution', instead: 'child sexual exploitation', why: CHILD_CONSENT },
  { pattern: 'child sex workers?', instead: 'child who has been sexually exploited', why: CHILD_CONSENT },
  { pattern: 'underage sex', instead: 'sexual abuse of a child', why: CHILD_CONSENT },
  { pattern: 'promiscu(?:ous|ity)', instead: 'being sexually exploited or abused', why: RESPONSIBILITY },
  { pattern: '(?:put|puts|putting|place|places|placing|placed) (?:themselves|himself|herself|themself) (?:at risk|in danger)', instead: 'at risk of harm from others (say who or what puts them at risk)', why: RESPONSIBILITY },
  { pattern: 'lifestyle choices?', instead: 'being groomed or exploited (say what is happening to them)', why: CHOICE },
  { pattern: '(?:chose|chosen|choose|chooses|choosing) (?:this|that|a|the|their|his|her) lifestyle', instead: 'being groomed or exploited (say what is happening to them)', why: CHOICE },
  { pattern: 'self[- ]exploit(?:ing|ation)', instead: 'being exploited by others', why: CHOICE },
  { pattern: 'drug (?:runners?|mules?)', instead: 'child who is criminally exploited through county lines', why: RESPONSIBILITY },
  { pattern: 'streetwise', instead: 'vulnerable to exploitation', why: RESPONSIBILITY },
  { pattern: '(?:failed|fails|failing|refused|refuses|refusing) to engage', instead: 'services have not yet found a way to reach them', why: SERVICES },
  { pattern: 'non-engag(?:ing|ement)', instead: 'services have not yet found a way to reach them', why: SERVICES },
  // The label on people, not "people services find hard to reach", which puts the onus on services.
  {
    pattern: `hard[- ]to[- ]reach(?= (?:${PEOPLE}))|(?:are|is|were|was|being|seen as|considered) hard[- ]to[- ]reach`,
    instead: 'seldom heard, or not yet reached by services',
    why: SERVICES,
  },
  { pattern: 'domestic (?:disputes?|incidents?)', instead: 'domestic abuse', why: MINIMISES },
  { pattern: 'revenge porn(?:ography)?', instead: 'intimate image abuse', why: MINIMISES },
  { pattern: '(?<!so-called )(?<![‘\'"“])honou?r[- ](?:killings?|based (?:violence|abuse))', instead: 'so-called ‘honour’-based abuse', why: HONOUR },
];

/**
 * A Welsh word's possible initial mutations (soft, nasal, aspirate, and h
 * before a vowel), as a regular-expression alternation.
 */
export function mutated(word: string): string {
  const lower = word.toLowerCase();
  const forms = new Set([lower]);
  const rules: Array<[string, string[]]> = [
    ['p', ['b', 'mh', 'ph']],
    ['t', ['d', 'nh', 'th']],
    ['c', ['g', 'ngh', 'ch']],
    ['b', ['f', 'm']],
    ['d', ['dd', 'n']],
    ['g', ['', 'ng']],
    ['m', ['f']],
    ['ll', ['l']],
    ['rh', ['r']],
  ];
  for (const [from, tos] of rules) {
    if (lower.startsWith(from) && !(from === 'd' && lower.startsWith('dd')) && !(from === 'c' && lower.startsWith('ch')) && !(from === 'p' && lower.startsWith('ph')) && !(from === 't' && lower.startsWith('th'))) {
      for (const to of tos) forms.add(to + lower.slice(from.length));
      break;
    }
  }
  if (/^[aeiouwy]/.test(lower)) forms.add(`h${lower}`);
  return `(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})`;
}

const WELSH: LexiconEntry[] = [
  { pattern: `${mutated('puteiniaid')} (?:ifanc|plant)`, instead: 'plant sydd wedi dioddef camfanteisio rhywiol', why: CHILD_CONSENT },
  { pattern: `${mutated('putain')} (?:blentyn|ifanc)`, instead: 'plentyn sydd wedi dioddef camfanteisio rhywiol', why: CHILD_CONSENT },
  { pattern: `${mutated('plentyn')} sy’?'?n (?:butain|puteinio)`, instead: 'plentyn sydd wedi dioddef camfanteisio rhywiol', why: CHILD_CONSENT },
  { pattern: `${mutated('puteindra')} plant`, instead: 'camfanteisio’n rhywiol ar blant', why: CHILD_CONSENT },
  { pattern: `${mutated('rhyw')} (?:o )?dan oed`, instead: 'cam-drin plentyn yn rhywiol', why: CHILD_CONSENT },
  { pattern: `${mutated('rhoi')} (?:ei|eu) (?:hun|hunan|hunain) mewn (?:perygl|risg)`, instead: 'mewn perygl o niwed gan eraill (dywedwch pwy neu beth sy’n eu rhoi mewn perygl)', why: RESPONSIBILITY },
  { pattern: `${mutated('dewis')} (?:o ran )?ffordd o fyw`, instead: 'yn cael eu meithrin yn amhriodol neu eu camfanteisio (dywedwch beth sy’n digwydd iddyn nhw)', why: CHOICE },
  { pattern: `ffordd o fyw (?:a ddewiswyd|maen nhw wedi’?'?i dewis|y mae wedi’?'?i dewis)`, instead: 'yn cael eu meithrin yn amhriodol neu eu camfanteisio (dywedwch beth sy’n digwydd iddyn nhw)', why: CHOICE },
  { pattern: `${mutated('rhedwyr')} cyffuriau|${mutated('rhedwr')} cyffuriau|${mutated('mulod')} cyffuriau|${mutated('mul')} cyffuriau`, instead: 'plentyn sy’n dioddef camfanteisio troseddol drwy linellau cyffuriau', why: RESPONSIBILITY },
  { pattern: `(?:${mutated('gwrthod')}|${mutated('methu')}) (?:ag )?ymgysylltu`, instead: 'nid yw’r gwasanaethau wedi dod o hyd i ffordd o’u cyrraedd eto', why: SERVICES },
  { pattern: `(?:${POBL})(?: sy[’']?n| yn)? ${mutated('anodd')} eu cyrraedd`, instead: 'na chlywir eu llais yn aml, neu nad yw’r gwasanaethau wedi’u cyrraedd eto', why: SERVICES },
  { pattern: `${mutated('anghydfod')} domestig`, instead: 'cam-drin domestig', why: MINIMISES },
  { pattern: `${mutated('pornograffi')} dial`, instead: 'cam-drin delweddau personol', why: MINIMISES },
  { pattern: `(?:${mutated('lladd')} er|${mutated('trais')} ar sail|${mutated('cam-drin')} ar sail) anrhydedd(?![’'])`, instead: 'cam-drin ar sail ‘anrhydedd’ fel y’i gelwir', why: HONOUR },
];

export const LEXICON: Record<Lang, LexiconEntry[]> = { en: ENGLISH, cy: WELSH };

export interface LexiconMatch {
  entry: LexiconEntry;
  start: number;
  end: number;
  phrase: string;
}

const compiled = new Map<LexiconEntry, RegExp>();
function regexOf(entry: LexiconEntry): RegExp {
  let regex = compiled.get(entry);
  if (!regex) {
    // \p{L} boundaries: \b does not know that "ŵ" or "â" are letters. The boundary before is
    // checked by hand (startsWord): a leading look-behind makes V8 try the whole pattern at every
    // character instead of jumping to the phrase's first letters, which was most of this rule's time.
    regex = new RegExp(`(?:${entry.pattern.replace(/ /g, ' +')})(?![\\p{L}\\p{N}])`, 'giu');
    compiled.set(entry, regex);
  }
  return regex;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** No letter or digit just before `index` (one UTF-16 unit, or a surrogate pair as the look-behind read it). */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = index >= 2 && /[\uDC00-\uDFFF]/.test(text[index - 1]!) && /[\uD800-\uDBFF]/.test(text[index - 2]!) ? text.slice(index - 2, index) : text[index - 1]!;
  return !WORD_CHAR.test(before);
}

/** Matches of `regex` in `text` that start a word: the leftmost one at each place, as `(?<![\p{L}\p{N}])` would find. */
function* wordMatches(text: string, regex: RegExp): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (startsWord(text, match.index)) {
      yield match;
      // An empty match cannot happen (every phrase has letters), so lastIndex has moved on.
    } else regex.lastIndex = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1);
  }
}

/** Every lexicon phrase in `text`, in order, for a document in `lang`. */
export function findBlaming(text: string, lang: Lang): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  // Line breaks inside a paragraph are spaces to a reader.
  const flat = text.replace(/\s/g, ' ');
  for (const entry of LEXICON[lang]) {
    for (const match of wordMatches(flat, regexOf(entry))) {
      matches.push({ entry, start: match.index, end: match.index + match[0].length, phrase: text.slice(match.index, match.index + match[0].length).replace(/\s+/g, ' ') });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
