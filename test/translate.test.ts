/**
 * The translator's round trip: `svd translate export` writes XLIFF 1.2 with
 * only new and changed units left to translate, `svd translate import` brings
 * a translation back as MDX, refusing damaged files, and the per-section
 * record lets translation/stale name exactly the sections that changed.
 * Runs in process over real files in temp folders (no build).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { VFile } from 'vfile';
import { run as translate } from '../src/lib/commands/translate.ts';
import { run as translations } from '../src/lib/commands/translations.ts';
import { loadProject } from '../src/lib/content/load.ts';
import { parseMdx } from '../src/lib/content/parse.ts';
import { run as analyse } from '../src/lib/engine/analyse.ts';
import { planExport } from '../src/lib/translate/export.ts';
import { readXliff } from '../src/lib/translate/xliff.ts';
import { TEST_NOW } from './helpers/project.ts';

const REPO = join(import.meta.dirname, '..');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'xliff');
const STRATEGY = { en: 'content/strategy/en/index.mdx', cy: 'content/strategy/cy/index.mdx' };
const NOW = ['--now', '2026-11-20'];

const made: string[] = [];
afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of a site's content/ folder (or only some of its files) in a fresh temp folder. */
function copySite(from: string, only?: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'svd-translate-'));
  made.push(root);
  if (!only) cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
  for (const path of only ?? []) cpSync(join(from, path), join(root, path), { recursive: true });
  return root;
}

/** The example's site settings and English strategy: the round trips need no more. */
const EXAMPLE_STRATEGY = ['content/site.yaml', STRATEGY.en];

/** Run `svd translate ...` in process; what it printed, and its exit code. */
async function svd(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await translate(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Give every unit without a target its source as target: an "identity translation". */
function identity(xml: string): string {
  return xml.replace(/(<source>([\s\S]*?)<\/source>)(?!\s*<target)/g, (_, source: string, inner: string) => `${source}<target>${inner}</target>`);
}

/** A tree for comparison: positions and frontmatter dropped. */
function body(text: string): unknown {
  const tree = parseMdx(new VFile({ value: text })) as Root;
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position').map(([k, v]) => [k, strip(v)]));
    return node;
  };
  return strip(tree.children.filter((n) => n.type !== 'yaml'));
}

async function exportTo(root: string, ...args: string[]) {
  const file = join(root, 'out.xlf');
  const result = await svd('export', root, '--out', file, ...NOW, ...args);
  return { ...result, file, xml: result.code === 0 && result.out.includes('Wrote') ? readFileSync(file, 'utf8') : '' };
}

describe('svd translate export', () => {
  it('offers nothing on the example, whose Welsh is recorded as matching the English', async () => {
    const root = copySite(REPO);
    const { code, out } = await exportTo(root);
    expect(code).toBe(0);
    expect(out).toMatch(/Words: 0 new, 0 changed, [1-9][\d,]* unchanged\./);
    expect(readdirSync(root)).not.toContain('out.xlf');
  });

  it('writes XLIFF 1.2 with placeholders for code, components, links, images and section keys, and a unit per cell, caption and alt text', async () => {
    const root = copySite(join(FIXTURES, 'site'));
    const { code, out, xml } = await exportTo(root);
    expect(code).toBe(0);
    expect(out).toContain('24 of 24 units to translate (180 words: 180 new, 0 changed)');
    expect(xml).toContain('version="1.2"');
    expect(xml).toContain('source-language="en-GB" target-language="cy-GB"');
    expect(xml).toContain('<source>How to take part <ph id="key" ctype="x-section-key">{#taking-part}</ph></source>');
    expect(xml).toContain('<g id="2" ctype="link">terms of reference</g>');
    // The URL is not in the file, so a translator cannot change it.
    expect(xml).not.toContain('forum-terms');
    expect(xml).toContain('<ph id="1" ctype="x-code">`svd data export`</ph>');
    expect(xml).toContain('<ph id="2" ctype="x-mdx">&lt;br /&gt;</ph>');
    expect(xml).toContain('<trans-unit id="taking-part.6.alt1" xml:space="preserve">');
    expect(xml).toContain('<source>Offences fell slightly over three years.</source>');
    expect(xml).toContain('<trans-unit id="_settings.summary" xml:space="preserve">');
    // Figures alone are not offered; numbers in words are.
    expect(xml).not.toContain('<source>3,050</source>');
    const [file] = await readXliff(xml);
    expect(file!.units.size).toBe(24);
  });
});

describe('svd translate import', () => {
  it('round-trips an identity translation of the strategy: the Welsh MDX has the same tree as the English', async () => {
    // No Welsh yet, so every unit is offered.
    const root = copySite(REPO, EXAMPLE_STRATEGY);
    const exported = await exportTo(root, '--to', 'cy');
    expect(exported.out).toContain('content/strategy/en/index.mdx -> content/strategy/cy/index.mdx: 318 of 318 units to translate');
    writeFileSync(exported.file, identity(exported.xml));
    const imported = await svd('import', exported.file, root, '--by', 'Test Cyf', ...NOW);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const english = readFileSync(join(root, STRATEGY.en), 'utf8');
    const welsh = readFileSync(join(root, STRATEGY.cy), 'utf8');
    expect(body(welsh)).toEqual(body(english));
    expect(welsh).toContain('lang: cy');
    expect(welsh).toMatch(/^ {4}governance: \{ sourceHash: sha256-[0-9a-f]{64}, date: 2026-11-20, by: Test Cyf \}$/m);
  });

  it('after one English paragraph changes, exports one changed unit and the rest as final, and svd check names that section alone as stale', async () => {
    const root = copySite(REPO, EXAMPLE_STRATEGY);
    const first = await exportTo(root, '--to', 'cy');
    writeFileSync(first.file, identity(first.xml));
    expect((await svd('import', first.file, root, ...NOW)).code).toBe(0);
    const english = readFileSync(join(root, STRATEGY.en), 'utf8');
    writeFileSync(join(root, STRATEGY.en), english.replace('It tracks the actions in this strategy, solves problems', 'It tracks the actions in this strategy and solves problems'));

    const second = await exportTo(root, '--to', 'cy');
    expect(second.out).toContain('content/strategy/cy/index.mdx: 1 of 318 units to translate');
    const [strategy] = await readXliff(second.xml);
    const units = [...strategy!.units.values()];
    const open = units.filter((u) => u.attributes.approved !== 'yes');
    expect(open.map((u) => u.id)).toEqual([expect.stringMatching(/^governance\.\d+$/)]);
    expect(units.filter((u) => u.attributes.approved === 'yes' && u.target).length).toBe(units.length - 1);
    expect(second.xml).toContain('state="final"');

    const project = loadProject(root, { now: TEST_NOW });
    const stale = analyse(project).findings.filter((f) => f.rule === 'translation/stale');
    expect(stale.map((f) => f.message)).toEqual([expect.stringMatching(/^The section "Governance[^"]*" \(#governance\) in content\/strategy\/en\/index\.mdx \(line \d+\) has changed since it was translated \(2026-11-20, unknown\): the text at line \d+ changed\./)]);
    const line = english.split('\n').findIndex((l) => l.includes('It tracks the actions in this strategy, solves problems')) + 1;
    expect(stale[0]!.message).toContain(`the text at line ${line} changed`);

    // svd translations: the same, as a table and as JSON.
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    let code: number;
    try {
      code = await translations([root, '--json', ...NOW]);
    } finally {
      write.mockRestore();
    }
    expect(code).toBe(1);
    const [document] = (JSON.parse(written.join('')) as { documents: { target: string; record: string; sections: { key: string; state: string; by?: string; date?: string; changedLines?: number[] }[] }[] }).documents;
    expect(document!.target).toBe(STRATEGY.cy);
    expect(document!.record).toBe('sections');
    expect(document!.sections.filter((s) => s.state !== 'current')).toEqual([expect.objectContaining({ key: 'governance', state: 'stale', date: '2026-11-20', by: 'unknown', changedLines: [line] })]);
    expect(document!.sections.length).toBe(26);
  });

  it('refuses a damaged placeholder, naming the unit and its source line, and writes nothing', async () => {
    const root = copySite(join(FIXTURES, 'site'));
    const translated = readFileSync(join(FIXTURES, 'trados.xlf'), 'utf8');
    const damaged = translated.replace('<target state="translated"><mrk mtype="seg" mid="1">Ein data <ph id="key" ctype="x-section-key">{#data}</ph>', '<target state="translated"><mrk mtype="seg" mid="1">Ein data <ph id="key" ctype="x-section-key">{#daata}</ph>');
    expect(damaged).not.toBe(translated);
    const file = join(root, 'damaged.xlf');
    writeFileSync(file, damaged);
    const result = await svd('import', file, root, ...NOW);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Nothing was written');
    expect(result.err).toContain('unit data.0 (content/pages/en/working-with-us.mdx line 23): placeholder key ({#data}) was changed (it now holds "{#daata}")');
    expect(readdirSync(join(root, 'content', 'pages'))).toEqual(['en']);
  });

  it('refuses a file with a unit missing or a tag deleted, naming each', async () => {
    const root = copySite(join(FIXTURES, 'site'));
    let xml = readFileSync(join(FIXTURES, 'memoq.xlf'), 'utf8');
    xml = xml.replace(/<trans-unit id="data\.5"[\s\S]*?<\/trans-unit>/, '');
    xml = xml.replace('<target xml:space="preserve">yn un o’n <bpt id="1" ctype="italic">&lt;g id="1"&gt;</bpt>sesiynau galw heibio<ept id="1">&lt;/g&gt;</ept>', '<target xml:space="preserve">yn un o’n sesiynau galw heibio');
    const file = join(root, 'broken.xlf');
    writeFileSync(file, xml);
    const result = await svd('import', file, root, ...NOW);
    expect(result.code).toBe(1);
    expect(result.err).toContain('unit data.5 (content/pages/en/working-with-us.mdx line 29) is missing from the XLIFF file');
    expect(result.err).toContain('unit taking-part.4 (content/pages/en/working-with-us.mdx line 18): placeholder 1 (italic) is missing from the translation');
  });

  for (const [tool, by] of [
    ['trados', 'Eleri Prys (Trados Studio 18.1)'],
    ['memoq', 'Siôn Rhys (memoQ 11.2.7)'],
  ] as const) {
    it(`imports a translation shaped as ${tool} writes it: Welsh words in the English structure, links and code untouched`, async () => {
      const root = copySite(join(FIXTURES, 'site'));
      const result = await svd('import', join(FIXTURES, `${tool}.xlf`), root, ...NOW);
      expect(result.err).toBe('');
      const welsh = readFileSync(join(root, 'content/pages/cy/working-with-us.mdx'), 'utf8');
      expect(welsh).toContain('## Sut i gymryd rhan {#taking-part}');
      expect(welsh).toContain('ymuno â’n **Fforwm Trais Ieuenctid**, sy’n cyfarfod bedair gwaith y flwyddyn. Darllenwch y [cylch gorchwyl](https://example.gov.uk/svd/forum-terms) cyn');
      expect(welsh).toContain('Lawrlwythwch nhw gyda `svd data export` neu o’r ddolen ar bob tabl.<br />Caiff');
      expect(welsh).toContain('![Pobl ifanc a gweithwyr ieuenctid mewn cyfarfod o’r fforwm ym Marchford](/images/forum.png)');
      // The chart's column follows its translated heading.
      expect(welsh).toContain('<Chart title="Troseddau fesul blwyddyn" description="Gostyngodd troseddau ychydig dros dair blynedd." column="Troseddau">');
      expect(welsh).toContain(`by: ${by} }`);
      const project = loadProject(root, { now: TEST_NOW });
      expect(project.documents.find((d) => d.lang === 'cy')?.data?.title).toBe('Gweithio gyda ni ar drais difrifol');
      expect(analyse(project).findings.filter((f) => f.rule.startsWith('translation/') || f.rule.startsWith('content/'))).toEqual([]);
      // Nothing left to translate.
      expect((await exportTo(root)).out).toContain('Words: 0 new, 0 changed, 180 unchanged.');
    });
  }

  it('imports XLIFF 2.0 shaped as Phrase exports it (pc and ph tags), to the same Welsh', async () => {
    const trados = copySite(join(FIXTURES, 'site'));
    const phrase = copySite(join(FIXTURES, 'site'));
    expect((await svd('import', join(FIXTURES, 'trados.xlf'), trados, ...NOW)).code).toBe(0);
    const result = await svd('import', join(FIXTURES, 'phrase-2.0.xlf'), phrase, '--by', 'Cyfieithu Cyf', ...NOW);
    expect(result.err).toBe('');
    const page = 'content/pages/cy/working-with-us.mdx';
    const bodyText = (root: string) => readFileSync(join(root, page), 'utf8').split('\n---\n')[1];
    expect(bodyText(phrase)).toBe(bodyText(trados));
    expect(readFileSync(join(phrase, page), 'utf8')).toContain('by: Cyfieithu Cyf }');
  });

  it('hashes the words, not the bytes: the English saved again with Windows line endings and a byte-order mark is still translated', async () => {
    const root = copySite(join(FIXTURES, 'site'));
    expect((await svd('import', join(FIXTURES, 'memoq.xlf'), root, ...NOW)).code).toBe(0);
    const path = join(root, 'content/pages/en/working-with-us.mdx');
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
    const project = loadProject(root, { now: TEST_NOW });
    expect(analyse(project).findings.filter((f) => f.rule === 'translation/stale')).toEqual([]);
    expect((await exportTo(root)).out).toContain('Words: 0 new, 0 changed, 180 unchanged.');
  });

  it('works Welsh-first: Welsh source, English translation, round trip', async () => {
    const root = copySite(join(FIXTURES, 'site'));
    expect((await svd('import', join(FIXTURES, 'trados.xlf'), root, ...NOW)).code).toBe(0);
    // Now make the Welsh the source: the English records it is translated from Welsh.
    const enPath = join(root, 'content/pages/en/working-with-us.mdx');
    const cyPath = join(root, 'content/pages/cy/working-with-us.mdx');
    const welsh = readFileSync(cyPath, 'utf8').replace(/translation:\n(?: .*\n)+/, '');
    writeFileSync(cyPath, welsh);
    rmSync(enPath);
    writeFileSync(join(root, 'content/pages/en/.keep'), '');
    const project = loadProject(root, { now: TEST_NOW });
    const [plan] = planExport(project);
    expect(plan!.pair.source.lang).toBe('cy');
    expect(plan!.pair.targetLang).toBe('en');
    const exported = await exportTo(root, '--to', 'en');
    expect(exported.xml).toContain('source-language="cy-GB" target-language="en-GB"');
    expect(exported.xml).toContain('<source>Sut i gymryd rhan <ph id="key" ctype="x-section-key">{#taking-part}</ph></source>');
    writeFileSync(exported.file, identity(exported.xml));
    expect((await svd('import', exported.file, root, ...NOW)).code).toBe(0);
    const english = readFileSync(join(root, 'content/pages/en/working-with-us.mdx'), 'utf8');
    expect(english).toContain('lang: en');
    expect(english).toMatch(/translation:\n {2}source: cy\n/);
    expect(body(english)).toEqual(body(welsh));
    const again = loadProject(root, { now: TEST_NOW });
    expect(analyse(again).findings.filter((f) => f.rule === 'translation/stale')).toEqual([]);
    expect((await exportTo(root)).out).toContain('0 new, 0 changed');
  });
});
