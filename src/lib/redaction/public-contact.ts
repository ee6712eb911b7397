/**
 * Public contact details are not personal data. A council's switchboard, a
 * government department's consultation line, a police headquarters, a
 * helpline, the street address of a town hall given as a meeting venue: all
 * are published by the bodies themselves, and blocking them teaches authors
 * to ignore the scan. What still counts is a person's own number or address:
 * a mobile, a direct line, a name beside it, "his", "her", "lives at".
 *
 * The tests read the words just before the number or address (the same
 * sentence or line; see address.ts `before`).
 */
import { fold, GIVEN } from './names.ts';

/** A named public building: "Marchford Town Hall", "Pentre Community Centre", "Neuadd y Dref", "Canolfan Ddinesig". */
const BUILDING = new RegExp(
  [
    "\\p{Lu}[\\p{L}'’-]*\\s+(?:Town Hall|City Hall|County Hall|Guildhall|Civic Centre|Civic Offices|Council Offices|Community Centre|Community Hall|Leisure Centre|Library|Hall|Centre|Offices|Headquarters|HQ|Police Station|Fire Station|Theatre|Church|Chapel|Mosque|Gurdwara|Temple|Hotel|Stadium|Arena|Museum|Business Park|College|University|Hospital)(?![\\p{L}])",
    "(?:Town Hall|Civic Centre|Civic Offices|County Hall|Guildhall)(?![\\p{L}])",
    "(?<![\\p{L}])(?:Neuadd|Canolfan|Ganolfan|Llyfrgell|Swyddfeydd|Pencadlys|Eglwys|Capel|Theatr|Gwesty|Amgueddfa|Prifysgol|Coleg|Ysbyty|Siambr|Gorsaf Heddlu)\\s+(?:(?:y|yr)\\s+)?\\p{Lu}",
  ].join('|'),
  'u',
);

/** A public body by name: the partnership, the specified authorities, government, the NHS, charities' services. */
const BODY = /(?<![\p{L}])(?:Council|Cyngor|Police|Heddlu|Fire and Rescue|Tân ac Achub|Home Office|Swyddfa Gartref|Ministry of|Weinyddiaeth|Department (?:for|of)|Government|Llywodraeth|NHS|GIG|Health Board|Bwrdd Iechyd|Youth Justice Service|Youth Offending|Cyfiawnder Ieuenctid|Probation Service|Gwasanaeth Prawf|Commissioner|Comisiynydd|Partnership|Partneriaeth|Violence Prevention Unit|Violence Reduction Unit|Uned Atal Trais|Victim Support|Cymorth i Ddioddefwyr)(?![\p{L}])/u;

/** Words that name a public line, not a person's: a service, or a role rather than a name ("Contact: Committee Officer, tel ..."). */
const LINE = /(?<![\p{L}])(?:switchboard|switsfwrdd|main (?:number|line)|headquarters|pencadlys|consultation line|[lh]?l?inell (?:ymgynghori|gymorth|gyngor|wybodaeth)|helpline|help line|supportline|advice line|information line|textphone|minicom|non-emergenc\w*|enquiries|ymholiadau|committee (?:officer|services|clerk|section)|democratic services|member services|town clerk|clerk to the council|customer services|contact centre|gwasanaethau democrataidd|gwasanaethau cwsmeriaid|canolfan gyswllt|clerc y cyngor|clerc y dref|out[- ]of[- ]hours|emergency (?:line|number|service)|y tu allan i oriau|tu allan i oriau)(?![\p{L}])/iu;

/** Words that make a number or address someone's own. */
const PERSONAL = /(?<![\p{L}])(?:mobile|mob|direct(?: line| dial)?|personal|private|home (?:number|phone|address)|his|her|their own|lives|lived|staying|ffôn symudol|symudol|uniongyrchol|personol|preifat|ei ffôn|ei rhif|ei rif|yn byw|aros yn)(?![\p{L}])/iu;

/** A line label on its own ("Telephone 01632 960 410", "Ffôn:", "The number to call"): the sentence before says whose it is. */
export const LABEL_ONLY = /^\s*(?:Telephone|Tel\.?|Phone|T|Ffôn|Ff|(?:The|Y) (?:number|rhif)(?: to call| is| i'w ffonio| yw)?|Call|Ring|Ffoniwch)\s*:?\s*$/u;

export function personal(context: string): boolean {
  return PERSONAL.test(context);
}

/**
 * Whether the words before an address or postcode say it is a public
 * building's or a public body's. `block` is the contact block above, if the
 * address is one of its lines ("Home Office / 2 Marsham Street / London SW1P
 * 4DF"): it can say whose the address is, and only the address's own line
 * can make it someone's own ("Direct Communications Unit" is a unit's name).
 */
export function publicPlace(context: string, block = ''): boolean {
  return !PERSONAL.test(context) && (BUILDING.test(context) || BODY.test(context) || BUILDING.test(block) || BODY.test(block));
}

/**
 * Whether the words before a phone number say it is a public line. Ofcom
 * keeps 03 numbers for public bodies and not-for-profits, and freephone 080
 * numbers are organisations'; a mobile is public only as a named helpline.
 */
export function publicLine(context: string, national: string, block = ''): boolean {
  if (PERSONAL.test(context)) return false;
  if (/^07/.test(national)) return LINE.test(context);
  if (/^(?:03|080|116)/.test(national)) return true;
  return LINE.test(context) || BODY.test(context) || BUILDING.test(context) || BODY.test(block) || BUILDING.test(block);
}

/**
 * The contact block above `index`, when it stands on a line of its own under
 * other short lines (an address laid out line by line, as contact pages and
 * letterheads do): up to six lines, each under 80 characters, stopping at a
 * line of prose. Empty when the index is mid-sentence, and when the block
 * names a person or says the address is someone's own: "Marchford Council /
 * Jayden Smith / 14 Cranmer Street" is Jayden's home, not the council's.
 */
export function contactBlock(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (lineStart === 0 || index - lineStart > 40) return '';
  let from = lineStart;
  for (let lines = 0; lines < 6 && from > 0; lines++) {
    const previous = text.lastIndexOf('\n', from - 2) + 1;
    const line = text.slice(previous, from - 1);
    if (line.length > 80 || /[.!?]\s+\p{Lu}/u.test(line)) break;
    from = previous;
  }
  const block = text.slice(from, lineStart);
  return BLOCK_PERSONAL.test(block) || givenNameIn(block) ? '' : block;
}

/** PERSONAL without a bare "direct": in a block, "Direct Communications Unit" is a name. */
const BLOCK_PERSONAL = new RegExp(PERSONAL.source.replace('direct(?: line| dial)?', 'direct (?:line|dial)'), 'iu');

/** A person's given name in `text` ("Text Gareth on ..."): then the number or address beside it is theirs. */
export function givenNameIn(text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)) if (GIVEN.has(fold(m[0]))) return true;
  return false;
}
