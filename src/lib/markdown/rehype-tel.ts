/**
 * Phone numbers in the text become links a phone can call ("029 2018 0123"
 * -> <a href="tel:+442920180123">), as GOV.UK's contact details are. The
 * numbers are found by libphonenumber-js (the same library the redaction scan
 * uses), read as UK numbers, so only real, valid numbers are linked; text in
 * links, code, headings and captions is left alone.
 *
 * Short numbers (999, 101, 111, 116 123 ...) are not phone numbers to the
 * library, and a bare "101" or "111" in a strategy is far more often a count
 * ("101 incidents", "in 2024, 111 people"). A reader on a phone still needs
 * "call 999" to be one tap, so a short number is linked only when a calling
 * word comes just before it in the same sentence ("call 999", "ring 101",
 * "call Samaritans on 116 123", "ffoniwch 111"). "Text 999" is left alone:
 * emergencySMS needs registering first, and a tel: link would start a call.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { SKIP, walk } from './walk.ts';

export const LEAVE = new Set(['a', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'svg']);
/**
 * A cheap first look before the library's search, which was 2% of the main
 * thread at 10x. libphonenumber-js finds a number only as blocks of digits
 * with at most four of its separators between them (VALID_PUNCTUATION and
 * the `find()` pattern in its PhoneNumberMatcher.js), and none it accepts has
 * fewer than six digits in all (country code and number; a UK one has at
 * least seven: SEVEN_DIGITS). So a text without them joined that way holds
 * no number: most text with digits is years and figures ("in 2023, 1,234
 * offences (15%)"). test/rehype-tel.test.ts checks every number the library
 * finds in the corpus passes this look.
 */
const SEPARATOR = String.raw`[\-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \xA0\xAD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D\[\]~\u2053\u223C\uFF5E]`;
const SIX_DIGITS = new RegExp(String.raw`\p{Nd}(?:${SEPARATOR}{0,4}\p{Nd}){5}`, 'u');
/**
 * Without a plus sign the library reads a number as a UK one: at least seven
 * digits (its metadata's possible lengths for GB are 7, 9 and 10, and an
 * international number dialled with 00 has the 00 and a country code more).
 * Six is the least only for a number written with "+": a two-digit country
 * code and a four-digit number (Austria's). Financial years ("2023-24"),
 * the commonest six digits in a strategy, so never reach the library.
 */
const SEVEN_DIGITS = new RegExp(String.raw`\p{Nd}(?:${SEPARATOR}{0,4}\p{Nd}){6}`, 'u');
const PLUS = /[+\uFF0B]/;
export const MAY_HOLD_NUMBER = { test: (text: string): boolean => (PLUS.test(text) ? SIX_DIGITS : SEVEN_DIGITS).test(text) };

/**
 * UK short numbers a resident is told to call: emergency (999, 112), police
 * non-emergency (101), NHS (111), power cut (105), and the European
 * helplines (116 xxx: Samaritans 116 123, NSPCC 116 111). Matchers, not
 * user-facing text, so they live here rather than in locales/.
 */
const SHORT = String.raw`(?:999|112|101|111|105|116 ?\d{3})`;
/** A cheap first look, from the same list: text without one of the short numbers is not searched for them. */
const SHORT_HINT = new RegExp(SHORT);
/** Whether a text may hold a number to link, full or short: both phone steps look first. */
export const mayLink = (value: string): boolean => MAY_HOLD_NUMBER.test(value) || SHORT_HINT.test(value);

/**
 * A calling word in English or Welsh, then at most four words that are not a
 * figure or the end of the sentence ("call Crimestoppers on", "ffoniwch y
 * llinell gymorth ar"), then the short number, ending its clause (AFTER).
 */
const CALLING = String.raw`\b(?:call|ring|phone|dial|calling|ringing|phoning|dialling|ffoniwch|ffonia|ffonio|galwch|deialwch|deialu)\b`;
// After the number: the end of the sentence or clause, or a word that starts
// the reason to call ("call 999 in an emergency", "call 101 to report",
// "ffoniwch 111 os"), never a counted noun ("call 111 people").
const AFTER = String.raw`(?=\s*(?:$|[.,;:!?)\u2013\u2014]|\s-\s)|\s+(?:in|if|for|to|and|or|when|at|from|free|now|straight|immediately|any|day|mewn|os|am|i|ac|a|neu|pan|ar|yn|nawr)\b)`;
const SHORT_NUMBER = new RegExp(String.raw`${CALLING}(?:\s+[^\s\d.!?;:]+){0,4}?\s+(${SHORT})${AFTER}`, 'giu');

interface Found {
  startsAt: number;
  endsAt: number;
  href: string;
}

/** Short numbers in `value`, read with `before` (the sentence so far) for the calling word. */
function shortNumbers(value: string, before: string): Found[] {
  if (!SHORT_HINT.test(value)) return [];
  const text = before + value;
  const found: Found[] = [];
  for (const match of text.matchAll(SHORT_NUMBER)) {
    const startsAt = match.index + match[0].length - match[1]!.length - before.length;
    if (startsAt < 0) continue;
    found.push({ startsAt, endsAt: startsAt + match[1]!.length, href: `tel:${match[1]!.replace(/\s/g, '')}` });
  }
  return found;
}

function fullNumbers(value: string): Found[] {
  if (!MAY_HOLD_NUMBER.test(value)) return [];
  return findPhoneNumbersInText(value, 'GB').map((match) => ({ startsAt: match.startsAt, endsAt: match.endsAt, href: match.number.getURI() }));
}

/**
 * Split one text node into text and tel: links. `before` is the text that
 * comes before it in the same paragraph, so "call **999**" links too.
 */
export function linkPhoneNumbers(value: string, before = ''): ElementContent[] {
  const found = [...fullNumbers(value), ...shortNumbers(value, before)].sort((a, b) => a.startsAt - b.startsAt);
  if (found.length === 0) return [{ type: 'text', value }];
  const out: ElementContent[] = [];
  let at = 0;
  for (const match of found) {
    if (match.startsAt < at) continue;
    if (match.startsAt > at) out.push({ type: 'text', value: value.slice(at, match.startsAt) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['govuk-link'], href: match.href },
      children: [{ type: 'text', value: value.slice(match.startsAt, match.endsAt) }],
    });
    at = match.endsAt;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

/** The last sentence's worth of text before a node: a calling word never reaches across a full stop. */
export function sentenceSoFar(text: string): string {
  return text.slice(-80).split(/[.!?]\s/).pop() ?? '';
}

/** Text of a node and its descendants. */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** Elements that continue a sentence, so "call <strong>999</strong>" reads as one. */
export const INLINE = new Set(['strong', 'em', 'b', 'i', 'span', 'small', 'abbr', 'mark', 'bdi', 'bdo']);

/** Link the phone numbers in a page's text, in place; false when there were none. */
export function linkPhones(tree: Root): boolean {
  let linked = false;
  // For each inline element, the sentence before it within its paragraph (filled top-down: visit is pre-order).
  // Worked out only when a number needs it: most inline elements hold no number.
  const before = new WeakMap<object, () => string>();
  // Any parent: an element, the root, or an MDX component's element in the tree.
  const lead = (parent: { children: unknown[] }, index: number): string =>
    sentenceSoFar((before.get(parent)?.() ?? '') + (parent.children as ElementContent[]).slice(0, index).map(textOf).join(''));
  walk<Root | RootContent>(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'element') {
      if (LEAVE.has(node.tagName)) return SKIP;
      if (INLINE.has(node.tagName)) before.set(node, () => lead(parent, index));
      return;
    }
    if (node.type !== 'text' || !mayLink(node.value)) return;
    const parts = linkPhoneNumbers(node.value, lead(parent, index));
    if (parts.length === 1 && parts[0]!.type === 'text') return;
    parent.children.splice(index, 1, ...(parts as never[]));
    linked = true;
    return index + parts.length;
  });
  return linked;
}
