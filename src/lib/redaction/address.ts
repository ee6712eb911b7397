/**
 * Street addresses with a house number ("14 Cranmer Street", "Flat 3, 22
 * Heol y Frenhines"). A house number and street name is a home. Street names
 * without a number are the places detector's business.
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector, eachMatch, READABLE } from './detector.ts';

export const meta: RuleMeta = {
  id: 'redaction/address',
  severity: 'error',
  paragraph: '41b, 146, 173',
  message: {
    en: 'The address "{found}" identifies a home or building.',
    cy: "Mae'r cyfeiriad \"{found}\" yn adnabod cartref neu adeilad.",
  },
  fix: {
    en: 'Remove the house number and street, or describe the area at a level that does not identify anyone (the town or ward).',
    cy: "Tynnwch rif y tŷ a'r stryd, neu disgrifiwch yr ardal ar lefel nad yw'n adnabod neb (y dref neu'r ward).",
  },
};

const CAP = "\\p{Lu}[\\p{L}'’-]+";
const EN_TYPES = '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Crescent|Way|Terrace|Place|Court|Gardens|Grove|Hill|Rise|Row|Square|View|Walk|Mews|Parade|Green|Vale|Villas|Cottages|Heights|Meadows|Wharf|Boulevard)';
const CY_TYPES = "(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Cilgant|Teras|Clos|Maes|Llys|Ael|Bryn|Cae|Pen|Tan|Stad|Ystad|Rhes|Sgwâr|Sgwar)";
const NUMBER = '(?:(?:Flat|Apartment|Apt|Unit|Fflat)\\s+\\d{1,3}[A-Za-z]?,?\\s+)?(?<![\\d,.£$%/:-])\\d{1,3}[A-Za-z]?(?:-\\d{1,3})?,?\\s+';
const ADDRESS = new RegExp(`${NUMBER}(?:(?:${CAP}\\s+){1,3}${EN_TYPES}(?![\\p{L}])|${CY_TYPES}\\s+(?:(?:y|yr)\\s+)?${CAP}(?:\\s+${CAP})?)|(?:Flat|Apartment|Fflat)\\s+\\d{1,3}[A-Za-z]?(?![\\d%])`, 'gu');
const COURTS = /(?:Crown|Magistrates['’]?|Youth|County|Family|Coroner['’]?s) Court$/;

export const address = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, READABLE, ADDRESS, (segment, match) => {
    const text = match[0].trimEnd().replace(/,$/, '');
    if (!COURTS.test(text)) emit(segment, match.index, match.index + text.length);
  }, /\d/);
});
