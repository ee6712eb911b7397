import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
// The plugin Astro runs by default: ours must give exactly its output (src/lib/markdown/remark-smart-punctuation.ts).
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../src/lib/build/pipeline.ts';
import { remarkSmartPunctuation } from '../src/lib/markdown/remark-smart-punctuation.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

function tree(text: string): Root {
  // Heading keys ("## Funding {#funding}") are our own syntax, turned into ids before MDX sees them.
  return parser.runSync(parser.parse(text.replace(FRONTMATTER, '').replace(/ \{#[a-z0-9-]+\}$/gm, ''))) as Root;
}

function both(text: string): { ours: Root; reference: Root } {
  const ours = tree(text);
  const reference = structuredClone(ours);
  unified().use(remarkSmartPunctuation).runSync(ours);
  unified().use(remarkSmartypants).runSync(reference);
  return { ours, reference };
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const plain = (root: Root) => JSON.stringify(root, (key, value) => (key === 'position' ? undefined : value));

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
      let pair: ReturnType<typeof both>;
      try {
        pair = both(readFileSync(file, 'utf8'));
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
    ];
    for (const text of cases) {
      const { ours, reference } = both(text);
      expect(plain(ours), text).toBe(plain(reference));
    }
  });
});
