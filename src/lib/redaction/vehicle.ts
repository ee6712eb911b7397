/**
 * Vehicle registrations: current ("AB12 CDE"), prefix ("A123 BCD"), suffix
 * ("ABC 123D") and Northern Ireland ("ABZ 1234") formats. The current format
 * is distinctive enough on its own; the older formats look like road numbers
 * and codes, so they count only beside a word about a vehicle.
 */
import type { RuleMeta } from '../engine/types.ts';
import { ALL_TEXT, detector, eachMatch } from './detector.ts';
import { sentenceAt } from './sentences.ts';
import { gate, opens } from './gates.ts';

export const meta: RuleMeta = {
  id: 'redaction/vehicle-registration',
  severity: 'error',
  paragraph: '41b, 173',
};

// Age identifiers run 02-29 (March) and 51-79 (September) for the years this tool will see.
const CURRENT = /(?<![\p{L}\d])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d) ?[A-HJ-PR-Z]{3}(?![\p{L}\d])/gu;
const OLDER = /(?<![\p{L}\d])(?:[A-HJ-NP-Y]\d{1,3} ?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NP-Y]|[A-Z]{1,2}[IZ] ?\d{1,4}|[A-Z][IZ][A-Z] ?\d{1,4})(?![\p{L}\d])/gu;
const VEHICLE = /\b(?:vehicles?|cars?|vans?|mopeds?|motorbikes?|motorcycles?|scooters?|taxis?|lorr(?:y|ies)|registration|reg\.?|number ?plates?|plates?|VRM|ANPR|driven|driving|drove|driver|cerbyd(?:au)?|gerbyd|char|fan|beic modur|rhif cofrestru|plât|gyrru|yrru|gyrrwr)\b/i;

const VEHICLE_GATE = gate('vehicle vehicles car cars van vans moped mopeds motorbike motorbikes motorcycle motorcycles scooter scooters taxi taxis lorry lorries registration reg number plate plates vrm anpr driven driving drove driver cerbyd cerbydau gerbyd char fan beic cofrestru plât gyrru yrru gyrrwr'.split(' '));

export const vehicle = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, ALL_TEXT, CURRENT, (segment, match) => emit(segment, match.index, match.index + match[0].length), (s) => /[A-Z]{2}\d{2}/.test(s.text));
  // The older formats count only beside a word about a vehicle, so look for the word first.
  eachMatch(segments, ALL_TEXT, OLDER, (segment, match) => {
    if (VEHICLE.test(sentenceAt(segment, match.index).text)) emit(segment, match.index, match.index + match[0].length);
  }, (s) => opens(s, VEHICLE_GATE));
});
