/**
 * `svd import` of a Word strategy made with the `docx` package, into a copy
 * of the England fixture, then `svd check`, then a real build: the mapping
 * table, the refusal on comments and tracked changes, photos written without
 * their metadata, "(<25)" and "{...}" rendered as written, the caption and
 * footnote kept, and at least 90% of the requirement headings recognised.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/lib/build/pipeline.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { parseNow } from '../src/lib/engine/clock.ts';
import { FIXTURES } from './helpers/project.ts';
import { MEASURE_HEADINGS, OTHER_HEADINGS, photoWithGps, REQUIREMENT_HEADINGS, wordStrategy } from './helpers/word.ts';

const APP = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'svd-import-'));
const ROOT = join(work, 'site');
const DOCX = join(work, 'Marchmoor strategy FINAL v3.docx');
const TARGET = join(ROOT, 'content', 'strategy', 'en', 'index.mdx');

function svd(...args: string[]) {
  const result = spawnSync(process.execPath, [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let refused: ReturnType<typeof svd>;
let imported: ReturnType<typeof svd>;
let mdx: string;

beforeAll(async () => {
  cpSync(join(FIXTURES, 'sites', 'england'), ROOT, { recursive: true });
  writeFileSync(DOCX, await wordStrategy());
  refused = svd('import', DOCX, '--force', '--now', '2026-11-02');
  imported = svd('import', DOCX, '--force', '--accept-changes', '--now', '2026-11-02');
  mdx = readFileSync(TARGET, 'utf8');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('svd import', () => {
  it('refuses to write while the file has comments or tracked changes, and lists each', () => {
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('This Word file has 3 comments or tracked changes:');
    expect(refused.stdout).toMatch(/paragraph \d+ {2}comment \(Partnership Analyst\): "Is 410 the final count\?"/);
    expect(refused.stdout).toMatch(/inserted \(Policy Officer\): "better lighting and"/);
    expect(refused.stdout).toMatch(/deleted \(Policy Officer\): "more police"/);
    expect(refused.stderr).toContain('Nothing was written.');
  });

  it('with --accept-changes: keeps the insertion, drops the deletion and the comment', () => {
    expect(imported.code, imported.stderr).toBe(0);
    expect(mdx).toContain('Most said better lighting and would help.');
    expect(mdx).not.toContain('more police');
    expect(mdx).not.toContain('final count');
  });

  it('prints the mapping table and recognises at least 90% of the requirement headings, giving none a wrong key', () => {
    const table = imported.stdout;
    const wanted = [...REQUIREMENT_HEADINGS, ...MEASURE_HEADINGS];
    const given = wanted.map(([heading, key]) => {
      const row = table.split('\n').find((line) => line.trim().startsWith(heading));
      expect(row, `no row for "${heading}"`).toBeDefined();
      const got = /\{#([a-z-]+)\}\s*$/.exec(row!)?.[1];
      if (got) expect(got, heading).toBe(key);
      return got === key;
    });
    const recognised = given.filter(Boolean).length;
    console.log(`import: ${recognised}/${wanted.length} requirement headings recognised`);
    expect(recognised / wanted.length).toBeGreaterThanOrEqual(0.9);
    for (const other of OTHER_HEADINGS) expect(table).toMatch(new RegExp(`${other}\\s+\\(none\\)`));
    // The only requirement the fixture leaves out is last year's assessment (a first edition has none).
    expect(table).toContain('{#annual-assessment}  Assessment of last year\'s performance');
    for (const [heading, key] of wanted) if (given[wanted.findIndex(([h]) => h === heading)]) expect(mdx).toContain(`${heading} {#${key}}`);
  });

  it('fills the settings from the Word properties, never its author, and marks the publication date as a placeholder', () => {
    expect(mdx).toMatch(/^---\ntitle: Marchmoor Serious Violence Strategy 2026 to 2029\nsummary: How the organisations in Marchmoor/);
    expect(mdx).toContain('published: 2026-11-02 # TODO: the day it is published');
    expect(mdx).toContain('status: draft');
    expect(mdx).not.toContain('Jo Bloggs');
  });

  it('escapes what MDX would read as code, keeps the footnote and puts the caption before its table', () => {
    expect(mdx).toContain('young people (\\<25)');
    expect(mdx).toMatch(/- The council will extend detached youth work/);
    expect(mdx).toContain('Spending \\{in brackets} stayed level.');
    expect(mdx).toMatch(/\[\^1\][\s\S]*\[\^1\]: Source: police recorded crime, year to March 2025\./);
    expect(mdx).toMatch(/\*\*Table 1: violence with injury by year\*\*\n\n\| Year \| Offences \|/);
  });

  it('writes the photo beside the document with its GPS and author removed, and keeps its Word alt text', async () => {
    const before = await exifr.parse(await photoWithGps(), { gps: true, ifd0: true } as never);
    expect(before?.latitude).toBeGreaterThan(53);
    const images = readdirSync(join(ROOT, 'content', 'strategy', 'en', 'images'));
    expect(images).toEqual(['strategy-1.jpg']);
    const after = await exifr.parse(readFileSync(join(ROOT, 'content', 'strategy', 'en', 'images', images[0]!)), true);
    expect(after?.latitude).toBeUndefined();
    expect(after?.Artist).toBeUndefined();
    expect(mdx).toContain('![Young people and youth workers at the launch of the strategy](./images/strategy-1.jpg)');
  });
});

describe('then svd check and a real build', () => {
  let html: string;
  beforeAll(async () => {
    // What the author does next: publish it, with the review dates the England site uses.
    writeFileSync(TARGET, mdx.replace(' # TODO: the day it is published', '').replace('status: draft', 'status: published\nlastReviewed: 2026-11-02\nnextReview: 2027-10-29'));
    const lines: string[] = [];
    process.env.SVD_NOW = '2026-11-05';
    try {
      const result = await buildSite({ root: ROOT, outDir: join(work, 'dist'), log: (line) => lines.push(line) });
      if (!result.ok) throw new Error(`The imported strategy did not build:\n${lines.join('\n')}`);
    } finally {
      delete process.env.SVD_NOW;
    }
    html = readFileSync(join(work, 'dist', 'en', 'strategy', 'index.html'), 'utf8');
  });

  it('checks with no errors: the imported sections count', () => {
    const analysis = analyse(ROOT, { sets: ['check'], now: parseNow('2026-11-05') });
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule === 'content/mdx')).toEqual([]);
  });

  it('renders the escaped text as written, the caption as a caption and the footnote as a footnote', () => {
    expect(html).toMatch(/young people \((?:&lt;|&#x3C;|&#60;)25\)/);
    expect(html).toContain('Spending {in brackets} stayed level.');
    expect(html).toMatch(/<caption[^>]*>(?:<span[^>]*>)?Table 1: violence with injury by year(?:<\/span>)?<\/caption>/);
    expect(html).toContain('Source: police recorded crime, year to March 2025.');
    expect(existsSync(join(work, 'dist'))).toBe(true);
  });
});
