/**
 * Operational detail by its shape rather than its code words: a future or
 * routine police action with a small place and a time window ("officers
 * will patrol the Penlan estate on Friday nights between 10pm and 2am"), or
 * "targeting" a group located somewhere ("target the dealers using the
 * underpass on Mill Road"). Either tells offenders where the police will be,
 * and when they will not (para 41b). General policy ("we target resources
 * at the places where violence is most common") and town-wide routine
 * ("officers patrol the town centre at weekends") are not findings: no small
 * place, or no time window.
 */
import { smallPlace } from './jigsaw-words.ts';
import { institutions } from './place.ts';
import { DAY } from './words.ts';

/** Who acts: the police and what they deploy. */
const ACTOR = /(?<![\p{L}])(?:officers|police|PCSOs|(?:response|neighbourhood|proactive|tactical|operational|local policing|knife crime|violence reduction|dedicated) team|patrols?|stop and search|knife arch(?:es)?|dispersal order|swyddogion|heddlu|(?:y |'r )?tîm (?:ymateb|cymdogaeth|plismona|rhagweithiol)|patrolau|batrolau|stopio a chwilio|bwa(?:âu)? cyllyll|bwa cyllyll)(?![\p{L}])/iu;
/** That it will happen, or happens routinely: not a report of the past. */
const FUTURE = /(?<![\p{L}])(?:will|shall|are to|is to|from next|starting|every|each|nightly|weekly|run(?:s)? (?:nightly|weekly|daily)|throughout|through|until|bydd|byddant|byddwn|o['’]r wythnos nesaf|bob|drwy gydol|tan|yn ystod)(?![\p{L}])/iu;
/** A window of time: hours, named nights, the school run, a stretch of the calendar. */
const WINDOW = new RegExp(
  [
    '\\b\\d{1,2}(?::|\\.)\\d{2}\\s*(?:am|pm|yb|yh)?',
    '\\b\\d{1,2}\\s*(?:am|pm|yb|yh)\\b',
    '\\b(?:midnight|hanner nos)\\b',
    `\\b${DAY}\\s*(?:nights?|evenings?|mornings?|afternoons?)?`,
    '\\b(?:weekdays?|weekend (?:nights|evenings)|school run|nightly|every night|each night|through(?:out)? (?:January|February|March|April|May|June|July|August|September|October|November|December)|over (?:Christmas|Easter|half[- ]term|the summer)|during the (?:school run|summer holidays|Easter holidays))\\b',
    "\\b(?:nosweithiau (?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul|penwythnos)|bob nos|bob diwrnod|taith yr ysgol|drwy gydol mis|dros y (?:Nadolig|Pasg)|gwyliau['’]r haf|hanner tymor|ddydd (?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul))\\b",
  ].join('|'),
  'iu',
);
/** Targeting a group of people, not resources or priorities. */
const TARGET_GROUP = /(?<![\p{L}])(?:target(?:s|ing)?|will target|[tdn]h?argedu)(?:['’]r|\s+(?:the|those|known|y|yr))?\s*(?:(?!with|support|engagement|work|help|outreach|services|gyda|cymorth|ymgysylltu|gwaith)[\p{L}-]+\s+){0,3}?(?:group|groups|gang|gangs|dealers?|young men|men|teenagers|youths|boys|young people|sellers|riders|grŵp|grwpiau|criw|delwyr|ddelwyr|dynion ifanc|ddynion ifanc|bobl ifanc|pobl ifanc|llanciau)(?![\p{L}])/iu;
/** Where the group is: "who gather near", "using the underpass", "outside the chip shop". */
const LOCATED = /(?<![\p{L}])(?:who (?:gather|meet|hang|congregate|deal|sell)|using|outside|near|at the|on the|sy['’]n (?:ymgasglu|cwrdd|defnyddio|gwerthu)|sydd yn|ger|y tu allan|ar)(?![\p{L}])/iu;

const place = (sentence: string) => smallPlace(sentence) || institutions(sentence).length > 0;

export type Shape = 'deployment' | 'targeting';

/** The shape of operational detail a sentence has, if any. */
export function operationalShape(sentence: string): Shape | undefined {
  if (!ACTOR.test(sentence) && !TARGET_GROUP.test(sentence)) return undefined;
  if (TARGET_GROUP.test(sentence) && LOCATED.test(sentence) && place(sentence)) return 'targeting';
  if (ACTOR.test(sentence) && FUTURE.test(sentence) && WINDOW.test(sentence) && place(sentence)) return 'deployment';
  return undefined;
}

/** Words one of which a segment must hold before the shapes are worth testing. */
export const SHAPE_WORDS = 'officers police pcsos team patrol patrols arch arches search dispersal target targets targeting targeted swyddogion heddlu tîm patrolau batrolau chwilio bwa bwâu targedu dargedu thargedu nhargedu'.split(' ');
