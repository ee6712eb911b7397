/**
 * Draft residue: DRAFT / DRAFFT stamps, TODO / I'W WNEUD, placeholders
 * ("[insert figure]", "[enw]"), tracked-change and comment residue pasted
 * out of Word ("Comment [JS1]:", "Deleted:"), and notes to reviewers. An
 * unfinished document is not the one the partnership approved (para 41b:
 * the authorities decide what is safe to publish).
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector, eachMatch } from './detector.ts';
import { gate, opens } from './gates.ts';

export const meta: RuleMeta = {
  id: 'redaction/draft-residue',
  severity: 'error',
  paragraph: '41b, 153',
};

const KINDS = new Set(['prose', 'heading', 'cell', 'alt', 'attribute', 'frontmatter', 'html', 'expression']);

const CLEAR = new RegExp(
  [
    '(?<![\\p{L}])(?:TODO|FIXME|XXX|DRAFT|DRAFFT|I[\'’]W WNEUD|I[\'’]W GADARNHAU|I[\'’]W GWBLHAU)(?![\\p{L}])',
    '\\b(?:Draft|Drafft)\\s+(?:v(?:ersion)?\\s?\\d|\\d+\\.\\d|for (?:comment|consultation|discussion|review|approval)|i[\'’]w (?:drafod|adolygu|gymeradwyo)|fersiwn)',
    '\\bfersiwn ddrafft\\b',
    '\\[(?:insert|add|update|check|confirm|to follow|tbc|tbd|todo|name|date|x+|figure|number|link|ref|placeholder|ychwanegu|mewnosod|diweddaru|gwirio|cadarnhau|enw|dyddiad|ffigur|rhif|dolen)\\b[^\\]\\n]{0,80}\\]',
    '\\bComment(?:ed)?\\s*\\[[A-Z]{1,4}\\d{1,3}\\]',
    '(?<![\\p{L}])Sylw\\s*\\[[A-Z]{1,4}\\d{1,3}\\]',
    '(?:^|\\n|\\s)(?:Deleted|Inserted|Formatted|Moved \\((?:from|to)\\)|Wedi[\'’]i ddileu|Wedi[\'’]i fewnosod|Wedi[\'’]i fformatio):',
    '\\b(?:note to (?:reviewers?|editors?|self)|reviewer[\'’]?s? (?:note|comment)|editor[\'’]s note|comment from [A-Z]|nodyn i[\'’]r (?:adolygydd|golygydd)|sylw gan [A-Z])',
    '(?<![\\w.])@[A-Z][a-z]+\\b(?=[^.]{0,40}\\b(?:please|can you|to check|to confirm|plis|allwch chi|i wirio|i gadarnhau))',
  ].join('|'),
  'gu',
);
const CLEAR_ANY_CASE = /\b(?:note to (?:reviewers?|editors?|self)|reviewer['’]?s? (?:note|comment)|editor['’]s note|nodyn i['’]r (?:adolygydd|golygydd))\b/giu;
const UNSURE = /(?<![\p{L}])(?:TBC|TBD|TBA)(?![\p{L}])/gu;

const NOTE_WORDS = gate("note nodyn reviewer reviewers reviewer's editor editors editor's".split(' '));

export const draftResidue = detector(meta, ({ segments, document, emit }) => {
  // A document marked draft is expected to say so.
  const draft = document.data?.status === 'draft';
  eachMatch(segments, KINDS, CLEAR, (segment, match) => {
    if (draft && /^(?:DRAFT|DRAFFT)$/i.test(match[0])) return;
    const lead = match[0].length - match[0].trimStart().length;
    emit(segment, match.index + lead, match.index + match[0].length);
  }, (s) => /[A-Z]{3}|I['’]W|Draft|Drafft|fersiwn|\[|Comment|Sylw|Deleted|Inserted|Formatted|Moved|Wedi['’]i|@/.test(s.text));
  eachMatch(segments, KINDS, CLEAR_ANY_CASE, (segment, match) => emit(segment, match.index, match.index + match[0].length), (s) => opens(s, NOTE_WORDS));
  eachMatch(segments, KINDS, UNSURE, (segment, match) => emit(segment, match.index, match.index + match[0].length, {}, 'warning'), (s) => /TB[CDA]/.test(s.text));
});
