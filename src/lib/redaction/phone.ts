/**
 * UK phone numbers. Any UK phone-shaped number is a finding unless the
 * partnership has published it (contact.phone, checks.allowedPhones) or it is
 * a national helpline. libphonenumber decides what is phone-shaped: Ofcom's
 * drama ranges (07700 900xxx) are "possible" but not "valid", and a real
 * caseworker's mobile is both, so "possible" is the test.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { RuleMeta } from '../engine/types.ts';
import { before } from './address.ts';
import { ALL_TEXT, detector, eachMatch, type Settings } from './detector.ts';
import { contactBlock, givenNameIn, LABEL_ONLY, publicLine } from './public-contact.ts';

export const meta: RuleMeta = {
  id: 'redaction/phone',
  severity: 'error',
  paragraph: '41b, 168-196',
};

/** National lines anyone may be told to ring (charities and public services). */
export const PUBLIC_LINES = [
  '0800 1111', // Childline
  '0800 555 111', // Crimestoppers
  '116 123', // Samaritans
  '0808 2000 247', // National Domestic Abuse Helpline
  '0808 80 10 800', // Live Fear Free, Wales
  '0808 800 5000', // NSPCC
  '0808 500 2222', // Rape Crisis England and Wales
  '0808 168 9111', // Victim Support
  '08000 121 700', // Modern Slavery and Exploitation Helpline
  '080880 23456', // Meic, Wales
  '0808 8010 327', // Men's Advice Line
  '0300 123 6600', // FRANK
];

function e164(text: string): string | undefined {
  return parsePhoneNumberFromString(text, 'GB')?.number;
}

const allowCache = new WeakMap<object, Set<string>>();
const NO_SITE = {};

function allowed(settings: Settings): Set<string> {
  const key = settings.site ?? NO_SITE;
  let set = allowCache.get(key);
  if (!set) {
    const numbers = [...PUBLIC_LINES, ...(settings.site?.checks.allowedPhones ?? []), ...(settings.site?.contact.phone ? [settings.site.contact.phone] : [])];
    set = new Set(numbers.map(e164).filter((n): n is string => Boolean(n)));
    allowCache.set(key, set);
  }
  return set;
}

// +44 or 0, then digits with the separators people type: spaces, hyphens, dots, brackets.
const CANDIDATE = /(?<![\w+£$€.,/-])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[ \-.)(]{0,2}\d){6,10}(?!\w)/g;

const parsedCache = new Map<string, string | undefined>();

export function isUkPhone(text: string): string | undefined {
  if (parsedCache.has(text)) return parsedCache.get(text);
  if (parsedCache.size > 5000) parsedCache.clear();
  const number = parseUkPhone(text);
  parsedCache.set(text, number);
  return number;
}

function parseUkPhone(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  const national = digits.startsWith('44') && /^\s*(\+|00)/.test(text) ? `0${digits.slice(2).replace(/^0/, '')}` : digits.startsWith('0044') ? `0${digits.slice(4)}` : digits;
  if (!national.startsWith('0') || national.length < 9 || national.length > 11 || /^00/.test(national)) return undefined;
  const parsed = parsePhoneNumberFromString(national, 'GB');
  return parsed?.isPossible() ? parsed.number : undefined;
}


export const phone = detector(meta, ({ segments, settings, emit }) => {
  const allow = allowed(settings);
  eachMatch(segments, ALL_TEXT, CANDIDATE, (segment, match) => {
    // A number run into the next figure ("07700 900123 2024"): drop trailing groups until it parses.
    let text = match[0];
    let number = isUkPhone(text);
    for (let tries = 0; !number && tries < 2 && /[ \-.]\d+$/.test(text); tries++) {
      text = text.replace(/[ \-.]+\d+$/, '');
      number = isUkPhone(text);
    }
    if (!number || allow.has(number)) return;
    // A public body's switchboard or a helpline is published by that body: not a finding (public-contact.ts).
    let context = before(segment, match.index);
    if (LABEL_ONLY.test(context)) context = before(segment, Math.max(0, segment.text.lastIndexOf(context, match.index) - 1)) + context;
    if (!publicLine(context, `0${number.slice(3)}`, contactBlock(segment.text, match.index)) || givenNameIn(context)) emit(segment, match.index, match.index + text.length);
  });
});
