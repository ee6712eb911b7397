/**
 * "Back to contents" (rehype-back-to-contents.ts) as a satteri hook, for a
 * page the sanitiser's check has left to the visitors
 * (safety/satteri-sanitise.ts): it reads only the page's top-level nodes and
 * its text (which satteri gives natively), and inserts the links beside them.
 */
import type { RootContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { translator } from '../i18n.ts';
import { backLink, isSection, LONG_DOCUMENT_CHARACTERS, LONG_DOCUMENT_SECTIONS } from './rehype-back-to-contents.ts';
import { pageLang, wholeTree } from './satteri-tree.ts';

export const backToContentsPlugin: HastPluginDefinition = {
  name: 'svd-back-to-contents',
  before(root, ctx) {
    if (wholeTree(ctx)) return;
    const sections = (root.children as readonly RootContent[]).filter(isSection);
    if (sections.length < LONG_DOCUMENT_SECTIONS || ctx.textContent(root).length < LONG_DOCUMENT_CHARACTERS) return;
    const text = translator(pageLang(ctx.data))('backToContents');
    // The end of each section is where the next one starts; none before the first.
    for (const section of sections.slice(1)) ctx.insertBefore(section, backLink(text));
    ctx.appendChild(root, backLink(text));
  },
};
