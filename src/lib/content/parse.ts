/**
 * The one parser for analysis: MDX with frontmatter and GFM tables, plus
 * requirement keys on headings. Rules receive these trees; none re-parse.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { remarkHeadingKeys, rewriteHeadingKeys } from './heading-keys.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkHeadingKeys).freeze();

/** Plain Markdown and text drafts (pasted out of Word) have no MDX syntax to trip on. */
const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parse `file` (its value is the source). Throws the parser's VFileMessage on broken MDX. */
export function parseMdx(file: VFile): Root {
  const source = rewriteHeadingKeys(String(file.value));
  const tree = processor.parse(source) as Root;
  return processor.runSync(tree, file) as Root;
}

export function parseMarkdown(file: VFile): Root {
  const tree = markdownProcessor.parse(String(file.value)) as Root;
  return markdownProcessor.runSync(tree, file) as Root;
}
