/**
 * The build's analysis runs in a worker thread (src/lib/build/analysis-thread.ts)
 * while Astro starts. What it sends back must be what the in-process analysis
 * gives (nothing callers read is lost on the way), its failures must reach
 * the caller as the same errors, and a build it blocks or fails publishes
 * nothing and leaves nothing half-made behind.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeError, heapLimitMb, mdxBytes, moduleExecArgv, reviveError, startAnalysis, workerExecArgv } from '../src/lib/build/analysis-thread.ts';
import { APP_ROOT, astroRootFor } from '../src/lib/build/config.ts';
import { buildSite } from '../src/lib/build/pipeline.ts';
import { buildSettings, shipAnalysis } from '../src/lib/build/shipped.ts';
import { loadProject } from '../src/lib/content/load.ts';
import { analyse, run } from '../src/lib/engine/analyse.ts';
import { withPublishedText } from '../src/lib/extract/published-text.ts';
import { FIXTURES, OUTPUT, TEST_NOW } from './helpers/project.ts';

const FIXTURE = join(FIXTURES, 'sites', 'bilingual');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(astroRootFor(dir), { recursive: true, force: true });
  }
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'svd-worker-'));
  made.push(dir);
  return dir;
}

/** The bilingual fixture's content, with one file's text changed. */
function project(path: string, edit: (text: string) => string): string {
  const root = temp();
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, path), edit(readFileSync(join(root, path), 'utf8')));
  return root;
}

/** Every file under `dir` with its bytes, to show a folder is exactly as it was. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const full = join(dir, name);
    try {
      out[name] = readFileSync(full).toString('base64');
    } catch {
      out[name] = 'dir';
    }
  }
  return out;
}

/** This process's staging folders left in a content root's work folder (build/stage.ts names them stage-<pid>-...). */
function stages(root: string): string[] {
  const work = join(astroRootFor(root), '.svd');
  return existsSync(work) ? readdirSync(work).filter((name) => name.startsWith(`stage-${process.pid}-`)) : [];
}

describe('the analysis in its worker thread', () => {
  // (Findings in published Word and PDF files crossing the thread: scan-site-documents.test.ts, through svd build.)
  for (const [name, root, findings] of [['the bilingual fixture, with findings and waivers', FIXTURE, true], ['the example, with none', APP_ROOT, false]] as const) {
    it(`sends back what the in-process analysis gives: ${name}`, async () => {
      const project = loadProject(root, { now: TEST_NOW });
      const settingsHere = buildSettings(root, project);
      const here = shipAnalysis(await withPublishedText(run(project)));
      const running = startAnalysis({ root, now: TEST_NOW });
      // The settings come first, so Vite can bundle the pages while the rules run.
      const order: string[] = [];
      void running.settings.then(() => order.push('settings'));
      void running.done.then(() => order.push('done'));
      const settings = await running.settings;
      const there = await running.done;
      expect(order).toEqual(['settings', 'done']);
      expect(settings).toEqual(settingsHere);
      expect(there.analysis).toEqual(here);
      // Not an empty pair that happens to match: a real report, real settings and real coverage.
      expect(here.findings.length > 0 && here.waived.length > 0).toBe(findings);
      expect(here.report).toContain(findings ? 'Waivers in force' : 'No problems found.');
      expect(settings.site).toBe(true);
      expect(settings.module).toContain('export const site = ');
      expect(settings.module).not.toContain('coverage');
      expect(here.coverage.en.documents.length).toBeGreaterThan(0);
      expect(there.analysis.coverage.en.documents[0]!.rows.length).toBeGreaterThan(0);
      expect(there.analysis.project.site?.site.base).toBe(here.project.site?.site.base);
      expect(there.analysis.project.now).toBeInstanceOf(Date);
      expect(there.analysis.project.now.getTime()).toBe(TEST_NOW.getTime());
      expect(there.wall).toBeGreaterThan(0);
      expect(there.cpu).toBeGreaterThan(0);
    });
  }

  it('runs again without a limit when the analysis outgrows the heap it was given, with the same result', async () => {
    const here = shipAnalysis(await withPublishedText(run(loadProject(FIXTURE, { now: TEST_NOW }))));
    // 16 MB is less than the engine's own modules need, so the first worker runs out of memory.
    const squeezed = await startAnalysis({ root: FIXTURE, now: TEST_NOW }, { heapMb: 16 }).done;
    expect(squeezed.rerun).toBe(true);
    expect(squeezed.analysis).toEqual(here);
    const roomy = await startAnalysis({ root: FIXTURE, now: TEST_NOW }).done;
    expect(roomy.rerun).toBe(false);
    expect(roomy.analysis).toEqual(here);
  });

  it("sizes the worker's heap from the project's MDX, with a floor for small projects", () => {
    const root = temp();
    mkdirSync(join(root, 'content', 'strategy', 'en'), { recursive: true });
    writeFileSync(join(root, 'content', 'strategy', 'en', 'index.mdx'), 'x'.repeat(1_000));
    writeFileSync(join(root, 'content', 'about.mdx'), 'x'.repeat(234));
    writeFileSync(join(root, 'content', 'site.yaml'), 'x'.repeat(5_000));
    expect(mdxBytes(root)).toBe(1_234);
    expect(mdxBytes(join(root, 'missing'))).toBe(0);
    expect(heapLimitMb(1_234)).toBe(512);
    // 100 times the example: 16.4 MB of MDX, whose analysis keeps about 316 MB live.
    expect(heapLimitMb(16.4 * 2 ** 20)).toBe(525);
    expect(heapLimitMb(64 * 2 ** 20)).toBe(2_048);
  });

  it('gives its failure back as the error the in-process analysis throws', async () => {
    const now = new Date(Number.NaN);
    let here: unknown;
    try {
      analyse(FIXTURE, { now });
    } catch (error) {
      here = error;
    }
    expect(here).toBeInstanceOf(RangeError);
    const running = startAnalysis({ root: FIXTURE, now });
    // The project was read (the clock is checked by the rules), so the pages had their settings.
    expect((await running.settings).site).toBe(true);
    const there = await running.done.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(there).toBeInstanceOf(RangeError);
    expect((there as Error).message).toBe((here as Error).message);
    // The stack still says where in the engine it failed.
    expect((there as Error).stack).toContain('src/lib/checks/dates/');
  });

  it('passes the parent\'s Node options on, but not those about the main script\'s source', () => {
    expect(workerExecArgv(['--input-type=module', '--conditions', 'development', '--input-type', 'module', '--no-warnings'])).toEqual(['--conditions', 'development', '--no-warnings']);
  });

  it("starts when the build's Node was given options Node refuses for a worker (V8's own, as big sites are built)", () => {
    const here = shipAnalysis(analyse(FIXTURE, { now: TEST_NOW }));
    const module = pathToFileURL(join(APP_ROOT, 'src', 'lib', 'build', 'analysis-thread.ts')).href;
    const script = `const { startAnalysis } = await import(${JSON.stringify(module)}); const done = await startAnalysis({ root: ${JSON.stringify(FIXTURE)}, now: new Date(${TEST_NOW.getTime()}) }).done; console.log(JSON.stringify({ errors: done.analysis.errors, warnings: done.analysis.warnings }));`;
    const run = spawnSync(process.execPath, ['--max-old-space-size=1024', '--stack-size=2000', '--no-warnings', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).not.toContain('ERR_WORKER_INVALID_EXEC_ARGV');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ errors: here.errors, warnings: here.warnings });
    // What such a worker still takes from its parent: the options about loading modules, values included.
    expect(moduleExecArgv(['--max-old-space-size=1024', '--import', 'tsx', '-C', 'development', '--expose-gc', '--conditions=x', '--experimental-vm-modules', '--no-warnings', '--stack-size=2000'])).toEqual(['--import', 'tsx', '-C', 'development', '--conditions=x', '--experimental-vm-modules', '--no-warnings']);
  });

  it("keeps the engine's modules in Node's compile cache when the parent has one, as svd and astro do", () => {
    const cache = temp();
    const module = pathToFileURL(join(APP_ROOT, 'src', 'lib', 'build', 'analysis-thread.ts')).href;
    const script = `(await import('node:module')).enableCompileCache(${JSON.stringify(cache)}); const { startAnalysis } = await import(${JSON.stringify(module)}); await startAnalysis({ root: ${JSON.stringify(FIXTURE)}, now: new Date(${TEST_NOW.getTime()}) }).done;`;
    // Whatever the runner's own setting, this Node turns the cache on itself.
    const { NODE_DISABLE_COMPILE_CACHE: _off, NODE_COMPILE_CACHE: _dir, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], { encoding: 'utf8', env });
    expect(run.status, run.stderr).toBe(0);
    // The main thread loads a handful of modules; the worker, the engine's hundreds.
    const entries = (readdirSync(cache, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean }>).filter((entry) => entry.isFile());
    expect(entries.length).toBeGreaterThan(200);
  });

  it("keeps an error's name, message and plain fields across the thread", () => {
    const error = Object.assign(new Error('cannot read content/site.yaml'), { code: 'EACCES', path: '/x/content/site.yaml', detail: { not: 'plain' } });
    error.name = 'ContentError';
    const back = reviveError(structuredClone(describeError(error)));
    expect(back).toBeInstanceOf(Error);
    expect([back.name, back.message, (back as unknown as { code: string }).code, (back as unknown as { path: string }).path]).toEqual(['ContentError', 'cannot read content/site.yaml', 'EACCES', '/x/content/site.yaml']);
    expect('detail' in back).toBe(false);
    expect(reviveError(describeError('a string')).message).toBe('a string');
  });
});

describe('a build whose analysis blocks or fails', () => {
  /** A copy of the shared build standing for last week's dist/. */
  function previousDist(): string {
    const dist = join(temp(), 'dist');
    cpSync(join(OUTPUT, 'bilingual'), dist, { recursive: true });
    return dist;
  }

  it('publishes nothing, keeps dist/ byte for byte, removes its staging folder and reports the worker-side timings', async () => {
    const root = project('content/strategy/cy/index.mdx', (text) => text.replace('{#governance}', '{#governancex}'));
    const dist = previousDist();
    const before = snapshot(dist);
    const lines: string[] = [];
    const began = performance.now();
    const result = await buildSite({ root, outDir: dist, now: TEST_NOW, bundle: false, log: (line) => lines.push(line) });
    const took = performance.now() - began;
    expect(result.ok).toBe(false);
    expect(result.analysis.errors).toBe(2);
    expect(result.analysis.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['content/unknown-key', 'translation/sections']);
    expect(lines.join('\n')).toContain('content/strategy/cy/index.mdx:1:1  error  translation/sections');
    expect(lines.at(-1)).toContain('Nothing was published: fix the 2 errors above');
    expect(snapshot(dist)).toEqual(before);
    expect(stages(root)).toEqual([]);
    expect(result.timings.analysis).toBeGreaterThan(0);
    // The analysis ran within the build: its wall time is the worker's, not the time since this process began.
    expect(result.timings.analysis).toBeLessThanOrEqual(took);
    expect(result.cpu.analysis).toBeGreaterThan(0);
    expect(result.timings['analysis-wait']).toBeGreaterThanOrEqual(0);
  });

  it("fails with the analysis's own error, not Astro's wrapping of it, and leaves dist/ as it was", async () => {
    const dist = previousDist();
    const before = snapshot(dist);
    const root = project('content/site.yaml', (text) => text);
    const failure = await buildSite({ root, outDir: dist, now: new Date(Number.NaN), bundle: false, log: () => {} }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RangeError);
    expect((failure as Error).message).toBe('Invalid time value');
    expect(snapshot(dist)).toEqual(before);
    expect(stages(root)).toEqual([]);
  });
});
