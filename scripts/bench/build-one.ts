/**
 * One build for the benchmark, in its own process (so each starts cold, as
 * in CI): `node build-one.ts svd|plain <content root> <out dir> [bundle]`.
 * Prints one JSON line: wall and CPU time per stage. The parent runs this
 * under /usr/bin/time for totals that include Pagefind's and esbuild's own
 * processes, and peak memory.
 */
import { dirname, join } from 'node:path';
import { buildSite } from '../../src/lib/build/pipeline.ts';
import { indexSite } from '../../src/lib/build/search.ts';
import { parseNow } from '../../src/lib/engine/clock.ts';
import { BENCH_NOW } from './generate.ts';
import { plainConfig } from './plain.ts';

const [mode, root, outDir, bundle] = process.argv.slice(2) as [string, string, string, string | undefined];
process.env.ASTRO_TELEMETRY_DISABLED = '1';

async function stage<T>(times: { wall: Record<string, number>; cpu: Record<string, number> }, name: string, step: () => Promise<T>): Promise<T> {
  const [wall, used] = [performance.now(), process.cpuUsage()];
  const value = await step();
  const spent = process.cpuUsage(used);
  times.wall[name] = Math.round(performance.now() - wall);
  times.cpu[name] = Math.round((spent.user + spent.system) / 1000);
  return value;
}

if (mode === 'svd') {
  const result = await buildSite({ root, outDir, bundle: bundle === 'bundle', now: parseNow(BENCH_NOW), log: () => {} });
  if (!result.ok) throw new Error(`The synthetic site did not pass its checks: ${result.analysis.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.rule}`).slice(0, 5).join('; ')}`);
  const manifest = bundle === 'bundle' ? await import(join(dirname(outDir), 'submission', 'manifest.json'), { with: { type: 'json' } }) : undefined;
  const pdfPages = manifest ? (manifest.default.documents as Array<{ pdf: { pages: number } }>).reduce((n, d) => n + d.pdf.pages, 0) : undefined;
  console.log(JSON.stringify({ wall: result.timings, cpu: result.cpu, pdfPages }));
} else {
  const times = { wall: {} as Record<string, number>, cpu: {} as Record<string, number> };
  const { build } = await import('astro');
  await stage(times, 'pages', () => build({ ...plainConfig(root, outDir), logLevel: 'warn' }));
  const search = await stage(times, 'search', () => indexSite(outDir));
  // Every page of plain's is one document (bench/plain/src/pages/[...id].astro): the parent checks none is missing.
  console.log(JSON.stringify({ ...times, pages: search.pages }));
}
