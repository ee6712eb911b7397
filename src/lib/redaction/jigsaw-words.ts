/**
 * The quasi-identifiers a motivated intruder puts together (ICO,
 * "Anonymisation, pseudonymisation and privacy enhancing technologies
 * guidance", chapter 2, "How do we ensure anonymisation is effective?": the
 * motivated intruder test), as English and Welsh patterns: an exact age or
 * school year, a small place, a specific time and a distinctive event. Welsh
 * words are listed with their mutations ("ei drywanu", "yng nghlwb
 * ieuenctid", "ym Mlwyddyn 10", "fis Mawrth").
 */
import { alt } from './words.ts';

const re = (words: string[]) => alt(words.map((w) => w.replace(/ /g, '\\s+').replace(/'/g, "['’]")));

/** Things done to or by one person that locals remember and local news reports. */
const EVENTS_EN = [
  'stabbed', 'knifed', 'sexually assaulted', 'assaulted', 'attacked', 'robbed', 'mugged', 'raped', 'punched', 'kicked', 'beaten up', 'beaten', 'shot', 'killed', 'murdered',
  'seriously injured', 'injured', 'wounded', 'threatened', 'arrested', 'excluded', 'expelled', 'went missing', 'reported missing', 'was missing', 'groomed', 'exploited', 'trafficked',
  'found carrying', 'carrying a knife', 'carrying a blade', 'at knifepoint', 'charged with', 'cautioned for',
];
const EVENTS_CY = [
  'trywanu', 'drywanu', 'thrywanu', 'trywanwyd', 'ymosodwyd', 'ymosod ar', 'ymosodwyd arno', 'ymosodwyd arni', 'ei guro', 'ei churo', 'curwyd', 'ei daro', 'ei tharo', 'ei ddyrnu', 'ei dyrnu', 'dyrnu',
  'chicio', 'ei gicio', 'ei ladrata', 'ei lladrata', 'lladratawyd', 'ei threisio', 'treisiwyd', 'ei arestio', 'ei harestio', 'arestiwyd', "wedi'i arestio", "wedi'i harestio", 'ei wahardd', 'ei gwahardd',
  "wedi'i wahardd", "wedi'i gwahardd", 'gwaharddwyd', 'ar goll', 'ei fygwth', 'ei bygwth', 'ei anafu', 'ei hanafu', "wedi'i anafu", "wedi'i hanafu", 'anafwyd', 'ei ladd', 'ei lladd', 'lladdwyd',
  'saethwyd', 'ei saethu', 'ei chamfanteisio', 'ei gamfanteisio', 'cario cyllell', 'gario cyllell', 'â chyllell', 'yn cario llafn', 'â llafn', 'llafn yn ei feddiant', 'llafn yn ei meddiant',
];
export const EVENT = new RegExp(`(?<![\\p{L}])${re([...EVENTS_EN, ...EVENTS_CY])}(?![\\p{L}])`, 'iu');
/** First words of the events: the word gate that most sentences never open. */
export const EVENT_WORDS = [...EVENTS_EN, ...EVENTS_CY].map((w) => w.split(' ').at(-1)!.replace(/'/g, '’').toLowerCase()).flatMap((w) => [w, w.replace(/’/g, "'")]);

/** One person, not a group: a singular noun with an article, or an age. */
const ONE_EN = ['boy', 'girl', 'man', 'woman', 'teenager', 'pupil', 'student', 'schoolboy', 'schoolgirl', 'child', 'young person', 'person', 'victim', 'male', 'female', 'care leaver', 'apprentice', 'mother', 'father', 'learner', 'lad', 'teen', 'resident'];
export const ONE_PERSON_EN = new RegExp(`(?<![\\p{L}])(?:a|an|the|this)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}?${re(ONE_EN)}(?![\\p{L}])`, 'iu');
const ONE_CY = ['bachgen', 'fachgen', 'merch', 'ferch', 'disgybl', 'ddisgybl', 'person ifanc', 'berson ifanc', 'person', 'berson', 'myfyriwr', 'fyfyriwr', 'dyn', 'ddyn', 'menyw', 'fenyw', 'gwryw', 'benyw', 'plentyn', 'blentyn', 'dioddefwr', 'ddioddefwr', 'gadawr gofal', 'llanc'];
/** Welsh counts take a singular noun ("tair merch"): after a number it is a count ("one girl" too), and the small-number rule's. */
const CY_NUMBER = /(?:^|\s)(?:un|dau|dwy|tri|tair|pedwar|pedair|pum|pump|chwe|chwech|saith|wyth|naw|deg|one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:[\p{L}'’-]+\s+)?$/iu;
const ONE_PERSON_CY = new RegExp(`(?<![\\p{L}])${re(ONE_CY)}(?![\\p{L}])`, 'giu');
const QUANTIFIER = /(?:^|\s)(?:every|all|each|any|most|many|some|no|pob|holl|unrhyw|rhai|llawer)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Whether a sentence is about one person. */
export function onePerson(sentence: string, ageAt: number[]): boolean {
  if (ONE_PERSON_EN.test(sentence)) return true;
  ONE_PERSON_CY.lastIndex = 0;
  for (let m = ONE_PERSON_CY.exec(sentence); m; m = ONE_PERSON_CY.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    if (!CY_NUMBER.test(before) && !QUANTIFIER.test(before)) return true;
  }
  return ageAt.some((at) => !QUANTIFIER.test(sentence.slice(Math.max(0, at - 20), at)) && !CY_NUMBER.test(sentence.slice(Math.max(0, at - 20), at)));
}

/** School years, which are ages: "Year 9", "ym Mlwyddyn 10", "a boy of 12". */
export const SCHOOL_YEAR = /(?<![\p{L}])(?:[Yy]ear|Yr|[BbFfMm]lwyddyn)\s+(?:[1-9]|1[0-3])(?![\d])|(?<![\p{L}])(?:boy|girl|child|man|woman|teenager|bachgen|fachgen|merch|ferch)\s+of\s+\d{1,2}(?![\d])|(?<![\p{L}])in\s+(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)|yn\s+ei\s+(?:harddegau|h?ugeiniau|d?tridegau|bedwardegau|phedwardegau|hanner\s+cant)/u;

/** Small places: where a handful of people live, learn or meet. Singular only: "parks" is everywhere. */
const PLACES_EN = [
  'estate', 'school', 'academy', 'college', 'pupil referral unit', 'PRU', 'playground', 'classroom', 'canteen', 'school gates', 'care home', "children's home", 'foster placement', 'hostel', 'flat',
  'youth club', 'youth centre', 'community centre', 'leisure centre', 'skate park', 'park', 'playing field', 'bus stop', 'bus shelter', 'bus station', 'railway station', 'train station', 'station', 'underpass',
  'subway', 'car park', 'canal path', 'footpath', 'alleyway', 'chip shop', 'takeaway', 'off-licence', 'the shops', 'shopping precinct', 'house party', 'village', 'village school', 'ward', 'cul-de-sac',
];
const STREET_EN = "(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?:Street|Road|Lane|Avenue|Close|Drive|Crescent|Terrace|Way|Grove|Square|Walk|Row|Hill|Parade)(?![\\p{L}])";
const PLACES_CY = [
  'stad', 'ystad', 'ysgol', 'iard ysgol', 'ffreutur', 'uned cyfeirio disgyblion', 'cartref gofal', 'gartref gofal', 'nghartref gofal', 'cartref plant', 'gartref plant', 'nghartref plant', 'hostel', 'fflat',
  'clwb ieuenctid', 'glwb ieuenctid', 'nghlwb ieuenctid', 'canolfan ieuenctid', 'ganolfan ieuenctid', 'nghanolfan ieuenctid', 'canolfan hamdden', 'ganolfan hamdden', 'nghanolfan hamdden',
  'canolfan gymunedol', 'ganolfan gymunedol', 'parc sglefrio', 'barc sglefrio', 'mharc sglefrio', 'parc', 'barc', 'mharc', 'safle bws', 'arhosfan bws', 'gorsaf', 'orsaf', 'ngorsaf', 'tanffordd', 'danffordd',
  'maes parcio', 'faes parcio', 'llwybr y gamlas', 'lwybr y gamlas', 'siop sglodion', 'siopau', 'parti tŷ', 'pentref', 'bentref', 'mhentref', 'ysgol bentref', 'ward',
];
const STREET_CY = "(?:Heol|Stryd|Lôn|Ffordd|Clos|Rhodfa|Cilgant)\\s+(?:(?:y|yr)\\s+)?\\p{Lu}[\\p{L}'’-]+";
const PLACE_WORD = new RegExp(`(?<![\\p{L}])${re([...PLACES_EN, ...PLACES_CY])}(?![\\p{L}])`, 'iu');
// Case matters for street names ("Church Lane", not "his way"): a separate pattern without the i flag.
const STREET = new RegExp(`${STREET_EN}|${STREET_CY}`, 'u');
export const smallPlace = (sentence: string) => PLACE_WORD.test(sentence) || STREET.test(sentence);

const MONTHS_EN = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_CY = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
/** Bare Welsh month names that are not also a day, a season or a name. */
const MONTHS_CY_BARE = ['Ionawr', 'Chwefror', 'Ebrill', 'Mehefin', 'Gorffennaf', 'Awst', 'Tachwedd', 'Rhagfyr'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAYS_CY = ['Llun', 'Mawrth', 'Fawrth', 'Mercher', 'Fercher', 'Iau', 'Gwener', 'Wener', 'Sadwrn', 'Sul'];
const NAMED_DAYS = [
  "New Year's Eve", "New Year's Day", 'Christmas Eve', 'Christmas Day', 'Boxing Day', 'Halloween', 'Bonfire Night', 'Easter Sunday', 'Easter Monday', "Valentine's Day", 'bank holiday',
  'Nos Galan', 'Dydd Calan', 'Noswyl Nadolig', 'Dydd Nadolig', 'Gŵyl San Steffan', 'Ŵyl San Steffan', 'Calan Gaeaf', 'Noson Tân Gwyllt', 'Sul y Pasg', 'Llun y Pasg', 'Gŵyl y Banc',
];
const PERIODS = [
  'last summer', 'last winter', 'last spring', 'last autumn', 'last term', 'last week', 'last weekend', 'last night', 'yesterday', 'half term', 'the first day of term', 'the last day of term', 'early hours',
  'the night of', 'the spring term', 'the summer term', 'the autumn term', 'the summer holidays', 'the Easter holidays', 'the Christmas holidays',
  'yr haf diwethaf', 'y gaeaf diwethaf', 'y gwanwyn diwethaf', "yr hydref diwethaf", 'y tymor diwethaf', 'yr wythnos diwethaf', 'y penwythnos diwethaf', 'neithiwr', 'ddoe', 'hanner tymor',
  'diwrnod cyntaf y tymor', 'ddiwrnod cyntaf y tymor', 'oriau mân', 'gwyliau’r haf', "gwyliau'r haf", 'gwyliau’r Pasg', "gwyliau'r Pasg", 'dros yr haf',
];
const SPECIFIC_TIME = new RegExp(
  [
    `(?<![\\p{L}])(?:${re(MONTHS_EN)}|May(?=\\s+\\d)|(?<=(?:in|last|of|early|late|mid-?|since|during)\\s)May)(?![\\p{L}])`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${re([...MONTHS_EN, 'May'])}|${re(MONTHS_CY)})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:mis|fis)\\s+${re(MONTHS_CY)}(?![\\p{L}])`,
    `(?<![\\p{L}])${re(MONTHS_CY_BARE)}(?![\\p{L}])`,
    `(?<![\\p{L}])${re(DAYS_EN)}(?!s)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:dydd|ddydd|nos|noson|bore|fore|prynhawn|brynhawn)\\s+${re(DAYS_CY)}(?![\\p{L}])`,
  ].join('|'),
  'u',
);
const PERIOD = new RegExp(`(?<![\\p{L}])${re([...NAMED_DAYS, ...PERIODS])}(?![\\p{L}])`, 'iu');
export const specificTime = (sentence: string) => SPECIFIC_TIME.test(sentence) || PERIOD.test(sentence);
