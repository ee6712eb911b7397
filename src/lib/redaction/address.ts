/**
 * Street addresses with a house number ("14 Cranmer Street", "Flat 3, 22
 * Heol y Frenhines"). A house number and street name is a home. Street names
 * without a number are the places detector's business.
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector, eachMatch, READABLE } from './detector.ts';
import { sentenceAt } from './sentences.ts';
import type { Segment } from './text.ts';
import { VENUE } from './words.ts';
import { contactBlock, personal, publicPlace } from './public-contact.ts';
import { phrase } from './phrases.ts';

export const meta: RuleMeta = {
  id: 'redaction/address',
  severity: 'error',
  paragraph: '41b, 146, 173',
};

const WHAT = {
  home: { what: phrase('address.home') },
  venue: { what: phrase('address.venue') },
};

/** The text of the sentence and line before `index`. */
export function before(segment: Segment, index: number): string {
  const start = Math.max(sentenceAt(segment, index).start, segment.text.lastIndexOf('\n', index - 1) + 1, index - 120);
  return segment.text.slice(start, index);
}

const CAP = "\\p{Lu}[\\p{L}'’-]+";
const EN_TYPES = '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Crescent|Way|Terrace|Place|Court|Gardens|Grove|Hill|Rise|Row|Square|View|Walk|Mews|Parade|Green|Vale|Villas|Cottages|Heights|Meadows|Wharf|Boulevard)';
const CY_TYPES = "(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Cilgant|Teras|Clos|Maes|Llys|Ael|Bryn|Cae|Pen|Tan|Stad|Ystad|Rhes|Sgwâr|Sgwar)";
const NUMBER = '(?:(?:Flat|Apartment|Apt|Unit|Fflat)\\s+\\d{1,3}[A-Za-z]?,?\\s+)?(?<![\\d,.£$%/:-])\\d{1,3}[A-Za-z]?(?:-\\d{1,3})?,?\\s+';
const ADDRESS = new RegExp(`${NUMBER}(?:(?:${CAP}\\s+){1,3}${EN_TYPES}(?![\\p{L}])|${CY_TYPES}\\s+(?:(?:y|yr)\\s+)?${CAP}(?:\\s+${CAP})?)|(?:Flat|Apartment|Fflat)\\s+\\d{1,3}[A-Za-z]?(?![\\d%])`, 'gu');
const COURTS = /(?:Crown|Magistrates['’]?|Youth|County|Family|Coroner['’]?s) Court$/;

export const address = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, READABLE, ADDRESS, (segment, match) => {
    const text = match[0].trimEnd().replace(/,$/, '');
    if (COURTS.test(text)) return;
    const context = before(segment, match.index);
    // A town hall or a council office given as a venue is published by its owner (public-contact.ts).
    if (publicPlace(context, contactBlock(segment.text, match.index))) return;
    const venue = VENUE.test(context) && !personal(context);
    emit(segment, match.index, match.index + text.length, venue ? WHAT.venue : WHAT.home, venue ? 'warning' : 'error');
  }, /\d/);
});
