/**
 * Word to MDX with the unified family, not a hand-written converter:
 * mammoth reads the .docx into HTML (a style map names Word's heading, quote,
 * list and caption styles), rehype-parse and rehype-remark turn that into
 * mdast, remark-gfm and remark-mdx write it out. remark-mdx's serialiser
 * escapes what MDX would read as syntax (`<`, `{`, `}`), so "(<25)" stays
 * text. Footnotes become GFM footnotes, captions the "Table N:" paragraph the
 * site makes into a <caption>, images files beside the document.
 */
import mammoth from 'mammoth';
import type { Element, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { toString as toText } from 'hast-util-to-string';
import { unified } from 'unified';
import { footnoteHandlers } from './footnotes.ts';
import { cleanImage, type ImportedImage } from './images.ts';

/** Word's built-in style names (mammoth matches them case-insensitively). Heading 1 is a section: ##. */
export const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='Heading 4'] => h5:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='List Bullet'] => ul > li:fresh",
  "p[style-name='List Number'] => ol > li:fresh",
  // Comments are listed by the import (revisions.ts); they are never published.
  'comment-reference => !',
];

export interface Converted {
  tree: Root;
  /** The Title-styled paragraph, if the document has one. */
  title?: string;
  images: ImportedImage[];
  /** What mammoth could not convert (unknown styles and the like), in its words. */
  warnings: string[];
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties?.className;
  return Array.isArray(value) && value.includes(name);
}

/** Word tables have no header row of their own: the first row is the header, as readers take it. */
function firstRowHeads(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table' && !child.children.some((c) => c.type === 'element' && c.tagName === 'thead')) {
      const body = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tbody') ?? child;
      const row = body.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tr');
      for (const cell of row?.children ?? []) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
    }
    firstRowHeads(child);
  }
}

/** Captions go before their table, where the site looks for "Table N: ...". */
function captionsBeforeTables(children: RootContent[]): RootContent[] {
  const out = [...children];
  for (let i = 1; i < out.length; i += 1) {
    const node = out[i]!;
    if (node.type === 'paragraph' && (node.data as { caption?: boolean } | undefined)?.caption && out[i - 1]!.type === 'table') {
      out[i] = out[i - 1]!;
      out[i - 1] = node;
    }
  }
  return out;
}

export async function convertDocx(buffer: Buffer, imageBase: string): Promise<Converted> {
  const images: ImportedImage[] = [];
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      convertImage: mammoth.images.imgElement(async (image) => {
        const alt = (image as unknown as { altText?: string }).altText?.trim() ?? '';
        const cleaned = await cleanImage(await image.readAsBuffer(), `${imageBase}-${images.length + 1}`);
        images.push({ ...cleaned, alt });
        return { src: `./images/${cleaned.name}`, alt };
      }),
    },
  );
  const hast = unified().use(rehypeParse, { fragment: true }).parse(result.value) as HastRoot;
  firstRowHeads(hast);
  let title: string | undefined;
  const tree = (await unified()
    .use(rehypeRemark, {
      handlers: {
        ...footnoteHandlers,
        h1(_state, node: Element) {
          // The Title becomes the document's title setting, not a heading in its body.
          title ??= toText(node).trim();
          return undefined;
        },
        p(state, node: Element) {
          const children = state.all(node);
          if (hasClass(node, 'caption')) return { type: 'paragraph', children: [{ type: 'strong', children: children as never }], data: { caption: true } as never };
          return { type: 'paragraph', children: children as never };
        },
      },
    })
    .run(hast)) as Root;
  tree.children = captionsBeforeTables(tree.children);
  const warnings = result.messages.filter((m) => m.type === 'warning').map((m) => m.message);
  return { tree, title, images, warnings };
}

/** MDX text for a tree, with remark-mdx's escaping of `<`, `{` and `}`. */
export function toMdx(tree: Root): string {
  return unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).stringify(tree);
}
