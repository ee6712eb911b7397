/**
 * The bad-input corpus (test/fixtures/bad/): every case, run through the real
 * `svd check` CLI, gets exactly the findings recorded in expected.json (rule,
 * file, line, column and the exact English message), with no stack trace and
 * nothing written; the real build refuses the same project without running
 * Astro or writing anything. Cases too big or too odd for git (a 20 MB file,
 * 5,000-deep nesting, symlinks leaving the project) are made here.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT, buildSite } from '../src/lib/build/pipeline.ts';
import { sourceHash } from '../src/lib/checks/translation/hash.ts';
import { FIXTURES } from './helpers/project.ts';

const BAD = join(FIXTURES, 'bad');
const EXPECTED: Record<string, Array<{ rule: string; line: number; column: number; message: string }>> = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8'));
const FM = (key: string) => `---\ntitle: Page ${key}\nsummary: A page of the partnership's site.\nlang: en\ntranslationKey: ${key}\nslug: ${key}\nstatus: published\npublished: 2026-11-02\n---\n\n`;

let work: string;
let project: string;

function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    return `${name} ${stat?.size ?? 'link'} ${stat?.mtimeMs ?? ''}`;
  });
}

async function svd(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [join(APP_ROOT, 'scripts', 'svd.mjs'), ...args], { cwd: work, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'svd-bad-'));
  project = join(work, 'project');
  cpSync(join(BAD, 'documents'), project, { recursive: true });
  const pages = join(project, 'content', 'pages', 'en');
  // 20 MB of ordinary text: refused by size, without being parsed.
  writeFileSync(join(pages, 'huge.mdx'), FM('huge') + 'Our partners work together to prevent serious violence in Marchmoor.\n'.repeat(300_000));
  // 5,000 nested list items on one line (indenting each level would itself pass the size limit), and 150 indented levels.
  writeFileSync(join(pages, 'deep-list.mdx'), FM('deep-list') + `${'- '.repeat(5000)}deep\n`);
  writeFileSync(join(pages, 'deep-indent.mdx'), FM('deep-indent') + Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n') + '\n');
  writeFileSync(join(pages, 'deep-quote.mdx'), FM('deep-quote') + `${'>'.repeat(5000)} deep\n`);
  writeFileSync(join(pages, 'deep-tags.mdx'), FM('deep-tags') + `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}\n`);
  // Symlinks leading out of the project: a document, and a folder of documents.
  const outside = join(work, 'outside');
  mkdirSync(join(outside, 'folder'), { recursive: true });
  writeFileSync(join(outside, 'secret.mdx'), FM('secret') + 'The build machine\'s private notes.\n');
  writeFileSync(join(outside, 'folder', 'more.mdx'), FM('more') + 'More private notes.\n');
  symlinkSync(join(outside, 'secret.mdx'), join(pages, 'linked.mdx'));
  symlinkSync(join(outside, 'folder'), join(pages, 'linked-folder'));
  // A picture inside the project that is a symlink to a file outside it.
  writeFileSync(join(outside, 'photo.png'), readFileSync(join(pages, 'images', 'map.png')));
  symlinkSync(join(outside, 'photo.png'), join(pages, 'images', 'linked.png'));
  writeFileSync(join(pages, 'image-symlink.mdx'), `${FM('image-symlink')}![A photo](./images/linked.png)\n`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bad-input corpus through the real CLI', () => {
  it('has at least 40 cases, each with its expected findings', () => {
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(40);
  });

  it('answers every case with exactly its recorded findings, no stack trace, and writes nothing', async () => {
    const before = listing(project);
    const { code, stdout, stderr } = await svd(['check', project, '--json']);
    expect(code).toBe(1);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    const findings: Array<{ file: string; rule: string; line: number; column: number; message: string; severity: string }> = JSON.parse(stdout).findings;
    const errors: Record<string, unknown[]> = {};
    // Messages name where a symlink leads: the temporary folder, shown as <work>.
    for (const f of findings.filter((f) => f.severity === 'error')) (errors[f.file] ??= []).push({ rule: f.rule, line: f.line, column: f.column, message: f.message.split(work).join('<work>') });
    const expected = Object.fromEntries(Object.entries(EXPECTED).filter(([file]) => !file.startsWith('site:')).map(([file, list]) => [file, list]));
    for (const [file, list] of Object.entries(expected)) expect(errors[file] ?? [], file).toEqual(list);
    expect(Object.keys(errors).sort()).toEqual(Object.keys(expected).filter((file) => expected[file]!.length > 0).sort());
    expect(listing(project)).toEqual(before);
  }, 120_000);

  it('refuses impossible site settings at their lines', async () => {
    const { code, stdout } = await svd(['check', join(BAD, 'site'), '--json']);
    expect(code).toBe(1);
    const errors = JSON.parse(stdout).findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { rule: string; line: number; column: number; message: string }) => ({ rule: f.rule, line: f.line, column: f.column, message: f.message }));
    expect(errors).toEqual(EXPECTED['site:content/site.yaml']);
  }, 60_000);

  it('prints the same findings in plain words for people, still without a stack trace', async () => {
    const { stdout, stderr } = await svd(['check', project]);
    expect(stdout).toContain('content/pages/en/latin1.mdx:11:21  error  content/encoding');
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }, 60_000);
});

describe('the bad-input corpus through the real build', () => {
  it('is refused before Astro runs, writing nothing', async () => {
    const before = listing(project);
    const lines: string[] = [];
    const result = await buildSite({ root: project, outDir: join(project, 'dist'), log: (line) => lines.push(line) });
    expect(result.ok).toBe(false);
    expect(result.timings.pages).toBeUndefined();
    expect(lines.join('\n')).toContain('content/pages/en/windows-1252.mdx:11:1');
    expect(listing(project)).toEqual(before);
  });
});

describe('line endings', () => {
  it('a source saved with CRLF or a byte-order mark has the same translation hash as with LF', () => {
    const lf = FM('x') + 'Our plan.\n\n## Partners\n';
    expect(sourceHash(lf.replace(/\n/g, '\r\n'))).toBe(sourceHash(lf));
    expect(sourceHash(`\uFEFF${lf}`)).toBe(sourceHash(lf));
  });
});
