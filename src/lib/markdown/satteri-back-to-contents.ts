/**
 * "Back to contents" (rehype-back-to-contents.ts) for a page the sanitiser's
 * check has left to the visitors (markdown/satteri-hast.ts): the check notes
 * where the top-level `h2`s are, and the links go in beside them, so the
 * page's nodes are never read. Whether the page is long is read from its
 * text, which satteri gives natively, and what the tables step adds.
 */
import type { Root, RootContent } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { translator } from '../i18n.ts';
import { backLink, LONG_DOCUMENT_CHARACTERS, LONG_DOCUMENT_SECTIONS } from './rehype-back-to-contents.ts';
import { pageLang } from './satteri-tree.ts';

/** Add the links before the top-level `h2`s at `sections` (indices in the root) of a long page; `longer` is text the other steps add. */
export function addBackLinks(root: Readonly<Root>, ctx: HastVisitorContext, sections: number[], longer: number): void {
  if (sections.length < LONG_DOCUMENT_SECTIONS || ctx.textContent(root).length + longer < LONG_DOCUMENT_CHARACTERS) return;
  const text = translator(pageLang(ctx.data))('backToContents');
  const children = root.children as readonly RootContent[];
  // The end of each section is where the next one starts; none before the first.
  for (const index of sections.slice(1)) ctx.insertBefore(children[index]!, backLink(text));
  ctx.appendChild(root, backLink(text));
}
