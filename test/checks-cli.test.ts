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
import { describe, expect, it } from 'vitest';
import { makeProject } from './helpers/project.ts';
import { completeFiles, SNA, STRATEGY, withoutSection } from './fixtures/checks/project.ts';

const APP = join(import.meta.dirname, '..');
const NODE = join(APP, 'node_modules', '.bin', 'node');

function svd(...args: string[]) {
  const result = spawnSync(NODE, [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: APP, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
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
  it('records the source hash so a pending translation passes, touching only the sourceHash line', () => {
    const files = completeFiles();
    files[SNA.cy] = files[SNA.cy]!.replace(/sourceHash: .*/, 'sourceHash: pending   # the translator runs svd translated');
    const root = makeProject(files);
    expect(svd('check', root).code).toBe(1);
    const { code, stdout } = svd('translated', join(root, SNA.cy));
    expect(code).toBe(0);
    expect(stdout).toContain(`${SNA.cy}:18  recorded that this translates ${SNA.en} as it is now.`);
    const after = readFileSync(join(root, SNA.cy), 'utf8');
    expect(after.split('\n').filter((line, i) => line !== files[SNA.cy]!.split('\n')[i])).toEqual([expect.stringMatching(/^ {2}sourceHash: sha256-[0-9a-f]{64} {3}# the translator runs svd translated$/)]);
    expect(svd('check', root).code).toBe(0);
    expect(svd('translated', join(root, SNA.cy)).stdout).toContain('already matches');
  });

  it('adds a translation block where there is none, keeping Windows line endings', () => {
    const files = completeFiles();
    files[STRATEGY.cy] = files[STRATEGY.cy]!.replace(/translation:\n {2}source: en\n {2}sourceHash: .*\n/, '').replace(/\n/g, '\r\n');
    const root = makeProject(files);
    expect(svd('translated', join(root, STRATEGY.cy)).code).toBe(0);
    const after = readFileSync(join(root, STRATEGY.cy), 'utf8');
    expect(after).toMatch(/\r\nedition: 1\r\ntranslation:\r\n {2}source: en\r\n {2}sourceHash: sha256-[0-9a-f]{64}\r\n---\r\n/);
    expect(after.replace(/\r\n/g, '\n').split('\n')).toHaveLength(files[STRATEGY.cy]!.split('\r\n').length + 3);
    expect(svd('check', root).code).toBe(0);
  });

  it('updates a flow-style record in place', () => {
    const files = completeFiles();
    files[SNA.cy] = files[SNA.cy]!.replace(/translation:\n {2}source: en\n {2}sourceHash: .*\n/, 'translation: { source: en, sourceHash: pending }\n');
    const root = makeProject(files);
    expect(svd('translated', join(root, SNA.cy)).code).toBe(0);
    expect(readFileSync(join(root, SNA.cy), 'utf8')).toMatch(/\ntranslation: \{ source: en, sourceHash: sha256-[0-9a-f]{64} \}\n/);
    expect(svd('check', root).code).toBe(0);
  });

  it('explains what it cannot do, and exits non-zero', () => {
    const root = makeProject(completeFiles());
    const stray = join(root, 'notes.mdx');
    writeFileSync(stray, '---\ntitle: x\n---\n');
    const result = svd('translated', stray);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a document under content/');
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
    // A fixed folder, not a fresh temp one: Astro's content cache keeps an
    // unchanged file's path from the previous build, and a deleted temp folder
    // from an earlier run would break this build.
    const root = join(tmpdir(), 'svd-checks-build');
    rmSync(root, { recursive: true, force: true });
    for (const [path, text] of Object.entries(completeFiles())) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const first = svd('build', root);
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
