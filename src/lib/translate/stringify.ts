/**
 * A syntax tree back to MDX text, with the same extensions the parser reads
 * (MDX, frontmatter, GFM tables), so what the import writes is MDX the site
 * builds. Heading keys live in `heading.data.key` after parsing; they go back
 * as `{#key}` at the end of their heading.
 */
import type { Heading, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { headingKey, restoreHeadingKeys } from '../content/heading-keys.ts';

const processor = unified()
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one', incrementListMarker: true })
  .freeze();

export function stringifyMdx(tree: Root): string {
  const copy = structuredClone(tree) as Root;
  visit(copy, 'heading', (heading: Heading) => {
    const key = headingKey(heading);
    if (key) heading.children.push({ type: 'mdxTextExpression', value: `/*#${key}*/` } as Heading['children'][number]);
  });
  return restoreHeadingKeys(processor.stringify(copy));
}
