/**
 * Full unit postcodes (BS 7666: outward code, space, inward code, e.g.
 * "CF10 1AA"). A full postcode covers about 15 homes, so with any other
 * detail it points at a household. District-only ("LE1", "SA31") and sector
 * ("CF10 1") forms are fine. The partnership's own address is allowed.
 */
import type { RuleMeta } from '../engine/types.ts';
import { before } from './address.ts';
import { ALL_TEXT, detector, eachMatch } from './detector.ts';
import { VENUE } from './words.ts';
import { contactBlock, personal, publicPlace } from './public-contact.ts';
import { phrase } from './phrases.ts';

export const meta: RuleMeta = {
  id: 'redaction/postcode',
  severity: 'error',
  paragraph: '41b, 146, 173',
};

const WHAT = {
  home: { what: phrase('postcode.home') },
  venue: { what: phrase('postcode.venue') },
};

// Outward: A9, A99, AA9, AA99, A9A, AA9A (with the letters each position may use); inward: 9AA.
const OUTWARD = '(?:[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]))';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
export const POSTCODE = new RegExp(`(?<![\\p{L}\\d])(?:GIR ?0AA|${OUTWARD} ?${INWARD})(?![\\p{L}\\d])`, 'giu');

function normal(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

export const postcode = detector(meta, ({ segments, settings, emit }) => {
  const address = settings.site?.contact.address;
  const own = new Set([address?.en, address?.cy].flatMap((text) => (text ? [...text.matchAll(POSTCODE)].map((m) => normal(m[0])) : [])));
  eachMatch(segments, ALL_TEXT, POSTCODE, (segment, match) => {
    const text = match[0];
    // People type postcodes in capitals (or, in a hurry, all lower case); "Ab1 2cd" is a word, not a postcode.
    if (text !== text.toUpperCase() && text !== text.toLowerCase()) return;
    if (segment.kind === 'url' && !/\s/.test(text) && text === text.toLowerCase()) return;
    if (own.has(normal(text))) return;
    const context = before(segment, match.index);
    if (publicPlace(context, contactBlock(segment.text, match.index))) return;
    const venue = VENUE.test(context) && !personal(context);
    emit(segment, match.index, match.index + text.length, venue ? WHAT.venue : WHAT.home, venue ? 'warning' : 'error');
  }, /\d[a-z]{2}(?![a-z])/);
});
