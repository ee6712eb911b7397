/**
 * Crime, incident and case reference numbers. A reference number ties the
 * text to one investigation: publishing it can identify the people in it
 * and prejudice the case. Found by their usual shapes ("CR/012345/24",
 * "42/12345/24") or by a reference word next to a code with digits.
 */
import type { RuleMeta } from '../engine/types.ts';
import { ALL_TEXT, detector, eachMatch } from './detector.ts';
import { gate, opens } from './gates.ts';

export const meta: RuleMeta = {
  id: 'redaction/crime-reference',
  severity: 'error',
  paragraph: '41b',
};

const SHAPES = /(?<![\p{L}\d/-])(?:(?:CR|CRN|URN|OCC|INC|CAD|LOG|STORM)[ /:-]?\d{2,}(?:[/-]\d{2,})*|\d{2}\/\d{4,7}\/\d{2}|[A-Z]{2,5}-\d{6,8}-\d{3,6}|\d{2}[A-Z]{2}\d{5,7}\/\d{2})(?![\p{L}\d])/gu;
const LABELLED = /\b(?:crime (?:reference|ref\.?|number|no\.?)(?: number| no\.?)?|crime ref|occurrence (?:number|no\.?|ref)|incident (?:number|no\.?|ref(?:erence)?)|log (?:number|no\.?|ref)|case (?:number|no\.?|ref(?:erence)?)|custody (?:number|record)|reference number|ref(?:erence)? no\.?|URN|CRN|cyfeirnod(?: y)? (?:drosedd|trosedd|digwyddiad|achos|yr achos)|rhif (?:y )?(?:drosedd|trosedd|digwyddiad|achos|cyfeirnod|log)|cyfeirnod)\s*(?:is|was|yw|oedd|:|-|–)?\s*([A-Z0-9][A-Z0-9/-]{2,}\d[A-Z0-9/-]*)/giu;

const SHAPE_GATE = /\d{2}\/\d{4}|[A-Z]{2}[ /:-]?\d{2}|-\d{6}/;
const LABEL_WORDS = gate('ref reference number no log occurrence incident case custody urn crn cyfeirnod rhif'.split(' '));

export const crimeReference = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, ALL_TEXT, SHAPES, (segment, match) => emit(segment, match.index, match.index + match[0].length), (s) => SHAPE_GATE.test(s.text));
  eachMatch(segments, ALL_TEXT, LABELLED, (segment, match) => {
    const code = match[1]!;
    // A financial year ("2025/26") or a plain year is not a reference.
    if (/^\d{4}(?:[/-]\d{2,4})?$/.test(code) || !/\d{3}/.test(code.replace(/\D+/g, ''))) return;
    const start = match.index + match[0].length - code.length;
    emit(segment, start, start + code.length);
  }, (s) => opens(s, LABEL_WORDS));
});
