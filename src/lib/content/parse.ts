/**
 * The one parser for analysis: MDX with frontmatter and GFM tables, plus
 * requirement keys on headings. Rules receive these trees; none re-parse.
 *
 * The trees come from satteri, the native parser Astro 7 renders our pages
 * with (markdown/processor.ts), so the engine checks a tree parsed just as
 * the site's is, in about a seventeenth of micromark's time (25 ms against
 * 420 ms for the example's four long documents; micromark was most of the
 * analysis at 10x the example). Its mdast is micromark's, positions
 * included, but for two things: JSX attributes come without positions
 * (content/attribute-places.ts finds them again), and the text of a one-line
 * `<p>text</p>` sits directly in the element, with no paragraph around it.
 *
 * micromark (remark-parse with remark-mdx) stays for one job: explaining a
 * file that does not parse. Its errors carry the rule ids and reasons that
 * content/mdx-errors.ts turns into plain words, so on a syntax error the
 * file is parsed again with it, and its message is the one thrown.
 */
import type { Root } from 'mdast';
import { createRequire } from 'node:module';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { placeAttributes } from './attribute-places.ts';
import { liftHeadingKeys, rewriteHeadingKeys } from './heading-keys.ts';

/** What Astro's satteri processor parses with (GFM and frontmatter are its defaults too). */
const FEATURES = { gfm: true, frontmatter: true } as const;

// micromark loads only when a file fails to parse: `require` of these ES modules
// is synchronous (Node >= 22.12), as the engine is, and most runs never need them.
const require = createRequire(import.meta.url);
let explainer: Processor | undefined;
function micromark(): Processor {
  if (!explainer) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    explainer = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze() as unknown as Processor;
  }
  return explainer;
}

/** satteri's own error as a message with a place, for a mistake micromark lets through: `15:33: Could not parse ...`. */
export function messageOf(error: Error): VFileMessage {
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(error.message);
  const reason = match ? match[3]!.replace(/\s*\([\w:-]+\)\s*$/, '') : error.message;
  const place = match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
  return new VFileMessage(reason, { place, source: 'satteri', cause: error });
}

/** Parse `file` (its value is the source). Throws a VFileMessage, micromark's where it has one, on broken MDX. */
export function parseMdx(file: VFile): Root {
  const source = rewriteHeadingKeys(String(file.value));
  let tree: Root;
  try {
    tree = mdxToMdast(source, { features: FEATURES }) as Root;
  } catch (error) {
    micromark().parse(source); // throws the explained message
    throw messageOf(error as Error);
  }
  placeAttributes(tree, source);
  liftHeadingKeys(tree);
  return tree;
}

/** Plain Markdown and text drafts (pasted out of Word): no MDX syntax to trip on, so it never fails. */
export function parseMarkdown(file: VFile): Root {
  return markdownToMdast(String(file.value), { features: FEATURES }) as Root;
}
