/**
 * One cold build, ours or plain Astro's (as build-one.ts makes them), with
 * what the bench's totals cannot show: when each Astro hook ran, the main
 * thread's heap and memory each second, the process's resident memory every
 * quarter second from a thread of its own (so Vite's bundle phase, which
 * holds the main thread, is seen too), and, if asked, an allocation profile
 * of Vite's bundle phase (where our Markdown steps run). For finding where a
 * build's time and memory go (docs/performance.md); run it under
 * `node --cpu-prof` for the CPU, and read the profile with profile-window.ts.
 *
 *   node scripts/bench/timeline.ts svd|plain <content root> <out dir> [--heap-profile FILE]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { svdConfig } from '../../src/lib/build/config.ts';
import { parseNow } from '../../src/lib/engine/clock.ts';
import { BENCH_NOW } from './generate.ts';
import { plainConfig } from './plain.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'heap-profile': { type: 'string' } } });
const [mode, root, outDir] = positionals as [string, string, string];
if (!['svd', 'plain'].includes(mode) || !root || !outDir) throw new Error('usage: timeline.ts svd|plain <content root> <out dir> [--heap-profile FILE]');
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const MB = 2 ** 20;
// The first mark comes after this script's imports, ours among them (config.ts and what it needs).
const marks: Array<[string, number]> = [['imports done', performance.now()]];
const memory: Array<{ at: number; heapUsed: number; heapTotal: number; external: number; rss: number }> = [];
// A timer, so it is late while the main thread is busy: read the figures beside their times.
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  memory.push({ at: performance.now(), heapUsed: m.heapUsed / MB, heapTotal: m.heapTotal / MB, external: m.external / MB, rss: m.rss / MB });
}, 1000);

// The process's resident memory from its own thread (/proc/self/statm, in pages), which a busy main thread cannot delay.
// Its times are from this process's start, as the marks are.
const START = performance.timeOrigin;
const resident = new Worker(
  `const { parentPort, workerData } = require('node:worker_threads');
  const { readFileSync } = require('node:fs');
  const page = 4096, samples = [];
  let peak = { at: 0, mb: 0 };
  const timer = setInterval(() => {
    const mb = (Number(readFileSync('/proc/self/statm', 'utf8').split(' ')[1]) * page) / 2 ** 20;
    const at = Date.now() - workerData;
    samples.push({ at, mb });
    if (mb > peak.mb) peak = { at, mb };
  }, 250);
  parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage({ samples, peak }); });`,
  { eval: true, workerData: START },
);

const HOOKS = ['astro:config:setup', 'astro:config:done', 'astro:build:start', 'astro:build:setup', 'astro:build:generated', 'astro:build:done'] as const;
const timeline: AstroIntegration = { name: 'timeline', hooks: Object.fromEntries(HOOKS.map((hook) => [hook, () => void marks.push([hook, performance.now()])])) };

/** Sampled allocations from the first Vite build's start to its first write: every allocation, kept or collected. */
function heapProfile(file: string): Plugin {
  const session = new Session();
  session.connect();
  let state: 'before' | 'on' | 'done' = 'before';
  return {
    name: 'timeline-heap-profile',
    async buildStart() {
      if (state !== 'before') return;
      state = 'on';
      await session.post('HeapProfiler.enable');
      await session.post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    },
    async writeBundle() {
      if (state !== 'on') return;
      state = 'done';
      const { profile } = await session.post('HeapProfiler.stopSampling');
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}

// Vite's own phases, as marks: where the transforms end and the bundle's output begins.
const VITE_HOOKS = ['buildStart', 'buildEnd', 'renderStart', 'generateBundle', 'writeBundle'] as const;
const phases: Plugin = { name: 'timeline-phases', ...Object.fromEntries(VITE_HOOKS.map((hook) => [hook, () => void marks.push([`vite ${hook}`, performance.now()])])) };
const plugins: Plugin[] = [phases, ...(values['heap-profile'] ? [heapProfile(values['heap-profile'])] : [])];
const { build } = await import('astro');
marks.push(['astro imported', performance.now()]);
if (mode === 'svd') {
  // The worker starts at astro:config:setup and reports its own wall time: when it ended is a mark too.
  const config = svdConfig({ root, now: parseNow(BENCH_NOW), bundle: false, log: () => {}, onResult: (result) => void marks.push(['analysis ended (worker)', marks.find(([name]) => name === 'astro:config:setup')![1] + result.timings.analysis!]) });
  await build({ ...config, integrations: [timeline, ...(config.integrations ?? [])], vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), ...plugins] }, outDir, configFile: false, logLevel: 'error' });
} else {
  await build({ ...plainConfig(root, outDir), logLevel: 'error', integrations: [timeline], vite: { plugins } });
}
marks.push(['end', performance.now()]);
clearInterval(sampler);
resident.postMessage('stop');
const residentMemory = await new Promise<{ samples: Array<{ at: number; mb: number }>; peak: { at: number; mb: number } }>((done) => resident.once('message', done));
await resident.terminate();

marks.sort((a, b) => a[1] - b[1]);
let previous = 0;
console.log('ms since start, and since the mark before:');
for (const [name, at] of marks) {
  console.log(`${name.padEnd(24)} ${String(Math.round(at)).padStart(7)}  (+${Math.round(at - previous)})`);
  previous = at;
}
console.log('\nmain thread memory (MB): at ms, heap used / heap total, external (ArrayBuffers and native objects V8 is told of), resident');
for (const m of memory) console.log(`${String(Math.round(m.at)).padStart(7)}  ${Math.round(m.heapUsed)} / ${Math.round(m.heapTotal)}, ${Math.round(m.external)}, ${Math.round(m.rss)}`);
console.log(`\nprocess resident memory (MB) every second, from its own thread; peak ${Math.round(residentMemory.peak.mb)} at ${Math.round(residentMemory.peak.at)} ms:`);
let shown = -1000;
for (const sample of residentMemory.samples) {
  if (sample.at - shown < 1000) continue;
  shown = sample.at;
  console.log(`${String(Math.round(sample.at)).padStart(7)}  ${Math.round(sample.mb)}`);
}
