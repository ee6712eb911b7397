/**
 * The one parser for analysis: MDX with frontmatter and GFM tables, plus
 * requirement keys on headings. Rules receive these trees; none re-parse.
 */
import type { Root } from 'mdast';
import { createRequire } from 'node:module';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { remarkHeadingKeys, rewriteHeadingKeys } from './heading-keys.ts';

// The parsers load on first use: `svd check` on save mostly reads trees from
// the parse cache (parse-cache.ts) and so never needs them, and loading
// remark-parse, remark-mdx and remark-gfm is a good part of its start-up.
// `require` of these ES modules is synchronous (Node >= 22.12), as the engine is.
const require = createRequire(import.meta.url);
let processors: { mdx: Processor; markdown: Processor } | undefined;
function load(): { mdx: Processor; markdown: Processor } {
  if (!processors) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    processors = {
      mdx: unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkHeadingKeys).freeze() as unknown as Processor,
      // Plain Markdown and text drafts (pasted out of Word) have no MDX syntax to trip on.
      markdown: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze() as unknown as Processor,
    };
  }
  return processors;
}

/** Parse `file` (its value is the source). Throws the parser's VFileMessage on broken MDX. */
export function parseMdx(file: VFile): Root {
  const source = rewriteHeadingKeys(String(file.value));
  const { mdx } = load();
  const tree = mdx.parse(source) as Root;
  return mdx.runSync(tree, file) as Root;
}

export function parseMarkdown(file: VFile): Root {
  const { markdown } = load();
  const tree = markdown.parse(String(file.value)) as Root;
  return markdown.runSync(tree, file) as Root;
}
