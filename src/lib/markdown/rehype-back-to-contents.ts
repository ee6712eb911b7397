/**
 * "Back to contents" at the end of each section of a long document, as
 * GOV.UK's HTML publications offer a way back to the contents list. A reader
 * on a phone, 40 screens into the strategy, gets back to the numbered
 * contents with one tap instead of a long scroll.
 *
 * Plain links in the flow of the text, not a link held at the foot of the
 * screen: a sticky link covered whatever had keyboard focus beneath it
 * (WCAG 2.4.11) and read as an extra landmark-less region to axe.
 *
 * Only long documents get them: a page of a few screens is quicker to scroll
 * than to navigate, and repeating the link there is noise. The page template
 * gives every document with more than one section a contents list with
 * id="contents" (src/components/DocumentPage.astro), so every link here has
 * its target.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { translator } from '../i18n.ts';

/** A document is long from this many characters of text (about ten phone screens). */
export const LONG_DOCUMENT_CHARACTERS = 10_000;
/** ...and with at least this many sections, so there is a contents list to go back to. */
export const LONG_DOCUMENT_SECTIONS = 3;
export const CONTENTS_ID = 'contents';

export function backLink(text: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['svd-back-to-contents'] },
    children: [{ type: 'element', tagName: 'a', properties: { className: ['govuk-link'], href: `#${CONTENTS_ID}` }, children: [{ type: 'text', value: text }] }],
  };
}

export const isSection = (node: RootContent): boolean => node.type === 'element' && node.tagName === 'h2';

/** Add the links to a long page in `lang`, in place; false when the page is not long. */
export function addBackLinks(tree: Root, lang: 'en' | 'cy'): boolean {
  const sections = tree.children.filter(isSection).length;
  if (sections < LONG_DOCUMENT_SECTIONS || toString(tree).length < LONG_DOCUMENT_CHARACTERS) return false;
  const text = translator(lang)('backToContents');
  const children: RootContent[] = [];
  let seen = 0;
  for (const node of tree.children) {
    // The end of each section is where the next one starts; none before the first.
    if (isSection(node) && seen++ > 0) children.push(backLink(text));
    children.push(node);
  }
  children.push(backLink(text));
  tree.children = children;
  return true;
}
