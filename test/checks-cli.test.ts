/**
 * The real `svd` commands as child processes: `svd check` (JSON shape, human
 * lines, exit codes 0/1/2), `svd translated`, and `svd build` refusing to
 * publish a strategy with a required section deleted while leaving the
 * previous site in dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { astroRootFor } from '../src/lib/build/config.ts';
import { makeProject } from './helpers/project.ts';
import { completeFiles, SNA, STRATEGY, withoutSection } from './fixtures/checks/project.ts';

const APP = join(import.meta.dirname, '..');
const NODE = join(APP, 'node_modules', '.bin', 'node');

function svd(...args: string[]) {
  return svdIn(APP, ...args);
}

/** `svd` typed in another folder than the app's (an officer's own project folder). */
function svdIn(cwd: string, ...args: string[]) {
  const result = spawnSync(NODE, [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function brokenCopy(): string {
  const files = completeFiles();
  files[STRATEGY.cy] = withoutSection(files[STRATEGY.cy]!, 'equality');
  return makeProject(files);
}

describe('svd check', () => {
  it('prints only JSON with --json, and exits 0 on the complete fixture', () => {
    const { code, stdout } = svd('check', makeProject(completeFiles()), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ findings: [], waivers: [] });
  });

  it('exits 1 on an error, each finding carrying rule, severity, file, line, column, message and paragraph', () => {
    const { code, stdout } = svd('check', brokenCopy(), '--json');
    expect(code).toBe(1);
    const { findings } = JSON.parse(stdout) as { findings: Record<string, unknown>[] };
    expect(findings).toEqual([
      {
        rule: 'strategy/equality',
        severity: 'error',
        file: STRATEGY.cy,
        line: 1,
        column: 1,
        message: 'The strategy has no "Equality" section (a heading marked {#equality}).',
        paragraph: '157-158, 163',
        fix: expect.stringContaining('{#equality}'),
      },
    ]);
  });

  it('gives the messages in Welsh with --lang cy', () => {
    const { stdout } = svd('check', brokenCopy(), '--json', '--lang', 'cy');
    const { findings } = JSON.parse(stdout) as { findings: { message: string; fix: string }[] };
    expect(findings[0]!.message).toBe('Nid oes gan y strategaeth adran "Cydraddoldeb" (pennawd wedi\'i farcio â {#equality}).');
    expect(findings[0]!.fix).toMatch(/^Ychwanegwch adran y mae ei phennawd yn gorffen â \{#equality\}, er enghraifft "## Cydraddoldeb \{#equality\}"/);
  });

  it('prints one line per finding for people: path:line:column  severity  rule  message (guidance para N)  -> fix', () => {
    const { code, stdout } = svd('check', brokenCopy());
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      `${STRATEGY.cy}:1:1  error  strategy/equality  The strategy has no "Equality" section (a heading marked {#equality}). (guidance para 157-158, 163)  -> Add a section whose heading ends with {#equality}, for example "## Equality {#equality}", and under it write how the partners had due regard to the Equality Act 2010 in making the strategy, and how they will monitor its effect on people with protected characteristics.`,
    );
    expect(stdout).toContain('1 error, 0 warnings.');
  });

  it('exits 2 when there is nothing it can read', () => {
    const empty = mkdtempSync(join(tmpdir(), 'svd-empty-'));
    const none = svd('check', empty, '--json');
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    const broken = makeProject({ 'content/site.yaml': 'partnership: [unclosed\n' });
    const unreadable = svd('check', broken, '--json');
    expect(unreadable.code).toBe(2);
    expect((JSON.parse(unreadable.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['content/yaml']);
  });
});

describe('svd translated', () => {
  const bodyOf = (text: string) => text.replace(/\r\n/g, '\n').split('\n---\n').slice(1).join('\n---\n');

  it('records per section who attested the translation and when, leaving the body alone; then only a changed section goes stale', () => {
    const files = completeFiles();
    files[SNA.cy] = files[SNA.cy]!.replace(/sourceHash: .*/, 'sourceHash: pending');
    const root = makeProject(files);
    expect(svd('check', root).code).toBe(1);
    const { code, stdout } = svd('translated', join(root, SNA.cy), '--by', 'Eleri Prys', '--now', '2026-11-20');
    expect(code).toBe(0);
    expect(stdout).toContain(`${SNA.cy}: recorded that this translates ${SNA.en} as it is now (10 sections attested by Eleri Prys on 2026-11-20; 0 already current).`);
    const after = readFileSync(join(root, SNA.cy), 'utf8');
    expect(after).toMatch(/\ntranslation:\n {2}source: en\n {2}sections:\n {4}_settings: \{ sourceHash: sha256-[0-9a-f]{64}, date: 2026-11-20, by: Eleri Prys \}\n/);
    expect(after).toMatch(/^ {4}data-gaps: \{ sourceHash: sha256-[0-9a-f]{64}, date: 2026-11-20, by: Eleri Prys \}$/m);
    expect(after).not.toContain('sourceHash: pending');
    expect(bodyOf(after)).toBe(bodyOf(files[SNA.cy]!));
    expect(svd('check', root).code).toBe(0);
    expect(svd('translated', join(root, SNA.cy), '--now', '2026-11-21').stdout).toContain('already matches');

    // One English section changes: that section, and no other, is stale.
    const english = readFileSync(join(root, SNA.en), 'utf8');
    const gaps = english.split('\n').findIndex((line) => line.endsWith('{#data-gaps}'));
    const changedLine = english.split('\n').findIndex((line, i) => i > gaps && line.trim().length > 0 && !line.startsWith('#'));
    const lines = english.split('\n');
    lines[changedLine] = `${lines[changedLine]} We will publish a plan to close these gaps.`;
    writeFileSync(join(root, SNA.en), lines.join('\n'));
    const check = svd('check', root, '--json');
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; message: string; file: string }[] }).findings;
    expect(findings.map((f) => [f.rule, f.file])).toEqual([['translation/stale', SNA.cy]]);
    expect(findings[0]!.message).toContain(`(#data-gaps) in ${SNA.en} (line ${gaps + 1}) has changed since it was translated (2026-11-20, Eleri Prys): the text at line ${changedLine + 1} changed.`);
    // Attesting again updates that section's record only.
    expect(svd('translated', join(root, SNA.cy), '--by', 'Siôn Rhys', '--now', '2026-11-25').stdout).toContain('(1 sections attested by Siôn Rhys on 2026-11-25; 9 already current)');
    const again = readFileSync(join(root, SNA.cy), 'utf8');
    expect(again).toMatch(/^ {4}data-gaps: \{ sourceHash: sha256-[0-9a-f]{64}, date: 2026-11-25, by: Siôn Rhys \}$/m);
    expect(again).toMatch(/^ {4}drivers: \{ sourceHash: sha256-[0-9a-f]{64}, date: 2026-11-20, by: Eleri Prys \}$/m);
  });

  it('adds a translation record where there is none, keeping Windows line endings', () => {
    const files = completeFiles();
    files[STRATEGY.cy] = files[STRATEGY.cy]!.replace(/translation:\n {2}source: en\n {2}sourceHash: .*\n/, '').replace(/\n/g, '\r\n');
    const root = makeProject(files);
    expect(svd('translated', join(root, STRATEGY.cy), '--now', '2026-11-20').code).toBe(0);
    const after = readFileSync(join(root, STRATEGY.cy), 'utf8');
    expect(after).toMatch(/\r\nedition: 1\r\ntranslation:\r\n {2}source: en\r\n {2}sections:\r\n/);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(bodyOf(after)).toBe(bodyOf(files[STRATEGY.cy]!));
    expect(svd('check', root).code).toBe(0);
  });

  it('refuses to attest an unrelated document, or a section far too short to be a translation, and changes nothing', () => {
    const files = completeFiles();
    // An old Welsh file: the SNA summary's text under the strategy's settings.
    const settings = files[STRATEGY.cy]!.split('\n---\n')[0]!;
    files[STRATEGY.cy] = `${settings}\n---\n${bodyOf(files[SNA.cy]!)}`;
    // A Welsh SNA section cut down to a few words.
    const sna = files[SNA.cy]!.split('\n');
    const drivers = sna.findIndex((line) => line.endsWith('{#drivers}'));
    const next = sna.findIndex((line, i) => i > drivers && line.startsWith('## '));
    files[SNA.cy] = [...sna.slice(0, drivers + 1), '', 'Mae llawer o resymau.', '', ...sna.slice(next)].join('\n');
    const root = makeProject(files);
    const strategy = svd('translated', join(root, STRATEGY.cy));
    expect(strategy.code).toBe(1);
    expect(strategy.stderr).toContain(`${STRATEGY.cy} was not recorded as a translation of ${STRATEGY.en}: the two do not have the same structure`);
    expect(strategy.stderr).toMatch(/the section "[^"]+" \(#governance, content\/strategy\/en\/index\.mdx line \d+\) is not in the translation\./);
    expect(strategy.stderr).toMatch(/the translation has a section "[^"]+" \(#data-gaps, line \d+\) that content\/strategy\/en\/index\.mdx does not have\./);
    const sum = svd('translated', join(root, SNA.cy));
    expect(sum.code).toBe(1);
    expect(sum.stderr).toMatch(/the section "[^"]+" \(#drivers, content\/sna\/en\/index\.mdx line \d+\) has 19 words in the source but 7 in the translation/);
    expect(readFileSync(join(root, STRATEGY.cy), 'utf8')).toBe(files[STRATEGY.cy]);
    expect(readFileSync(join(root, SNA.cy), 'utf8')).toBe(files[SNA.cy]);
  });

  it('explains what it cannot do, and exits non-zero', () => {
    const root = makeProject(completeFiles());
    const stray = join(root, 'notes.mdx');
    writeFileSync(stray, '---\ntitle: x\n---\n');
    const result = svd('translated', stray);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a document under content/');
    expect(svd('translated', join(root, STRATEGY.en)).stderr).toContain(`${STRATEGY.en} is the source that ${STRATEGY.cy} is translated from, not a translation.`);
    expect(svd('translated').code).toBe(2);
  });
});

/** Every file under dir with its SHA-256, to prove a folder did not change. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = join(dir, name);
    try {
      out[name] = createHash('sha256').update(readFileSync(full)).digest('hex');
    } catch {
      out[name] = 'dir';
    }
  }
  return out;
}

describe('svd build', () => {
  it('refuses to publish when a required section is deleted, naming the file, the requirement and its paragraph, and leaves the previous dist/ untouched', () => {
    // A fresh folder each run: each content root has Astro state of its own
    // (src/lib/build/config.ts astroRootFor), so no earlier run's cache applies.
    const root = mkdtempSync(join(tmpdir(), 'svd-checks-build-'));
    onTestFinished(() => {
      rmSync(root, { recursive: true, force: true });
      rmSync(astroRootFor(root), { recursive: true, force: true });
    });
    for (const [path, text] of Object.entries(completeFiles())) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    // Typed in the project's own folder, outside the app, as an officer would.
    const first = svdIn(root, 'build', root);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const dist = join(root, 'dist');
    expect(existsSync(join(dist, 'cy', 'strategaeth', 'index.html'))).toBe(true);
    const before = snapshot(dist);

    writeFileSync(join(root, STRATEGY.cy), withoutSection(readFileSync(join(root, STRATEGY.cy), 'utf8'), 'equality'));
    const second = svd('build', root);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(`${STRATEGY.cy}:1:1  error  strategy/equality  The strategy has no "Equality" section`);
    expect(second.stdout).toContain('(guidance para 157-158, 163)');
    expect(second.stdout).toContain('Nothing was published');
    // The published site is exactly as it was, downloads included. The
    // submission bundle beside it is withdrawn on purpose (issue 5), so an
    // out-of-date bundle cannot be sent.
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(snapshot(dist)).toEqual(before);
    expect(existsSync(join(root, 'submission'))).toBe(false);
  });
});
