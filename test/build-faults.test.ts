/**
 * Builds survive faults. A real `svd build` of a small site, from a folder
 * whose path has a space, %, # and Welsh letters, is killed with SIGKILL
 * during the analysis, during the pages and while the bundle is printed,
 * and interrupted with Ctrl-C (SIGINT); all the while dist/ is served and
 * must answer every request. A build whose published pages fail their
 * check (an error inside Astro's build:done) withdraws the bundle. The next
 * build removes every leftover and succeeds.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT, astroRootFor } from '../src/lib/build/config.ts';
import { serveStatic, type StaticServer } from '../src/lib/build/serve.ts';
import { alive, placesFor, tidy } from '../src/lib/safety/leftovers.ts';
import { FIXTURES } from './helpers/project.ts';

const SVD = join(APP_ROOT, 'scripts', 'svd.mjs');
const NOW = process.env.SVD_NOW ?? '2026-11-20';
const work = mkdtempSync(join(tmpdir(), 'svd-faults-'));
// Every character a partnership's folder might have that a URL or a shell treats specially.
const project = join(work, 'Partneriaeth Trais Difrifol ŵŷ 100% #1', 'gwefan');
const dist = join(project, 'dist');
const submission = join(project, 'submission');

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(astroRootFor(project), { recursive: true, force: true });
});

/** dist/ as a list of files with their sizes and modification times: any change to it shows. */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const stat = statSync(join(dir, name));
    return `${name} ${stat.size} ${stat.mtimeMs}`;
  });
}

function leftovers(): string[] {
  const places = placesFor(astroRootFor(project), dist);
  const names = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []);
  return [...places.work.flatMap(names), ...names(places.parent).filter((path) => /\/\.submission-/.test(path))];
}

interface Run {
  child: ChildProcess;
  /** Milliseconds after the start at which each line appeared. */
  lines: Array<{ at: number; text: string }>;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(pattern: RegExp): Promise<void>;
}

/** Start `svd build` in its own process group, as a CI job runs it (so a kill reaches Chromium too). */
function start(): Run {
  const started = performance.now();
  const child = spawn(process.execPath, [SVD, 'build', project, '--now', NOW], { cwd: APP_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Run['lines'] = [];
  const waiting: Array<{ pattern: RegExp; resolve: () => void }> = [];
  const take = (chunk: Buffer) => {
    for (const text of chunk.toString().split('\n')) {
      lines.push({ at: performance.now() - started, text });
      for (const wait of waiting.filter((w) => w.pattern.test(text))) wait.resolve();
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return {
    child,
    lines,
    done,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        if (lines.some((line) => pattern.test(line.text))) return resolve();
        waiting.push({ pattern, resolve });
        void done.then(() => reject(new Error(`The build ended before ${pattern}:\n${lines.map((l) => l.text).join('\n')}`)));
      }),
  };
}

async function build(): Promise<Run & { code: number | null }> {
  const run = start();
  const { code } = await run.done;
  return { ...run, code };
}

/** Wait until Astro is writing pages: the build's staging folder exists and has been written to for a moment. */
async function writingPages(run: Run): Promise<void> {
  while (!leftovers().some((path) => path.includes(`stage-${run.child.pid}-`))) {
    if (run.child.exitCode !== null) throw new Error(run.lines.map((l) => l.text).join('\n'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

/** Kill the build's whole process group, as an out-of-memory killer or a cancelled CI job does. */
async function kill(run: Run): Promise<void> {
  process.kill(-run.child.pid!, 'SIGKILL');
  await run.done;
}

/** Requests dist/'s pages over HTTP every 50 ms until stopped; every answer must be 200. */
function watch(server: StaticServer): { stop: () => Promise<number[]> } {
  const statuses: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const path of ['', 'en/', 'en/strategy/', 'en/search/']) {
        statuses.push(await new Promise<number>((resolve) => get(`${server.url}${path}`, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', () => resolve(0))));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return statuses;
    },
  };
}

describe('a build killed at any point', () => {
  let first: Awaited<ReturnType<typeof build>>;
  let server: StaticServer;
  let before: string[];

  beforeAll(async () => {
    mkdirSync(project, { recursive: true });
    cpSync(join(FIXTURES, 'bad', 'inert', 'content'), join(project, 'content'), { recursive: true });
    first = await build();
    before = existsSync(dist) ? listing(dist) : [];
    server = await serveStatic(dist, '/inert/');
  }, 300_000);
  afterAll(() => server?.close());

  it('builds from a folder whose path has a space, %, # and ŵ ŷ', () => {
    expect(first.code, first.lines.map((l) => l.text).join('\n')).toBe(0);
    expect(project).toMatch(/ .*ŵŷ 100% #1/);
    expect(readFileSync(join(dist, 'en', 'strategy', 'index.html'), 'utf8')).toContain('Marchmoor Serious Violence Strategy');
    expect(existsSync(join(project, 'submission.zip'))).toBe(true);
  });

  const points: Array<[string, (run: Run) => Promise<void>]> = [
    // Half way to the end of the analysis, as the clean build timed it.
    ['during the analysis', async () => new Promise((resolve) => setTimeout(resolve, Math.max(200, first.lines.find((l) => /No problems found/.test(l.text))!.at * 0.5)))],
    ['while Astro writes the pages', writingPages],
    ['while the bundle is printed', (run) => run.waitFor(/Submission bundle: printing/)],
  ];
  for (const [name, when] of points) {
    it(`leaves dist/ intact and servable when killed ${name}`, async () => {
      const watching = watch(server);
      const run = start();
      await when(run);
      await kill(run);
      const statuses = await watching.stop();
      expect(statuses.length).toBeGreaterThan(4);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(listing(dist)).toEqual(before);
    }, 300_000);
  }

  it('leaves no bundle that does not match dist/: the one from before the kills was withdrawn', () => {
    expect(existsSync(submission)).toBe(false);
    expect(existsSync(join(project, 'submission.zip'))).toBe(false);
  });

  it('stops on Ctrl-C (SIGINT), removing what it had started, with dist/ as it was', async () => {
    // The killed builds left their folders; a new build clears the dead ones' as it starts.
    expect(leftovers().length).toBeGreaterThan(0);
    const run = start();
    await writingPages(run);
    process.kill(run.child.pid!, 'SIGINT');
    const { code } = await run.done;
    expect(code).toBe(130);
    expect(run.lines.map((l) => l.text).join('\n')).toContain('Stopped (interrupted)');
    expect(leftovers()).toEqual([]);
    expect(listing(dist)).toEqual(before);
  }, 300_000);

  it('withdraws the bundle when the built pages fail their check inside Astro, and publishes nothing', async () => {
    const page = join(project, 'content', 'pages', 'en', 'attempts.mdx');
    const original = readFileSync(page, 'utf8');
    writeFileSync(page, `${original}\nSee [the plan](/inert/en/no-such-page/).\n`);
    try {
      const run = await build();
      const output = run.lines.map((l) => l.text).join('\n');
      expect(run.code).toBe(1);
      expect(output).toContain('/inert/en/attempts/: the link /inert/en/no-such-page/ goes to a page or file the site does not have.');
      expect(output).not.toMatch(/\n\s+at /);
      expect(existsSync(submission)).toBe(false);
      expect(listing(dist)).toEqual(before);
    } finally {
      writeFileSync(page, original);
    }
  }, 300_000);

  it('the next build removes every leftover of a killed one and succeeds', async () => {
    const killed = start();
    await writingPages(killed);
    await kill(killed);
    expect(leftovers().some((path) => path.includes(`stage-${killed.child.pid}-`))).toBe(true);
    const run = await build();
    expect(run.code, run.lines.map((l) => l.text).join('\n')).toBe(0);
    expect(leftovers()).toEqual([]);
    expect(listing(dist)).not.toEqual(before);
    expect(existsSync(join(project, 'submission.zip'))).toBe(true);
  }, 300_000);
});

describe('tidying a killed build\'s leftovers', () => {
  /** A process id that existed and has ended. */
  async function deadPid(): Promise<number> {
    const child = execFile(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('close', resolve));
    expect(alive(child.pid!)).toBe(false);
    return child.pid!;
  }

  it('puts the old site back when a build was killed between moving it out and the new one in', async () => {
    const root = mkdtempSync(join(work, 'swap-'));
    const out = join(root, 'dist');
    const places = placesFor(join(root, 'astro'), out);
    const pid = await deadPid();
    mkdirSync(join(root, '.svd', `previous-${pid}-1`, 'en'), { recursive: true });
    writeFileSync(join(root, '.svd', `previous-${pid}-1`, 'en', 'index.html'), 'old site');
    mkdirSync(join(root, '.svd', `incoming-${pid}-1`), { recursive: true });
    mkdirSync(join(root, 'astro', '.svd', `stage-${pid}-1`), { recursive: true });
    mkdirSync(join(root, `.submission-${pid}-aB3dEf`));
    const tidied = tidy(places);
    expect(readFileSync(join(out, 'en', 'index.html'), 'utf8')).toBe('old site');
    expect(tidied.removed.map((path) => path.slice(root.length)).sort()).toEqual([`/.submission-${pid}-aB3dEf`, `/.svd/incoming-${pid}-1`, `/astro/.svd/stage-${pid}-1`].sort());
    expect(readdirSync(join(root, '.svd'))).toEqual([]);
  });

  it('leaves a running build\'s folders and the user\'s own files alone', async () => {
    const root = mkdtempSync(join(work, 'live-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const live = join(root, '.svd', `stage-${running.pid}-1`);
      mkdirSync(live, { recursive: true });
      // Looks like a leftover's name, but is in the user's folder and not one of ours.
      mkdirSync(join(root, 'stage-2024-final'));
      mkdirSync(join(root, `.submission-${await deadPid()}-toolong7`));
      expect(tidy(placesFor(join(root, 'astro'), out)).removed).toEqual([]);
      expect(existsSync(live)).toBe(true);
      expect(existsSync(join(root, 'stage-2024-final'))).toBe(true);
    } finally {
      running.kill();
    }
  });
});
