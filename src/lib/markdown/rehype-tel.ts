/**
 * Phone numbers in the text become links a phone can call ("029 2018 0123"
 * -> <a href="tel:+442920180123">), as GOV.UK's contact details are. The
 * numbers are found by libphonenumber-js (the same library the redaction scan
 * uses), read as UK numbers, so only real, valid numbers are linked; text in
 * links, code and headings is left alone. Short numbers (999, 101, 111) are
 * not found by the library and stay as text, as GOV.UK writes them.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { SKIP, visit } from 'unist-util-visit';

const LEAVE = new Set(['a', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'svg']);
/**
 * No number libphonenumber-js accepts has fewer digits (country code and
 * number: its shortest possible length anywhere is 6, a UK one 7), so a text
 * with fewer is not searched: most text with digits is years and figures, and
 * the search was 4% of the pages stage at 10x.
 */
const FEWEST_DIGITS = /\d(?:\D*\d){5}/;

/** Split one text node into text and tel: links. */
export function linkPhoneNumbers(value: string): ElementContent[] {
  const found = findPhoneNumbersInText(value, 'GB');
  if (found.length === 0) return [{ type: 'text', value }];
  const out: ElementContent[] = [];
  let at = 0;
  for (const match of found) {
    if (match.startsAt > at) out.push({ type: 'text', value: value.slice(at, match.startsAt) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['govuk-link'], href: match.number.getURI() },
      children: [{ type: 'text', value: value.slice(match.startsAt, match.endsAt) }],
    });
    at = match.endsAt;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

export function rehypeTel() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && LEAVE.has((node as Element).tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined || !FEWEST_DIGITS.test((node as Text).value)) return;
      const parts = linkPhoneNumbers((node as Text).value);
      if (parts.length === 1 && parts[0]!.type === 'text') return;
      (parent as Element).children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
