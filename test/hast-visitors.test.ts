/**
 * The hast steps run one of two ways (markdown/processor.ts): on a copy of
 * the whole page, where the sanitiser would change the page, or as visitors
 * that hand over only the nodes they need, where the sanitiser's check
 * (safety/satteri-sanitise.ts) has shown it would change nothing. Both must
 * give the same page: every MDX file in the project (example, fixtures,
 * docs) and cases written for what each step reads (captions, charts,
 * calling words across emphasis, long pages, Welsh) compile to the same code
 * both ways. And the check must send a page the sanitiser changes down the
 * whole-tree path, and leave the example's pages to the visitors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs, type HastPluginList } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingKeysPlugin, rewriteHeadingKeys } from '../src/lib/content/heading-keys.ts';
import { HAST_STEPS, SVD_HAST_PLUGINS } from '../src/lib/markdown/processor.ts';
import { smartPunctuationPlugins } from '../src/lib/markdown/satteri-smart-punctuation.ts';
import { hastTreePlugin, wholeTreeReason } from '../src/lib/markdown/satteri-tree.ts';

const ROOT = join(import.meta.dirname, '..');
const WHOLE_TREE_ALWAYS: HastPluginList = [hastTreePlugin('svd-hast', HAST_STEPS)];

/** The page's code with the given hast plugins, and why it took the whole-tree path (if it did). The refusal is left out, so refused fixtures compile too. */
function compile(source: string, lang: string, hastPlugins: HastPluginList): { code: string; whole: string | undefined } {
  const result = mdxToJs(rewriteHeadingKeys(source), {
    mdastPlugins: [...smartPunctuationPlugins, headingKeysPlugin],
    hastPlugins,
    features: { smartPunctuation: false },
    data: { astro: { frontmatter: { lang }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  if (result instanceof Promise) throw new Error('the hast steps became asynchronous');
  return { code: result.code, whole: wholeTreeReason(result.data as Record<string, unknown>) };
}

const langOf = (source: string) => (/^---\n[\s\S]*?^lang:\s*cy\b[\s\S]*?\n---/m.test(source) ? 'cy' : 'en');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function compilesBothWays(source: string, lang = langOf(source)) {
  let expected: string;
  try {
    expected = compile(source, lang, WHOLE_TREE_ALWAYS).code;
  } catch {
    return undefined; // a fixture satteri itself cannot compile (a deliberate syntax error)
  }
  const actual = compile(source, lang, SVD_HAST_PLUGINS);
  expect(actual.code).toBe(expected);
  return actual;
}

const LONG = Array.from({ length: 4 }, (_, i) => `## Section ${i + 1}\n\n${'Partners meet every month to review the data and agree actions. '.repeat(45)}\n`).join('\n');

/** Written for what each visitor reads. */
const CASES: Record<string, string> = {
  'a caption paragraph, an author number and a numeric column':
    '## Knife crime\n\nTable 2: Offences by year\n\n| Year | Offences | Change |\n|:--|--:|:-:|\n| 2023 | 1,180 | - |\n| 2024 | 1,250 | up 6% |\n\nTable: Where\n\n| Area | Note |\n|---|---|\n| Cardiff | a note |\n\n### After\n\n| Only | One |\n|---|---|\n| a | b |\n',
  'a numbered chart, a caption inside a chart, a later author number':
    '## Charts\n\n<Chart title="Table 4: Knife crime by year">\n\n| Year | Offences |\n|---|---|\n| 2023 | 1,180 |\n\n</Chart>\n\n<Chart title="Admissions">\n\nTable: Admissions by age\n\n| Age | Admissions |\n|---|---|\n| 10-17 | 40 |\n\n</Chart>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee Table 1: for more.\n\nTable 1: later\n\n| c | d |\n|---|---|\n| 3 | 4 |\n',
  'tables in a list and a quote': '- first\n\n  Table: In a list\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n\n> | q | r |\n> |---|---|\n> | 3 | 4 |\n',
  'calling words across emphasis and figures':
    'If you are in danger, call **999**. Ring the police on 101 to report a crime. In 2024, 111 people were seen. Call Samaritans free on 116 123.\n\nOur office: 029 2018 0123, or *ffoniwch* <Figure id="homicides" /> 111 os.\n\n## Call 999\n\nA link: [029 2018 0123](tel:+442920180123) and `call 999`.\n\n| Service | Number |\n|---|---|\n| Police | call 101 now |\n',
  'a long sentence before a number in a strong': `${'word '.repeat(30)}then call <strong>999</strong>? No: **ring _now_ on 101** in an emergency.\n`,
  'a long page': LONG,
  'a long page with a table and a chart': `${LONG}\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Chart title="Counts">\n\n| k | v |\n|---|---|\n| x | 1 |\n\n</Chart>\n`,
  'footnotes, code, an image, a titled link, a keyed heading':
    '## Aims {#aims}\n\nText with a note.[^1] See [the plan](https://example.gov.uk/plan "The plan").\n\n```js\nconst a = 1;\n```\n\n![A chart of offences](./chart.png "Offences")\n\n[^1]: The note, with 029 2018 0123.\n',
  'character references and breaks': 'Fish &amp; chips, 0&#50;9 2018 0123  \nnext line\\\ncall 999.\n',
  'a task list (the sanitiser drops its boxes)': '- [ ] to do\n- [x] done\n',
  'lowercase JSX (the sanitiser makes it an element)': 'The <abbr title="Violence Reduction Unit">VRU</abbr> meets on 029 2018 0123.\n',
  'an expression (the refusal stops it first; here it reaches the sanitiser)': 'Two is {1 + 1}.\n',
  'a component with content': 'We saw <Figure id="x">many</Figure> incidents.\n',
};

describe('the hast steps give the same page as visitors and on the whole tree', () => {
  const files = ['content', 'test/fixtures', 'docs'].flatMap((dir) => mdxFiles(join(ROOT, dir)));

  it('finds the corpus', () => expect(files.length).toBeGreaterThan(50));

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
    compilesBothWays(readFileSync(file, 'utf8'));
  });

  it.each(Object.entries(CASES).flatMap(([name, source]) => [[name, 'en', source], [name, 'cy', source]]))('%s (%s)', (_name, lang, source) => {
    expect(compilesBothWays(source, lang)).toBeDefined();
  });
});

describe('a page just either side of long, counted with what the tables step adds', () => {
  // The table's caption and scroll hint add text, and its caption paragraph goes: the visitors decide
  // "long" before those edits land, so they must count them as the whole-tree step (which runs after) does.
  const page = (filler: number) => `## A\n\n${'x'.repeat(filler)}\n\n## B\n\nTable: Offences by year\n\n| Year | Offences |\n|---|---|\n| 2024 | 1,250 |\n\n<Chart title="Admissions">\n\n| Age | Admissions |\n|---|---|\n| 10-17 | 40 |\n\n</Chart>\n\n## C\n\nEnd.\n`;
  const fillers = Array.from({ length: 60 }, (_, i) => 9_750 + i * 5);

  it.each(fillers.flatMap((filler) => [[filler, 'en'], [filler, 'cy']]))('%i characters (%s)', (filler, lang) => {
    compilesBothWays(page(filler), lang as string);
  });

  it('has pages on both sides of the line', () => {
    const long = fillers.map((filler) => compile(page(filler), 'en', SVD_HAST_PLUGINS).code.includes('svd-back-to-contents'));
    expect(long).toContain(true);
    expect(long).toContain(false);
  });
});

describe('the sanitiser check chooses the path', () => {
  it('leaves every page of the example to the visitors', () => {
    const pages = mdxFiles(join(ROOT, 'content'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const source = readFileSync(page, 'utf8');
      expect([relative(ROOT, page), compile(source, langOf(source), SVD_HAST_PLUGINS).whole]).toEqual([relative(ROOT, page), undefined]);
    }
  });

  it.each([
    ['a task list', CASES['a task list (the sanitiser drops its boxes)']!, /<input> is not allowed/],
    ['lowercase JSX', CASES['lowercase JSX (the sanitiser makes it an element)']!, /JSX <abbr>/],
    ['an expression', CASES['an expression (the refusal stops it first; here it reaches the sanitiser)']!, /MDX expression/],
    ['a component with content', CASES['a component with content']!, /<Figure> with content/],
    ['a javascript: link', '[x](javascript:alert(1))\n', /<a> has a property/],
    ['a protocol-relative image', '![x](//tracker.example/p.gif)\n', /<img> has a property/],
    ['an unknown component', '<Map />\n', /JSX <Map>/],
  ])('sends %s down the whole-tree path', (_name, source, reason) => {
    expect(compile(source, 'en', SVD_HAST_PLUGINS).whole).toMatch(reason);
  });

  it('leaves plain pages with links, images, footnotes, tables and charts to the visitors', () => {
    for (const name of ['a caption paragraph, an author number and a numeric column', 'a numbered chart, a caption inside a chart, a later author number', 'calling words across emphasis and figures', 'footnotes, code, an image, a titled link, a keyed heading', 'a long page']) {
      expect([name, compile(CASES[name]!, 'en', SVD_HAST_PLUGINS).whole]).toEqual([name, undefined]);
    }
  });
});
