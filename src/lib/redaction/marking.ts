/**
 * Protective markings and handling instructions, English and Welsh
 * (Government Security Classifications and the older GPMS words). A marked
 * document was never cleared for the public: its presence means text has
 * been copied from a restricted source.
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector, eachMatch } from './detector.ts';
import { gate, opens } from './gates.ts';

export const meta: RuleMeta = {
  id: 'redaction/marking',
  severity: 'error',
  paragraph: '41b',
};

const KINDS = new Set(['prose', 'heading', 'cell', 'alt', 'attribute', 'frontmatter', 'comment', 'html', 'expression', 'code']);

// Capitals only: "secret" and "restricted" are ordinary words in a strategy.
const CAPITALS = /(?<![\p{L}-])(?:TOP[ -]SECRET|SECRET|RESTRICTED|CONFIDENTIAL|PROTECT(?:IVELY MARKED)?|IN CONFIDENCE|[CG]YFRINACHOL(?: IAWN)?|[CG]YFYNGEDIG|HOLLOL GYFRINACHOL)(?![\p{L}-])/gu;
const ANY_CASE = new RegExp(
  [
    'official[\\s\\-–—]*sensitive',
    'swyddogol[\\s\\-–—]*sensitif',
    'not for (?:publication|wider circulation|circulation|distribution|onward (?:circulation|distribution)|public (?:release|distribution))',
    // An instruction, not a statement: "DO NOT CIRCULATE", "Please do not forward", not "we do not publish it".
    '(?<=(?:^|[\\n:;(\\[–—-])\\s*)(?:please\\s+)?do not (?:circulate|distribute|forward|share|publish|copy)',
    '(?:for )?internal use only',
    'commercial(?:ly)? in confidence',
    'restricted circulation',
    'under embargo',
    "nid i['’]w (?:gyhoeddi|ddosbarthu|rannu|gylchredeg)",
    'peidiwch (?:â|a) (?:chyhoeddi|dosbarthu|rhannu|chylchredeg)',
    "(?:at )?ddefnydd mewnol yn unig",
    'cylchrediad cyfyngedig',
    'dan embargo',
  ].join('|'),
  'giu',
);

const HANDLING_WORDS = gate('official swyddogol sensitive sensitif publication circulation distribution circulate distribute forward share publish copy internal confidence restricted embargo gyhoeddi ddosbarthu rannu gylchredeg chyhoeddi dosbarthu rhannu chylchredeg mewnol cylchrediad'.split(' '));

export const marking = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, KINDS, CAPITALS, (segment, match) => {
    // A heading written all in capitals ("KEEP YOUR SECRET SAFE") is shouting, not a marking;
    // a marking stands on its own line or among ordinary lower-case text.
    const around = segment.text.slice(Math.max(0, match.index - 24), match.index + match[0].length + 24);
    const line = segment.text.slice(segment.text.lastIndexOf('\n', match.index) + 1).split('\n')[0]!;
    if (/\p{Ll}/u.test(around) || /^[\s\W]*$/u.test(line.replace(match[0], ''))) emit(segment, match.index, match.index + match[0].length);
  }, (s) => /[A-Z]{4}/.test(s.text));
  eachMatch(segments, KINDS, ANY_CASE, (segment, match) => emit(segment, match.index, match.index + match[0].length), (s) => opens(s, HANDLING_WORDS));
});
