/**
 * The Markdown processor Astro compiles our MDX with: Astro 7's native one,
 * satteri, so each page is parsed once, in Rust, with our steps run on its
 * trees (markdown/satteri-tree.ts). In order:
 *
 * 1. the safe-MDX refusal, on the tree as parsed, before anything else runs
 *    or any code is generated (safety/safe-mdx.ts);
 * 2. mdast: smart punctuation (ours: satteri's native one is turned off,
 *    see markdown/remark-smart-punctuation.ts), then heading keys into ids,
 *    the same handling the analysis engine uses (content/heading-keys.ts);
 * 3. hast: the sanitiser's check, then the sanitiser, column alignment,
 *    tables, phone links and "Back to contents" (markdown/satteri-hast.ts).
 *    On a page the sanitiser would change, they run as before on one copy
 *    of the whole tree (safety/rehype-safe.ts, markdown/rehype-*.ts); on any
 *    other, as visitors that read only what they need.
 *
 * Every step visits only the nodes it needs, which satteri picks out in
 * Rust; only a page the sanitiser changes is copied whole.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { headingKeysPlugin } from '../content/heading-keys.ts';
import { sanitiseTree } from '../safety/rehype-safe.ts';
import { safeMdxPlugin } from '../safety/safe-mdx.ts';
import { addBackLinks } from './rehype-back-to-contents.ts';
import { alignmentFromStyle, captionTables } from './rehype-tables.ts';
import { linkPhones } from './rehype-tel.ts';
import { smartPunctuationPlugins } from './satteri-smart-punctuation.ts';
import type { HastPluginList } from 'satteri';
import { svdHastPlugins } from './satteri-hast.ts';
import { pageLang, type HastStep } from './satteri-tree.ts';

// The steps, named so the tests run each in a real compile (test/helpers/satteri.ts).
export const alignmentStep: HastStep = (tree) => alignmentFromStyle(tree);
export const sanitiseStep: HastStep = (tree) => sanitiseTree(tree);
export const tablesStep: HastStep = (tree, ctx) => captionTables(tree, pageLang(ctx.data));
export const phoneLinksStep: HastStep = (tree) => linkPhones(tree);
export const backToContentsStep: HastStep = (tree, ctx) => addBackLinks(tree, pageLang(ctx.data));

export const HAST_STEPS: HastStep[] = [alignmentStep, sanitiseStep, tablesStep, phoneLinksStep, backToContentsStep];

/** The hast group: the sanitiser's check, then these steps on the whole tree or as visitors, whichever it chose (markdown/satteri-hast.ts). */
export const SVD_HAST_PLUGINS: HastPluginList = svdHastPlugins(HAST_STEPS);

export function svdMarkdownProcessor() {
  return satteri({
    features: { smartPunctuation: false },
    mdastPlugins: [safeMdxPlugin, ...smartPunctuationPlugins, headingKeysPlugin],
    hastPlugins: SVD_HAST_PLUGINS,
  });
}
