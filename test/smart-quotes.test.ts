import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { retext } from 'retext';
// The reference: the plugin smart-quotes.ts replaces, as remark-smart-punctuation.ts ran it (a devDependency for this test).
import retextSmartypants from 'retext-smartypants';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../scripts/bench/generate.ts';
import { APP_ROOT } from '../src/lib/build/pipeline.ts';
import { classOf, lowerInitial, sentences, type ParagraphChild, type Token } from '../src/lib/markdown/latin-sentences.ts';
import { punctuationText } from '../src/lib/markdown/remark-smart-punctuation.ts';
import { educateQuotes, educateRest } from '../src/lib/markdown/smart-quotes.ts';
import { compileMdx } from './helpers/satteri.ts';
import { EDGES, HELD_OUT, STRATEGY } from './smart-quotes/strategy-phrases.ts';

// parse-latin's own tables: its package exports only the parser, so by path (it is retext's parser, installed with it).
const latin = (await import(pathToFileURL(join(APP_ROOT, 'node_modules', 'parse-latin', 'lib', 'expressions.js')).href)) as Record<'whiteSpace' | 'punctuation' | 'word' | 'lowerInitial', RegExp>;

const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
const rest = retext().use(retextSmartypants, { quotes: false });

interface Mismatch {
  text: string;
  pass: 'quotes' | 'rest';
  expected: string;
  actual: string;
}

/** Each text through both passes, ours and retext's; the texts where they differ (none, to pass). */
function differences(texts: string[]): Mismatch[] {
  const out: Mismatch[] = [];
  for (const text of texts) {
    const expectedQuotes = quotes.processSync(text).toString();
    const actualQuotes = educateQuotes(text);
    if (actualQuotes !== expectedQuotes) out.push({ text, pass: 'quotes', expected: expectedQuotes, actual: actualQuotes });
    const expectedRest = rest.processSync(text).toString();
    const actualRest = educateRest(text);
    if (actualRest !== expectedRest) out.push({ text, pass: 'rest', expected: expectedRest, actual: actualRest });
  }
  return out;
}

type NlcstNode = { type: string; value?: string; children?: NlcstNode[] };
/** A token as "Type:value", a word or sentence as its parts in brackets: enough to show where two parses differ. */
const shape = (node: NlcstNode | ParagraphChild | Token): string =>
  'children' in node && node.children ? `${node.type}[${(node.children as NlcstNode[]).map(shape).join(' ')}]` : `${node.type}:${JSON.stringify((node as { value?: string }).value)}`;

/** parse-latin's paragraphs' children, as one list (how paragraphs split the text decides no quote). */
function latinSentences(text: string): string[] {
  const root = retext().parse(text) as NlcstNode;
  return (root.children ?? []).flatMap((child) => (child.type === 'ParagraphNode' ? (child.children ?? []) : [child])).map(shape);
}

/** The texts whose sentences, words and tokens are not parse-latin's. */
const misparsed = (texts: string[]) => texts.filter((text) => JSON.stringify(sentences(text).map(shape)) !== JSON.stringify(latinSentences(text)));

/** How many texts either pass changes: a corpus that changes nothing would prove nothing. */
const changing = (texts: string[]) => texts.filter((text) => educateQuotes(text) !== text || educateRest(text) !== text).length;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Heading keys ("## Funding {#funding}") are our own syntax, turned into ids before the punctuation runs.
const prepare = (text: string) => text.replace(/^\uFEFF/, '').replace(/ \{#[a-z0-9-]+\}$/gm, '');

/** The one string the quotes pass reads for an MDX page, from a real satteri compile (links, emphasis and code joined). */
function joinedText(source: string): string | undefined {
  let joined: string | undefined;
  try {
    compileMdx(prepare(source), { mdast: [(tree) => void (joined = punctuationText(tree))] });
  } catch {
    return undefined; // a fixture of deliberately broken MDX
  }
  return joined;
}

describe('smart quotes without retext', () => {
  it('classes every UTF-16 code unit as parse-latin 7 does, Welsh letters as word characters', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const char = String.fromCharCode(unit);
      const expected = latin.whiteSpace.test(char) ? 'WhiteSpaceNode' : latin.punctuation.test(char) ? 'PunctuationNode' : latin.word.test(char) ? 'WordNode' : 'SymbolNode';
      if (classOf(unit) !== expected) wrong.push(`U+${unit.toString(16)} ${classOf(unit)} (parse-latin: ${expected})`);
      if (lowerInitial(char) !== latin.lowerInitial.test(char)) wrong.push(`U+${unit.toString(16)} lower case ${lowerInitial(char)}`);
    }
    expect(wrong).toEqual([]);
    for (const letter of 'ŵŷâêîôûŴŶÂÊáéíóúẁẃẅỳýÿïë') expect(classOf(letter.charCodeAt(0)), letter).toBe('WordNode');
    expect(classOf('"'.charCodeAt(0))).toBe('PunctuationNode');
    expect(classOf('&'.charCodeAt(0))).toBe('SymbolNode');
  });

  it('gives retext-smartypants’ output on its own test strings', () => {
    const cases = JSON.parse(readFileSync(join(APP_ROOT, 'test', 'smart-quotes', 'smartypants-cases.json'), 'utf8')) as string[];
    expect(differences(cases)).toEqual([]);
    expect(misparsed(cases)).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
    expect(changing(cases)).toBeGreaterThan(45);
  });

  it('gives its output on strategy phrasing, English and Welsh, the held-out third included', () => {
    expect(differences(STRATEGY)).toEqual([]);
    expect(differences(HELD_OUT)).toEqual([]);
    expect(differences(EDGES)).toEqual([]);
    expect(misparsed([...STRATEGY, ...HELD_OUT, ...EDGES])).toEqual([]);
    expect(changing([...STRATEGY, ...HELD_OUT, ...EDGES])).toBeGreaterThan(85);
  });

  it('gives its output on the example and the test partnerships, whole files, lines and the text of each compiled page', () => {
    const files = [...mdxFiles(join(APP_ROOT, 'content')), ...mdxFiles(join(APP_ROOT, 'test', 'fixtures'))].map((file) => readFileSync(file, 'utf8'));
    const welsh = files.filter((text) => /^lang: cy$/m.test(text));
    expect(welsh.length).toBeGreaterThan(5);
    const joined = files.map(joinedText).filter((text): text is string => text !== undefined);
    expect(joined.length).toBeGreaterThan(40);
    const lines = files.flatMap((text) => text.split('\n'));
    expect(differences(files)).toEqual([]);
    expect(differences(joined)).toEqual([]);
    expect(differences(lines)).toEqual([]);
    expect(misparsed([...joined, ...lines])).toEqual([]);
    expect(changing(joined)).toBeGreaterThan(20);
  });

  describe('on the bench generator’s partnership', () => {
    const root = mkdtempSync(join(tmpdir(), 'svd-quotes-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('gives its output on every generated page', () => {
      generate(APP_ROOT, root, 2);
      const pages = mdxFiles(join(root, 'content')).filter((file) => file.includes('bench-2-')).map((file) => readFileSync(file, 'utf8'));
      expect(pages.length).toBeGreaterThan(5);
      const joined = pages.map(joinedText).filter((text): text is string => text !== undefined);
      expect(joined.length).toBe(pages.length);
      expect(differences([...pages, ...joined])).toEqual([]);
      expect(misparsed([...pages, ...joined])).toEqual([]);
    });
  });

  it('gives its output on quotes, dashes and dots joined across links, emphasis and code', () => {
    const pages = [
      '"[Home Office guidance](https://www.gov.uk/)," we wrote -- twice.\n',
      '*"Emphasis"* and **\'strong\'** and _"mixed \'nesting\'"_.\n',
      'The `code` "after" and "before" `code`, and \'`quoted code`\'.\n',
      '[Partners\'](https://example.org/) data ("[police](https://example.org/)") . . . and more...\n',
      '# "Heading"\n\n"Paragraph" after it\n\n- "item one"\n- \'item two\'\n',
      '> "Block quote... ends"\n\n| "a" | \'b\' |\n|---|---|\n| c\'s | "d" -- e |\n',
      'Mae\'r [bartneriaeth](https://example.org/) yn dweud "*iechyd y cyhoedd*".\n',
      'In the *\'90s* and \'**24**, the 1990\'s *trends*.\n',
    ];
    const joined = pages.map(joinedText);
    expect(joined.every((text) => text !== undefined)).toBe(true);
    expect(differences(joined as string[])).toEqual([]);
    expect(misparsed(joined as string[])).toEqual([]);
    expect(changing(joined as string[])).toBe(pages.length);
  });

  it('gives its output on random strings of quotes, dots, dashes, letters and white space', () => {
    const alphabet = ['"', "'", '.', ' ', '\n', '\n\n', 'a', 'Ab', 's', '80s', '9', 'ŵ', 'Ŷr', '-', '--', '---', '`', '``', "''", ',', ';', '!', '?', '(', ')', '&', '/', '@', '😀', '…', '’', '\t', '\u00a0', 'U', 'etc', 'e.g', ':', '_', 'cf', '\r\n', '=', '\u00ad', '·', '‐', '‑', '‧', 'A.B', 'x/y'];
    let seed = 9;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    expect(differences(texts)).toEqual([]);
    expect(misparsed(texts)).toEqual([]);
    expect(changing(texts)).toBeGreaterThan(1000);
  });
});
