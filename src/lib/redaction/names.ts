/**
 * The name lexicon: given names used in England and Wales (English, Welsh,
 * South Asian, Polish, Arabic, African and other communities), common
 * surnames, and the mutated forms Welsh gives a name after certain words
 * ("i Fethan", "gyda Chatrin", "fy Nafydd", "ei Haled"). No model is
 * downloaded: a list plus context rules is predictable and fast, and an
 * author can see why a word was taken for a name.
 *
 * Left out on purpose: names that are everyday capitalised words in these
 * documents (May, June, April, Will, Mark, Amber in a red/amber/green table,
 * Frank as in the FRANK drug service, Hope, Faith, Dawn, Summer).
 */

const GIVEN_EN = `
aaron abbie abby abdul abigail adam adrian aidan aiden alan albert alex alexander alexandra alfie ali alice alicia alison amanda amelia amy andrea andrew angela anna anne annie anthony archie arthur ashley austin ava
barry becky ben benjamin beth bethany billy blake bobby bradley brandon brian callum calum cameron carl carla carol caroline carter catherine charles charlie charlotte chelsea chloe chris christine christopher claire clare connor conor craig
daisy damian daniel danielle darren david dean debbie declan deborah demi denise dennis derek diane dominic donna dylan
eddie edward eleanor elizabeth ella ellie elliot elliott ellis eloise emily emma eric erin ethan eva evan evie
finley finn freddie freya gary gavin george georgia gemma gordon grace graham hannah harley harriet harrison harry harvey hayden hayley heather helen henry holly ian imogen isaac isabel isabella isabelle isla
jack jackson jacob jade jake james jamie jane janet jason jasmine jay jayden jaden jenna jennifer jenny jessica jodie joe joel john jonathan jordan joseph josh joshua jude julia julie justin
karen kate katherine kathryn katie kayden kayleigh keira keith kelly kerry kevin kian kieran kim kirsty kyle
lacey laura lauren layla leah lee leo leon lewis liam lily lisa logan lola louis louise lucas lucy luke lydia
maddison madison maisie mason maria marie martin mary matthew maya megan melissa mia michael michelle millie mohammed molly nathan neil nicholas nicola niamh noah oliver olivia oscar owen
paige patrick paul paula peter phoebe poppy rachel rebecca reece rhys richard riley robert robyn ronnie rory ross ruby ryan
sam samantha samuel sandra sarah scarlett scott sean shane shannon sharon sian sophia sophie stacey stephen steven stuart susan taylor teresa theo thomas tia tilly toby tom tommy tony tracey tyler
vanessa victoria vincent wayne william willow zac zach zachary zara zoe
aisha amir amira arjun ayesha bilal fatima hamza hassan imran jamal kamal khadija layla leila maryam mohammad muhammad nadia omar priya rahul raj ravi reza sana sara tariq usman yasmin yusuf zain zainab
agnieszka aleksandra jakub kacper katarzyna krzysztof marta mateusz oliwia piotr tomasz wiktoria zuzanna adebayo chidi chloe kofi kwame amara ayo tayo emeka ngozi abdi hodan ifrah ahmed mohamed
`;

const GIVEN_CY = `
aled alun alwyn aneirin aneurin angharad anwen arwel arwyn awen bedwyr berwyn bethan bleddyn branwen bronwen bryn brynmor cadi cai caradog carwyn carys catrin ceinwen ceri cerys ceridwen cian cynan cynfor
dafydd deian deiniol delyth dewi dilwyn dilys dyfan dyfed dyfrig efa eifion eilir eiry eirlys eirwen elen eleri elfed elin elinor elis emrys emyr endaf enlli eryl esyllt ffion ffraid gaenor gareth garmon geraint gethin glenys glesni glyn gruffudd gruffydd gwenan gwenda gwenllian gwennan gwilym gwion gwyn gwyneth
hafwen harri heddwyn heledd heulwen huw hywel idris idwal iestyn ieuan ifan ifor ioan iolo iona iwan llew llewelyn llinos lloyd llyr llŷr lowri luned mabli macsen madlen mair mali manon mared mari meinir meirion meleri mererid meurig morgan morus myfanwy
nerys nest nia non olwen osian owain owen peredur prys rhiannon rhian rhodri rhydian rhydderch rhys sara seren sian siân sioned siôn sion siwan steffan sulwen talfryn tecwyn tegan tegwen teleri tomos trefor tristan trystan tudur tomi wyn wynne ynyr
`;

const SURNAMES = `
jones williams davies evans thomas roberts hughes lewis morgan griffiths edwards owen price rees jenkins james phillips powell parry lloyd morris pritchard pugh prosser bowen howells howell vaughan watkins
smith brown taylor wilson johnson wright walker robinson thompson white hall green wood harris martin jackson clarke clark turner hill cooper ward king baker harrison moore allen young mitchell lee anderson
bell carter collins cook bailey kelly murphy ryan campbell stewart scott reid kennedy fraser patel khan shah ali ahmed hussain begum akhtar iqbal singh kaur sharma gupta mahmood rahman chowdhury islam
kowalski nowak wisniewski okafor adeyemi mensah osei nguyen chen wang kaur gill sandhu dhillon
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Strip Welsh and other accents for lookup: "Siân" and "Sian" are the same name. */
export function fold(word: string): string {
  // Most words are plain ASCII: skip the Unicode work for them.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'");
}

export const GIVEN = new Set([...words(GIVEN_EN), ...words(GIVEN_CY)].map(fold));
export const SURNAME = new Set(words(SURNAMES).map(fold));

/** Any given name or surname (for email local parts: jane.smith@). */
export function isKnownName(word: string): boolean {
  const folded = fold(word);
  return GIVEN.has(folded) || SURNAME.has(folded);
}

type Mutation = 'soft' | 'nasal' | 'aspirate' | 'h';

// Initial consonant changes, longest first so "ll" and "rh" win over "l" and "r".
const RULES: Record<Mutation, Array<[string, string]>> = {
  soft: [['ll', 'l'], ['rh', 'r'], ['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['m', 'f']],
  nasal: [['p', 'mh'], ['t', 'nh'], ['c', 'ngh'], ['b', 'm'], ['d', 'n'], ['g', 'ng'], ['g', 'gh']],
  aspirate: [['p', 'ph'], ['t', 'th'], ['c', 'ch'], ['g', 'gh']],
  h: [['a', 'ha'], ['e', 'he'], ['i', 'hi'], ['o', 'ho'], ['u', 'hu'], ['w', 'hw'], ['y', 'hy']],
};

/** The words after which each mutation happens (the usual triggers before a name). */
const TRIGGERS: Record<Mutation, Set<string>> = {
  soft: new Set(['i', 'o', 'gan', 'am', 'ar', 'at', 'dan', 'heb', 'hyd', 'trwy', 'drwy', 'wrth', 'dros', 'ei', 'dy', 'neu', 'pan', 'mor', 'annwyl', 'na']),
  nasal: new Set(['fy', 'yn', 'ym', 'yng']),
  aspirate: new Set(['a', 'â', 'gyda', 'efo', 'tua', 'ei', 'na', 'chwaer', 'brawd']),
  h: new Set(['ei', 'ein', 'eu', "i'w", "a'i", "o'i", "'w", "'i"]),
};

/** Mutated form -> [base name, mutation]. Built once. */
const MUTATED = new Map<string, Array<{ base: string; mutation: Mutation }>>();
for (const base of GIVEN) {
  for (const mutation of Object.keys(RULES) as Mutation[]) {
    for (const [from, to] of RULES[mutation]) {
      if (!base.startsWith(from) || base.length < 3) continue;
      // "ll" and "rh" are letters in their own right: "l" and "r" rules must not split them.
      if ((from === 'l' && base.startsWith('ll')) || (from === 'r' && base.startsWith('rh'))) continue;
      const form = to + base.slice(from.length);
      if (form.length < 3 || GIVEN.has(form)) continue;
      const list = MUTATED.get(form) ?? [];
      list.push({ base, mutation });
      MUTATED.set(form, list);
      break;
    }
  }
}

export interface NameHit {
  base: string;
  given: boolean;
  surname: boolean;
  mutated: boolean;
}

/**
 * Is `word` a name? `previous` is the word before it (lower case), which
 * decides whether a mutated Welsh form counts: "i Fethan" is Bethan, a
 * "Fethan" out of nowhere is not.
 */
export function lookupName(word: string, previous: string, welsh: boolean): NameHit | undefined {
  const folded = fold(word).replace(/'s$/, '');
  const given = GIVEN.has(folded);
  const surname = SURNAME.has(folded);
  if (given || surname) return { base: folded, given, surname, mutated: false };
  if (!welsh) return undefined;
  const forms = MUTATED.get(folded);
  const before = fold(previous);
  const match = forms?.find((f) => TRIGGERS[f.mutation].has(before));
  return match ? { base: match.base, given: true, surname: false, mutated: true } : undefined;
}

/** Lower-case spellings of given names as they appear in text (with and without accents), or of their Welsh mutations. */
export function nameSpellings(mutated: boolean): string[] {
  return mutated ? [...MUTATED.keys()] : [...GIVEN, ...words(GIVEN_CY), ...words(GIVEN_EN)];
}

/** A Welsh word with its soft, nasal and aspirate mutations ("Canolfan": Ganolfan, Nghanolfan, Chanolfan). */
export function mutateWord(word: string): string[] {
  const out = new Set([word]);
  const lower = word.toLowerCase();
  const capital = word[0] !== lower[0];
  for (const mutation of ['soft', 'nasal', 'aspirate'] as const) {
    for (const [from, to] of RULES[mutation]) {
      if (!lower.startsWith(from) || (from === 'l' && lower.startsWith('ll')) || (from === 'r' && lower.startsWith('rh'))) continue;
      const form = to + lower.slice(from.length);
      if (form) out.add(capital ? form[0]!.toUpperCase() + form.slice(1) : form);
    }
  }
  return [...out];
}

/** Every spelling of a name a Welsh text may use (for office holders and tests). */
export function mutationsOf(name: string): string[] {
  const base = fold(name);
  const out = [base];
  for (const [form, list] of MUTATED) if (list.some((f) => f.base === base)) out.push(form);
  return out;
}
