/**
 * `npm run bench [-- --scales 1,10,100 --runs 2 --check-runs 7]`: how fast
 * the pipeline is against plain Astro, and `svd check` on save.
 *
 * For each scale (synthetic partnerships of 1x, 10x, 100x the example, from
 * scripts/bench/generate.ts), it builds the site with our pipeline (checks,
 * scan, pages, search; no bundle) and, alternating in the same run, a plain
 * Astro + MDX + Pagefind site of the same content (bench/plain/, no
 * integration), each in a fresh process under /usr/bin/time (wall, CPU with
 * child processes, peak memory). It then times the PDF step once on the
 * example, `svd check` on the example (in process and as a command, warm and
 * cold), and the re-analysis the dev server runs after a save. Writes a table
 * and bench/results.json. Figures on a shared machine are noisy: the load
 * average and core count are recorded with them. Speed is measured here,
 * never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../src/lib/engine/analyse.ts';
import { parseNow } from '../src/lib/engine/clock.ts';
import { BENCH_NOW, generate, type Synthetic } from './bench/generate.ts';
import { astroRootFor } from '../src/lib/build/config.ts';
import { timeWatchedSaves } from './bench/watch.ts';

const APP = join(import.meta.dirname, '..');
const NOW = parseNow(BENCH_NOW);
const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,100' }, runs: { type: 'string', default: '2' }, 'check-runs': { type: 'string', default: '7' } } });
const SCALES = values.scales.split(',').map(Number).filter((n) => n >= 1);
const RUNS = Math.max(1, Number(values.runs) || 2);
const CHECK_RUNS = Math.max(1, Number(values['check-runs']) || 7);
const TARGETS = { ratio: 1.2, checkWarmMs: 300, pdfMsPerPage: 40, devMs: 1000, peakMb100x: 2048 };

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Run {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
  stages: { wall: Record<string, number>; cpu: Record<string, number> };
  pdfPages?: number;
  /** Pages Pagefind indexed (plain: one a document). */
  pages?: number;
}

/** One build in a fresh process, measured by /usr/bin/time (children included). */
function buildOnce(mode: 'svd' | 'plain', root: string, bundle = false): Run {
  const out = mkdtempSync(join(tmpdir(), `svd-bench-${mode}-`));
  // Cold, like plain's fresh cache (build-one.ts): no Astro state and no parse cache from the previous run.
  if (mode === 'svd') rmSync(astroRootFor(root), { recursive: true, force: true });
  try {
    const args = ['-f', 'TIME %e %U %S %M', process.execPath, join(APP, 'scripts', 'bench', 'build-one.ts'), mode, root, join(out, 'dist'), ...(bundle ? ['bundle'] : [])];
    const result = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0', SVD_NO_CACHE: '1' } });
    const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
    const json = result.stdout.trim().split('\n').findLast((line) => line.startsWith('{'));
    if (result.status !== 0 || !time || !json) throw new Error(`${mode} build of ${root} failed:\n${result.stderr.slice(-3000)}`);
    const parsed = JSON.parse(json) as Run['stages'] & { pdfPages?: number; pages?: number };
    return { wallMs: Number(time[1]) * 1000, cpuMs: (Number(time[2]) + Number(time[3])) * 1000, peakMb: Number(time[4]) / 1024, stages: { wall: parsed.wall, cpu: parsed.cpu }, pdfPages: parsed.pdfPages, pages: parsed.pages };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function summarise(runs: Run[]) {
  return {
    wallMs: Math.round(median(runs.map((r) => r.wallMs))),
    cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
    peakMb: Math.round(Math.max(...runs.map((r) => r.peakMb))),
    stages: Object.fromEntries(Object.keys(runs[0]!.stages.wall).map((name) => [name, { wallMs: Math.round(median(runs.map((r) => r.stages.wall[name] ?? 0))), cpuMs: Math.round(median(runs.map((r) => r.stages.cpu[name] ?? 0))) }])),
    runs: runs.length,
  };
}

const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', loadAverageAtStart: loadavg().map((n) => Math.round(n * 10) / 10), node: process.versions.node };
console.log(`Machine: ${machine.cores} cores (${machine.cpu}), load average ${machine.loadAverageAtStart.join(' ')} at start: shared, so figures are noisy.`);

const sites: Array<Record<string, unknown>> = [];
for (const scale of SCALES) {
  const dir = mkdtempSync(join(tmpdir(), `svd-bench-${scale}x-`));
  let synthetic: Synthetic | undefined;
  try {
    synthetic = generate(APP, dir, scale);
    const ours: Run[] = [];
    const plain: Run[] = [];
    // 100x takes minutes a build on a shared 2-core machine: one run each there, recorded as such.
    const runs = scale >= 100 ? 1 : RUNS;
    for (let run = 0; run < runs; run += 1) {
      // Alternate which goes first, so neither always meets a warmer disk cache.
      if (run % 2 === 0) ours.push(buildOnce('svd', dir)), plain.push(buildOnce('plain', dir));
      else plain.push(buildOnce('plain', dir)), ours.push(buildOnce('svd', dir));
    }
    // The yardstick must build the same content: a document it skipped (two sharing an id, say) would flatter it.
    const short = plain.find((r) => r.pages !== synthetic!.documents);
    if (short) throw new Error(`plain Astro built ${short.pages} pages of ${synthetic.documents} documents`);
    const a = summarise(ours);
    const b = summarise(plain);
    const row = { scale, documents: synthetic.documents, words: synthetic.words, tables: synthetic.tables, svd: a, plain: b, ratioWall: Math.round((a.wallMs / b.wallMs) * 100) / 100, ratioCpu: Math.round((a.cpuMs / b.cpuMs) * 100) / 100 };
    sites.push(row);
    console.log(`${scale}x: ${synthetic.documents} documents, ${synthetic.words.toLocaleString('en-GB')} words, ${synthetic.tables} tables: ours ${a.wallMs} ms wall / ${a.cpuMs} ms CPU / ${a.peakMb} MB, plain ${b.wallMs} / ${b.cpuMs} / ${b.peakMb} MB, ratio ${row.ratioWall} wall, ${row.ratioCpu} CPU`);
  } catch (error) {
    sites.push({ scale, documents: synthetic?.documents, error: (error as Error).message.split('\n')[0] });
    console.log(`${scale}x: not measured: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // The synthetic root's own Astro state (build/config.ts): under the app, so remove it too.
    rmSync(astroRootFor(dir), { recursive: true, force: true });
  }
}

// The PDF step, once, on the example (its strategy and SNA summary in both languages).
const pdfDir = mkdtempSync(join(tmpdir(), 'svd-bench-pdf-'));
let pdf: Record<string, unknown>;
try {
  generate(APP, pdfDir, 1);
  const run = buildOnce('svd', pdfDir, true);
  const ms = run.stages.wall.bundle ?? 0;
  pdf = { bundleWallMs: ms, printedPages: run.pdfPages, msPerPage: run.pdfPages ? Math.round(ms / run.pdfPages) : undefined, note: 'bundle step total (PDF, Word, email, zip) per printed PDF page' };
} catch (error) {
  pdf = { error: (error as Error).message.split('\n')[0] };
} finally {
  rmSync(pdfDir, { recursive: true, force: true });
  rmSync(astroRootFor(pdfDir), { recursive: true, force: true });
}

// svd check on the example: in process, and as an author runs it on save (warm caches) or cold.
const time = (step: () => void) => {
  const start = performance.now();
  step();
  return performance.now() - start;
};
const measure = (step: () => void) => (step(), median(Array.from({ length: CHECK_RUNS }, () => time(step))));
const inProcess = measure(() => analyse(APP, { sets: ['check'], now: NOW }));
const command = (env: NodeJS.ProcessEnv) =>
  median(Array.from({ length: CHECK_RUNS }, () => time(() => spawnSync(process.execPath, [join(APP, 'scripts', 'svd.mjs'), 'check', APP, '--now', BENCH_NOW], { encoding: 'utf8', env: { ...process.env, ...env } }))));
const warm = command({});
const cold = command({ SVD_NO_CACHE: '1', NODE_DISABLE_COMPILE_CACHE: '1' });
// What the dev server does after a save: the whole analysis again (both rule sets), unchanged files from the parse cache.
const dev = measure(() => analyse(APP, { now: NOW }));
// svd check --watch on a copy of the example: from a save to its findings printed.
const watchDir = mkdtempSync(join(tmpdir(), 'svd-bench-watch-'));
let watched: number;
try {
  generate(APP, watchDir, 1);
  watched = median(await timeWatchedSaves(APP, watchDir, join(watchDir, 'content', 'strategy', 'en', 'index.mdx'), CHECK_RUNS));
} finally {
  rmSync(watchDir, { recursive: true, force: true });
}

const results = {
  machine: { ...machine, loadAverageAtEnd: loadavg().map((n) => Math.round(n * 10) / 10) },
  targets: TARGETS,
  sites,
  pdf,
  check: { inProcessMs: Math.round(inProcess), commandWarmMs: Math.round(warm), commandColdMs: Math.round(cold), watchSaveMs: Math.round(watched), runs: CHECK_RUNS },
  dev: { reanalysisMs: Math.round(dev), debounceMs: 50, note: 'in-process re-analysis after a save, as the dev server runs it; the browser reload is not included' },
};
mkdirSync(join(APP, 'bench'), { recursive: true });
writeFileSync(join(APP, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const lines = ['| scale | documents | words | ours wall / CPU / peak | plain wall / CPU / peak | ratio wall (CPU) | ours: analysis, pages, search (wall ms) |', '|---|---|---|---|---|---|---|'];
for (const s of sites as Array<{ scale: number; documents: number; words: number; svd?: ReturnType<typeof summarise>; plain?: ReturnType<typeof summarise>; ratioWall?: number; ratioCpu?: number; error?: string }>) {
  if (!s.svd || !s.plain) lines.push(`| ${s.scale}x | ${s.documents ?? ''} | | not measured: ${s.error} | | | |`);
  else lines.push(`| ${s.scale}x | ${s.documents} | ${s.words.toLocaleString('en-GB')} | ${s.svd.wallMs} ms / ${s.svd.cpuMs} ms / ${s.svd.peakMb} MB | ${s.plain.wallMs} ms / ${s.plain.cpuMs} ms / ${s.plain.peakMb} MB | ${s.ratioWall} (${s.ratioCpu}) | ${['analysis', 'pages', 'search'].map((k) => s.svd!.stages[k]?.wallMs ?? '-').join(', ')} |`);
}
console.log(`\n${lines.join('\n')}\n`);
console.log(`PDF step on the example: ${JSON.stringify(pdf)} (target ${TARGETS.pdfMsPerPage} ms a page)`);
console.log(`svd check on the example: on save with --watch ${results.check.watchSaveMs} ms from the save to the findings (target ${TARGETS.checkWarmMs} ms); ${results.check.inProcessMs} ms in process; the command started afresh ${results.check.commandWarmMs} ms with its caches warm, ${results.check.commandColdMs} ms cold`);
console.log(`Dev server re-analysis after a save: ${results.dev.reanalysisMs} ms + ${results.dev.debounceMs} ms debounce (target ${TARGETS.devMs} ms)`);
console.log(`Written: bench/results.json (load average at end ${results.machine.loadAverageAtEnd.join(' ')}).`);
