/**
 * Shared vocabulary, English and Welsh, as regular-expression sources.
 * Welsh words are listed with their mutated forms (soft, nasal, aspirate and
 * h-prothesis) where they occur after the usual triggers, because "dwy
 * ferch", "tri phlentyn" and "yng Ngharchar" must match as surely as "two
 * girls", "three children" and "in prison".
 */

/** Turn a list of alternatives into a non-capturing group, longest first. */
export function alt(words: readonly string[]): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).join('|')})`;
}

export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
export const MONTHS_CY = ['Ionawr', 'Chwefror', 'Mawrth', 'Fawrth', 'Ebrill', 'Mai', 'Fai', 'Mehefin', 'Fehefin', 'Gorffennaf', 'Orffennaf', 'Awst', 'Medi', 'Fedi', 'Hydref', 'Tachwedd', 'Dachwedd', 'Rhagfyr', 'Ragfyr'];
export const MONTH = alt([...MONTHS_EN, ...MONTHS_CY]);
/** Full month names only: "Mar" and "Mai" are also ordinary words. */
export const MONTH_FULL = alt([...MONTHS_EN.filter((m) => m.length > 4 || m === 'May' || m === 'June' || m === 'July'), ...MONTHS_CY.filter((m) => !['Mai', 'Fai', 'Medi', 'Fedi'].includes(m))]);

export const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// "dydd Llun", "nos Wener" (soft mutation after nos).
export const DAYS_CY = ['Llun', 'Lun', 'Mawrth', 'Fawrth', 'Mercher', 'Fercher', 'Iau', 'Gwener', 'Wener', 'Sadwrn', 'Sul'];
export const DAY = `(?:${alt(DAYS_EN)}s?|(?:dydd|nos|bob nos|ar nos)\\s+${alt(DAYS_CY)})`;

/** Number words to their values, for counts written out. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  un: 1, dau: 2, dwy: 2, ddau: 2, ddwy: 2, tri: 3, tair: 3, dri: 3, dair: 3, pedwar: 4, pedair: 4, bedwar: 4, bedair: 4, pump: 5, pum: 5, bump: 5, bum: 5, chwech: 6, chwe: 6, saith: 7, wyth: 8, naw: 9, deg: 10, ddeg: 10,
  'un ar ddeg': 11, deuddeg: 12, ddeuddeg: 12, 'tri ar ddeg': 13, 'tair ar ddeg': 13, 'pedwar ar ddeg': 14, 'pedair ar ddeg': 14, pymtheg: 15, bymtheg: 15, 'un ar bymtheg': 16, 'dau ar bymtheg': 17, 'dwy ar bymtheg': 17, deunaw: 18, ddeunaw: 18, 'pedwar ar bymtheg': 19, 'pedair ar bymtheg': 19, ugain: 20,
};
export const NUMBER_WORD = alt(Object.keys(NUMBER_WORDS).map((w) => w.replace(/ /g, '\\s+')));

export function numberValue(text: string): number | undefined {
  const clean = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(clean)) return Number(clean);
  return NUMBER_WORDS[clean];
}

/** People and events that a count can be of. */
export const COUNTED_EN = [
  'people', 'persons', 'person', 'individuals', 'individual', 'children', 'child', 'young people', 'young person', 'youths', 'youth', 'teenagers', 'teenager', 'adolescents',
  'girls', 'girl', 'boys', 'boy', 'men', 'man', 'women', 'woman', 'males', 'male', 'females', 'female', 'pupils', 'pupil', 'students', 'student', 'learners', 'learner',
  'victims', 'victim', 'offenders', 'offender', 'suspects', 'suspect', 'perpetrators', 'patients', 'patient', 'residents', 'families', 'family', 'adults', 'adult', 'babies', 'baby', 'infants',
  'care leavers', 'prisoners', 'prisoner', 'inmates', 'detainees', 'deaths', 'death', 'homicides', 'homicide', 'murders', 'murder', 'stabbings', 'stabbing', 'shootings', 'shooting',
  'assaults', 'assault', 'robberies', 'robbery', 'incidents', 'incident', 'offences', 'offence', 'cases', 'case', 'admissions', 'admission', 'referrals', 'referral', 'attendances',
  'arrests', 'arrest', 'exclusions', 'exclusion', 'rapes', 'rape', 'injuries', 'injury', 'attacks', 'attack', 'fights', 'deaths', 'overdoses', 'knife crimes', 'crimes', 'crime',
  'reports', 'report', 'disclosures', 'disclosure',
];
export const COUNTED_CY = [
  'pobl', 'bobl', 'phobl', 'person', 'berson', 'pherson', 'unigolion', 'unigolyn', 'plant', 'blant', 'phlant', 'plentyn', 'blentyn', 'phlentyn', 'pobl ifanc', 'bobl ifanc', 'person ifanc', 'berson ifanc',
  'merched', 'ferched', 'merch', 'ferch', 'bechgyn', 'fechgyn', 'bachgen', 'fachgen', 'dynion', 'ddynion', 'dyn', 'ddyn', 'menywod', 'fenywod', 'menyw', 'fenyw', 'gwragedd', 'wragedd',
  'disgyblion', 'ddisgyblion', 'disgybl', 'ddisgybl', 'myfyrwyr', 'fyfyrwyr', 'myfyriwr', 'fyfyriwr', 'dioddefwyr', 'ddioddefwyr', 'dioddefwr', 'ddioddefwr', 'troseddwyr', 'droseddwyr', 'throseddwyr', 'troseddwr', 'droseddwr', 'throseddwr',
  'cleifion', 'gleifion', 'chleifion', 'claf', 'glaf', 'chlaf', 'teuluoedd', 'deuluoedd', 'theuluoedd', 'teulu', 'deulu', 'theulu', 'oedolion', 'carcharorion', 'garcharorion', 'charcharorion', 'carcharor', 'garcharor', 'charcharor',
  'marwolaethau', 'farwolaethau', 'marwolaeth', 'farwolaeth', 'llofruddiaethau', 'lofruddiaethau', 'llofruddiaeth', 'lofruddiaeth', 'trywaniadau', 'drywaniadau', 'thrywaniadau', 'trywaniad', 'drywaniad', 'thrywaniad',
  'ymosodiadau', 'ymosodiad', 'lladradau', 'ladradau', 'lladrad', 'ladrad', 'digwyddiadau', 'ddigwyddiadau', 'digwyddiad', 'ddigwyddiad', 'troseddau', 'droseddau', 'throseddau', 'trosedd', 'drosedd', 'throsedd',
  'achosion', 'achos', 'adroddiadau', 'adroddiad', 'derbyniadau', 'dderbyniadau', 'derbyniad', 'dderbyniad', 'atgyfeiriadau', 'atgyfeiriad', 'arestiadau', 'gwaharddiadau', 'waharddiadau', 'anafiadau', 'anaf', 'treisio', 'gorddosau',
];
export const COUNTED = alt([...COUNTED_EN, ...COUNTED_CY].map((w) => w.replace(/ /g, '\\s+')));
/** Sex is itself a breakdown: "two girls" says more than "two people". */
export const GENDERED = /^(?:girls?|boys?|men|man|women|woman|males?|females?|merched|ferched|merch|ferch|bechgyn|fechgyn|bachgen|fachgen|dynion|ddynion|dyn|ddyn|menywod|fenywod|menyw|fenyw|gwragedd|wragedd)\b/i;

/** Things that happen to or are done by a person (incidents), past and present. */
export const INCIDENT_EN = [
  'stabbed', 'stabbing', 'knifed', 'assaulted', 'attacked', 'beaten', 'beaten up', 'punched', 'kicked', 'injured', 'wounded', 'killed', 'murdered', 'shot', 'died', 'robbed', 'mugged', 'raped',
  'sexually assaulted', 'sexually harassed', 'harassed', 'abused', 'exploited', 'groomed', 'trafficked', 'threatened', 'arrested', 'charged with', 'convicted', 'sentenced', 'cautioned', 'remanded', 'excluded from', 'was excluded', 'permanently excluded', 'expelled', 'was suspended',
  'was referred', 'were referred', 'been referred', 'referred by', 'went missing', 'reported missing', 'missing from', 'found with', 'carrying a knife', 'carried a knife', 'brought a knife', 'with a knife', 'victim', 'incident', 'attack',
  'assault', 'a fight', 'in a fight', 'robbery', 'shooting', 'overdosed', 'overdose', 'hospitalised', 'admitted to hospital', 'taken to hospital', 'dealing drugs', 'arrest', 'offence', 'offended', 'reoffended',
];
export const INCIDENT_CY = [
  'trywanwyd', 'trywanu', 'drywanu', 'thrywanu', 'trywaniad', 'ymosodwyd', 'ymosod', 'ymosodiad', 'anafwyd', 'anafu', 'wedi ei anafu', "wedi'i anafu", "wedi'i hanafu", 'lladdwyd', 'llofruddiwyd', 'bu farw', 'saethwyd',
  'lladrata', 'lladrad', 'ladrad', 'aflonyddu', 'haflonyddu', 'gael ei ladd', 'gael ei lladd', 'ei ladd', 'cham-drin', 'chamfanteisio', 'chamdrin', 'treisiwyd', 'cam-drin', 'gam-drin', 'camdriniwyd', 'camfanteisio', 'gamfanteisio', 'camfanteisiwyd', 'arestiwyd', 'arestio', 'cyhuddwyd', 'euogfarnwyd', 'dedfrydwyd',
  'gwaharddwyd', 'gwahardd', 'wahardd', 'atgyfeiriwyd', 'cyfeiriwyd', 'aeth ar goll', 'ar goll', 'cario cyllell', 'gario cyllell', 'gyda chyllell', 'â chyllell', 'dioddefwr', 'dioddefwraig', 'ddioddefwr',
  'digwyddiad treisgar', 'ddigwyddiad treisgar', 'digwyddiad difrifol', 'ddigwyddiad difrifol', 'ymladdfa', 'gorddos', 'yn yr ysbyty', "i'r ysbyty", 'delio cyffuriau',
];
export const INCIDENT = new RegExp(`(?<![\\p{L}-])${alt([...INCIDENT_EN, ...INCIDENT_CY].map((w) => w.replace(/ /g, '\\s+')))}(?![\\p{L}])`, 'iu');

export const CONDITION = new RegExp(
  `(?<![\\p{L}])${alt([
    'ADHD', 'autism', 'autistic', "Asperger's", 'Asperger', 'learning disability', 'learning disabilities', 'mental health', 'depression', 'depressed', 'anxiety', 'self-harm', 'self-harms', 'self-harming', 'suicidal', 'psychosis',
    'schizophrenia', 'bipolar', 'PTSD', 'pregnant', 'pregnancy', 'disabled', 'diabetes', 'epilepsy', 'cancer', 'HIV', 'substance misuse', 'drug use', 'drug misuse', 'addiction', 'addicted', 'alcoholic', 'eating disorder',
    'special educational needs', 'in care', 'left care', 'leaving care', 'looked after', 'care leaver', 'child protection plan', 'diagnosed', 'diagnosis', 'on medication',
    'awtistiaeth', 'awtistig', 'anabledd dysgu', 'anableddau dysgu', 'iechyd meddwl', 'iselder', 'gorbryder', 'hunan-niweidio', 'hunan-niwed', 'hunanladdol', 'seicosis', 'beichiog', 'anabl', 'anabledd',
    'camddefnyddio sylweddau', 'camddefnyddio cyffuriau', 'caethiwed', 'anhwylder bwyta', 'anghenion dysgu ychwanegol', 'mewn gofal', 'derbyn gofal', 'gadael gofal', 'cynllun amddiffyn plant', 'diagnosis o',
  ].map((w) => w.replace(/ /g, '\\s+')))}(?![\\p{L}])`,
  'iu',
);

export const HOME = new RegExp(
  `(?<![\\p{L}])${alt([
    'lives', 'lived', 'living', 'home', 'house', 'flat', 'address', 'foster carer', 'foster placement', 'fostered', "children's home", 'care home', 'hostel', 'homeless', 'sofa-surfing', 'stays with', "mum's", "dad's", "nan's",
    "grandmother's", 'bedsit', 'next door', 'neighbour', 'yn byw', 'byw gyda', 'byw yn', 'cartref', 'gartref', 'nghartref', 'tŷ', 'dŷ', 'thŷ', 'fflat', 'cyfeiriad', 'gofal maeth', 'rhieni maeth', 'digartref', 'cymydog',
  ].map((w) => w.replace(/ /g, '\\s+').replace(/'/g, "['’]")))}(?![\\p{L}])`,
  'iu',
);

export const SCHOOL = new RegExp(
  `(?<![\\p{L}])${alt([
    'school', 'academy', 'college', 'pupil', 'year \\d{1,2}', 'PRU', 'pupil referral unit', 'form tutor',
    'ysgol', 'coleg', 'goleg', 'ngholeg', 'disgybl', 'ddisgybl', 'blwyddyn \\d{1,2}', 'mlwyddyn \\d{1,2}', 'uned cyfeirio disgyblion', 'UCD', 'dosbarth', 'ddosbarth',
  ].map((w) => w.replace(/ /g, '\\s+')))}(?![\\p{L}])`,
  'iu',
);

/** One young person, not a group: "a 15-year-old", "a pupil", "merch 14 oed". */
export const ONE_YOUNG_PERSON = new RegExp(
  `(?<![\\p{L}])(?:(?:a|an|one|the)\\s+(?:\\d{1,2}-year-old|(?:year\\s+\\d{1,2}\\s+)?(?:pupil|student|schoolboy|schoolgirl|boy|girl|teenager|child|young person|learner))|(?:un|y|yr)?\\s*(?:disgybl|ddisgybl|bachgen|fachgen|merch|ferch|plentyn|blentyn|person ifanc|berson ifanc|myfyriwr|fyfyriwr)(?:\\s+\\d{1,2}\\s+oed)?)(?![\\p{L}])`,
  'iu',
);

/**
 * Whether `pattern` occurs in `text` as an ordinary word: in lower case, or
 * capitalised only because it starts the sentence. "Victim Support" and
 * "Youth Offending Team" are names, not incidents.
 */
const globals = new WeakMap<RegExp, RegExp>();

export function occurs(pattern: RegExp, text: string): boolean {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (!/^\p{Lu}/u.test(m[0]) || text.slice(0, m.index).trim() === '') return true;
    if (m[0].length === 0) global.lastIndex++;
  }
  return false;
}

/**
 * Words for public buildings, English and Welsh. A postcode or street
 * address after one of these ("Holiday Inn, 299 Leicester Road") is most
 * likely a venue, not a home: still reported, but as a warning.
 */
export const VENUE = /\b(?:Hotel|Inn|Headquarters|HQ|Centre|Center|Hall|Library|Station|Council|Civic|Offices?|House|Theatre|Stadium|Arena|Church|Chapel|Mosque|Temple|Gurdwara|College|University|School|Academy|Hospital|Court|Museum|Archives?|Gwesty|Pencadlys|Canolfan|Ganolfan|Neuadd|Llyfrgell|Gorsaf|Cyngor|Swyddfa|Swyddfeydd|Theatr|Eglwys|Capel|Mosg|Coleg|Prifysgol|Ysgol|Ysbyty|Llys|Amgueddfa|Archifau)\b/u;

/** A single age: "aged 15", "15-year-old", "(15)", "15 oed". Ranges are handled by the caller. */
export const AGE_WORD = alt(['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'ten', 'nine', 'eight', 'seven', 'six', 'five', 'four', 'three', 'two']);
export const AGE = new RegExp(
  [
    `(?<![\\p{L}])aged\\s+(\\d{1,2}|${AGE_WORD})(?![\\d])(?!\\s*(?:to|-|–|and|or|\\+|plus|and over|and under)\\s*\\d)`,
    `(?<![\\p{L}\\d-])(\\d{1,2}|${AGE_WORD})[-\\s]years?[-\\s]old(?!s|-olds)`,
    `(?<=[\\p{L}.)*_]\\s?),\\s*(?:now\\s+|bellach\\s+)?(\\d{1,2})(?:\\s+oed)?,(?=\\s*[\\p{Ll}*_])`,
    `(?<=[\\p{L}*_]\\s?)\\((\\d{1,2})(?:\\s*oed)?\\)`,
    `(?<![\\p{L}\\d]\\s(?:a|i|dan|dros)\\s)(?<![\\d]\\s?[-–]\\s?)(?<!rhwng\\s\\d{1,2}\\s)(?<![\\d])(\\d{1,2}|${alt(['un ar ddeg', 'deuddeg', 'ddeuddeg', 'tair ar ddeg', 'tri ar ddeg', 'pedair ar ddeg', 'pedwar ar ddeg', 'pymtheg', 'bymtheg', 'un ar bymtheg', 'dwy ar bymtheg', 'dau ar bymtheg', 'deunaw', 'ddeunaw'].map((w) => w.replace(/ /g, '\\s+')))})\\s+(?:mlwydd\\s+)?oed(?![\\p{L}])(?!\\s+(?:a\\s+hŷn|ac\\s+iau|neu\\s+hŷn|neu\\s+iau))`,
  ].join('|'),
  'giu',
);

/** The number in an AGE match. */
export function ageOf(match: RegExpExecArray): number | undefined {
  const raw = match.slice(1).find((group) => group !== undefined);
  if (!raw) return undefined;
  return numberValue(raw) ?? (NUMBER_WORDS[raw.toLowerCase().replace(/\s+/g, ' ')] as number | undefined);
}
