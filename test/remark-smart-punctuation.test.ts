import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
// The plugin Astro runs by default: ours must give exactly its output (src/lib/markdown/remark-smart-punctuation.ts).
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../src/lib/build/pipeline.ts';
import { smartPunctuate } from '../src/lib/markdown/remark-smart-punctuation.ts';
import { smartPunctuationPlugins } from '../src/lib/markdown/satteri-smart-punctuation.ts';
import { compileMdx } from './helpers/satteri.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

// Heading keys ("## Funding {#funding}") are our own syntax, turned into ids before MDX sees them.
const prepare = (text: string) => text.replace(/^\uFEFF/, '').replace(/ \{#[a-z0-9-]+\}$/gm, '');

/**
 * The text the punctuation works on, in document order, a line per block.
 * Text, not trees: satteri and micromark shape a few trees differently (a
 * one-line `<p>...</p>` holds its text directly in satteri, a paragraph in
 * micromark), which is not punctuation.
 */
function texts(root: Root): string[] {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text') out.push(node.value);
    else if (['paragraph', 'heading', 'tableCell', 'mdxJsxFlowElement'].includes(node.type)) out.push('\n');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
  return out.join('').split('\n').filter((line) => line.trim());
}

/**
 * Ours: the plugins Astro runs, in a real satteri compile, and the whole-tree
 * step they fall back on, which must agree. The reference: remark-smartypants
 * on unified's tree.
 */
function both(text: string): { ours: string[]; reference: string[] } {
  const reference = parser.runSync(parser.parse(prepare(text))) as Root;
  unified().use(remarkSmartypants).runSync(reference);
  const ours = texts(compileMdx(prepare(text), { mdastPlugins: smartPunctuationPlugins }).mdast);
  expect(texts(compileMdx(prepare(text), { mdast: [(tree) => smartPunctuate(tree)] }).mdast), 'the whole-tree step').toEqual(ours);
  return { ours, reference: texts(reference) };
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const plain = (texts: string[]) => texts.join('\n');

describe('smart punctuation', () => {
  it('turns quotes, dashes, ellipses and backtick quotes into typographic ones', () => {
    const { ours } = both("She said \"it's *our* plan\" -- the board agreed... ``Yes,'' said the chair. . .\n");
    const text = plain(ours);
    expect(text).toContain('She said “it’s ');
    expect(text).toContain('plan” — the board agreed… “Yes,” said the chair…');
  });

  it('gives remark-smartypants’ output on every document of the example and the test partnerships, English and Welsh', () => {
    const files = [...mdxFiles(join(APP_ROOT, 'content')), ...mdxFiles(join(APP_ROOT, 'test', 'fixtures'))];
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // A fixture saved in the wrong encoding (UTF-16): the two parsers mend its NULs differently, which is not punctuation.
      if (text.includes('\u0000')) continue;
      let pair: ReturnType<typeof both>;
      try {
        pair = both(text);
      } catch {
        continue; // a fixture of deliberately broken MDX: no tree to punctuate
      }
      expect(plain(pair.ours), file).toBe(plain(pair.reference));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('gives remark-smartypants’ output on quotes across links, code, tables and JSX', () => {
    const cases = [
      '"[Home Office guidance](https://www.gov.uk/) says so," we wrote.\n',
      "The `--flag` and 'single' quotes, `'code'` and \"double\".\n",
      '| Area | Note |\n|---|---|\n| "Cardiff" | 1990s -- now... |\n',
      '<span>"Inside" -- a span</span> and <style>{`a--b`}</style>\n',
      '# "Heading" -- one\n\n"Paragraph two"\n\n> "Quoted... block"\n',
      "Rock 'n' roll, the '90s, ''odd'' and ``even``.\n",
      'Our plan.\n\n<p>"Quoted" -- in a one-line element.</p>\n\n<div>\n"In a block" element\n</div>\n',
    ];
    for (const text of cases) {
      const { ours, reference } = both(text);
      expect(plain(ours), text).toBe(plain(reference));
    }
  });
});
