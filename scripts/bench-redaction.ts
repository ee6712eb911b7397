/**
 * `npm run bench:redaction [-- --verbose]`: how good and how fast the
 * redaction scan is.
 *
 * 1. Quality: precision, recall and F2 per detector and overall on the
 *    labelled corpus in test/fixtures/redaction (targets: recall >= 95%,
 *    precision >= 90%). F2 weighs recall twice as much as precision: a missed
 *    child's name costs more than a false alarm.
 * 2. False alarms per 1,000 words of published-style text (target <= 1):
 *    findings on excerpts of real published pages (test/fixtures/redaction/
 *    published, each with its source) that a reviewer would have to dismiss.
 * 3. Speed: MB of MDX per CPU second on one core (target >= 5 MB/s), for the
 *    detectors alone and for parsing plus detectors, over documents built
 *    from the example site, the fixtures and the corpus (about 20 KB each,
 *    like a real strategy section).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parseMdx } from '../src/lib/content/parse.ts';
import { createProject } from '../src/lib/content/load.ts';
import { run as runRules } from '../src/lib/engine/analyse.ts';
import { resolveNow } from '../src/lib/engine/clock.ts';
import type { SvdDocument } from '../src/lib/engine/types.ts';
import { evaluate, falseAlarms, loadCorpus } from '../src/lib/redaction/evaluate.ts';

const ROOT = join(import.meta.dirname, '..');
const NOW = resolveNow();
const verbose = process.argv.includes('--verbose');
const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);

// --- quality ---------------------------------------------------------------
const FIXTURES = join(ROOT, 'test', 'fixtures', 'redaction');
const { snippets, site } = loadCorpus(FIXTURES);

function table(title: string, list: typeof snippets): ReturnType<typeof evaluate> {
  const result = evaluate(list, site);
  const negatives = list.filter((s) => s.expect.length === 0).length;
  console.log(`${title}: ${list.length} snippets (${list.filter((s) => s.lang === 'en').length} English, ${list.filter((s) => s.lang === 'cy').length} Welsh; ${negatives} hard negatives)\n`);
  console.log(`${'detector'.padEnd(34)}   TP   FP   FN  precision  recall      F2`);
  const row = (name: string, s: { tp: number; fp: number; fn: number; precision: number; recall: number; f2: number }) =>
    console.log(`${name.padEnd(34)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}    ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f2)}`);
  for (const [rule, s] of result.perRule) row(rule, s);
  row('overall', result.overall);
  row('  English snippets', result.byLang.en);
  row('  Welsh snippets', result.byLang.cy);
  const met = result.overall.recall >= 0.95 && result.overall.precision >= 0.9;
  console.log(`\nTargets (recall >= 95%, precision >= 90%): ${met ? 'met' : 'NOT met'}`);
  if (verbose) {
    for (const m of result.mistakes) {
      console.log(`\n${m.snippet.source} [${m.snippet.lang}] ${JSON.stringify(m.snippet.text)}`);
      if (m.missed.length) console.log(`  missed: ${m.missed.join(', ')}`);
      if (m.extra.length) console.log(`  extra:  ${m.extra.join(', ')}`);
      for (const line of m.messages) console.log(`    ${line}`);
    }
  }
  return result;
}

table('Corpus (used to tune the detectors)', snippets);
console.log('');
// Written after tuning and never tuned on: the honest figure for text the scan has not seen.
table('Held-out snippets', loadCorpus(FIXTURES, 'holdout').snippets);
console.log('');
// Held-out set 2 (issue 14): identification without names, small numbers in
// prose, operations by shape, public contact details and named staff;
// written before those detectors were changed, never tuned on.
table('Held-out set 2 (motivated intruder, contact details)', loadCorpus(FIXTURES, 'holdout-2').snippets);

// --- false alarms on published text ----------------------------------------
// Both sets are real pages labelled before the scan first ran on them (first
// runs: set 1 4.03 per 1,000 words, 5 blocking; set 2, labelled after tuning
// on set 1, 3.09, 2 blocking); both have since been tuned on.
for (const [set, title] of [
  ['published', 'Published-style text, set 1 (real strategy, contact and minutes pages)'],
  ['published-2', 'Published-style text, set 2 (real pages)'],
] as const) {
  const published = loadCorpus(FIXTURES, set);
  const alarms = falseAlarms(published.snippets, published.site);
  console.log(`\n${title}: ${published.snippets.length} excerpts, ${alarms.words} words`);
  console.log(`  false alarms: ${alarms.alarms} (${alarms.blocking} blocking) = ${alarms.perThousandWords.toFixed(2)} per 1,000 words; target <= 1: ${alarms.perThousandWords <= 1 ? 'met' : 'NOT met'}`);
  for (const alarm of verbose ? alarms.list : []) console.log(`    ${alarm.snippet.source} ${alarm.snippet.url ?? ''}\n      ${alarm.finding}`);
}

// --- speed -------------------------------------------------------------------
function mdxFiles(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true }) as string[]).filter((n) => n.endsWith('.mdx')).map((n) => join(dir, n));
  } catch {
    return [];
  }
}
const bodies = [...mdxFiles(join(ROOT, 'content')), ...mdxFiles(join(ROOT, 'test', 'fixtures', 'sites'))].map((path) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
bodies.push(...snippets.filter((s) => s.format !== 'md').map((s) => s.text));
// Whole bodies only: cutting MDX mid-way could leave a component or table open.
const DOC_BYTES = 20_000;
const TOTAL_BYTES = 4_000_000;
/** Best of three: other work on a shared machine only ever makes a run slower. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** About 4 MB of documents of about 20 KB each, cycling through `sources`. */
function benchDocuments(sources: string[]): string[] {
  const made: string[] = [];
  let next = 0;
  for (let bytes = 0; bytes < TOTAL_BYTES; ) {
    let text = '';
    while (text.length < DOC_BYTES) text += `${sources[next++ % sources.length]}\n\n`;
    made.push(`---\ntitle: Bench\n---\n\n${text}`);
    bytes += Buffer.byteLength(made.at(-1)!);
  }
  return made;
}
// Two mixes: publication text as partnerships write it (the example site's
// content, where findings are rare), and the corpus mix, where nearly every
// paragraph is a finding and reporting dominates.
const exampleBodies = mdxFiles(join(ROOT, 'content')).map((path) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
let documents = benchDocuments(bodies);
let megabytes = documents.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;

/** Wall time of the last run: CPU time also counts V8's garbage-collector threads, which run on the other core. */
let lastWall = 0;
function run(withParse: boolean, trees?: Array<{ file: VFile; tree: ReturnType<typeof parseMdx> }>): number {
  // CPU time, not wall time: this machine is shared, and "on one core" is what we measure.
  const start = process.cpuUsage();
  const wallStart = performance.now();
  (trees ? documents.slice(0, trees.length) : documents).forEach((text, index) => {
    const file = new VFile({ path: `bench-${index}.mdx`, value: text });
    const tree = withParse || !trees ? parseMdx(file) : trees[index]!.tree;
    const document: SvdDocument = { path: file.path, collection: 'pages', lang: index % 2 ? 'cy' : 'en', file, tree, data: undefined };
    // The engine's one run loop, over a one-document loose Project, as `svd scan draft.md` does.
    runRules(createProject({ root: ROOT, site, documents: [document], now: NOW }), { sets: ['scan'], loose: true });
  });
  const used = process.cpuUsage(start);
  lastWall = (performance.now() - wallStart) / 1000;
  return (used.user + used.system) / 1e6;
}

function scanSpeed(): number {
  const parsed = documents.map((text, index) => {
    const file = new VFile({ path: `bench-${index}.mdx`, value: text });
    return { file, tree: parseMdx(file) };
  });
  run(false, parsed.slice(0, 5));
  let bestWall = Infinity;
  const cpu = Math.min(
    ...Array.from({ length: RUNS }, () => {
      const seconds = run(false, parsed.map(({ file, tree }) => ({ file, tree: structuredClone(tree) })));
      bestWall = Math.min(bestWall, lastWall);
      return seconds;
    }),
  );
  publicationWall = bestWall;
  return cpu;
}
let publicationWall = 0;
const corpusMix = { documents, megabytes };
documents = benchDocuments(exampleBodies);
megabytes = documents.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
const publicationSeconds = scanSpeed();
const publicationMegabytes = megabytes;
({ documents, megabytes } = corpusMix);

// Detectors alone: parse first (not timed), then scan fresh trees.
const parsed = documents.map((text, index) => {
  const file = new VFile({ path: `bench-${index}.mdx`, value: text });
  return { file, tree: parseMdx(file) };
});
run(false, parsed.slice(0, 5)); // warm up the regular expressions
const best = (times: number[]) => Math.min(...times);
// Each run gets its own copy of the trees: the scan caches its work per tree.
const scanSeconds = best(Array.from({ length: RUNS }, () => run(false, parsed.map(({ file, tree }) => ({ file, tree: structuredClone(tree) })))));
const fullSeconds = best(Array.from({ length: RUNS }, () => run(true)));
console.log(`\nSpeed on one core (CPU time, best of ${RUNS}): ${documents.length} documents, ${megabytes.toFixed(1)} MB of MDX`);
console.log(`  detectors only, publication text (the example site's content, ${publicationMegabytes.toFixed(1)} MB): ${(publicationMegabytes / publicationSeconds).toFixed(1)} MB/s CPU time (${publicationSeconds.toFixed(2)} s), ${(publicationMegabytes / publicationWall).toFixed(1)} MB/s wall clock on the main thread`);
console.log(`  detectors only, corpus mix (a finding in nearly every paragraph): ${(megabytes / scanSeconds).toFixed(1)} MB/s (${scanSeconds.toFixed(2)} s)`);
console.log(`  parse + detectors:                     ${(megabytes / fullSeconds).toFixed(1)} MB/s (${fullSeconds.toFixed(2)} s)`);
console.log(`Target (>= 5 MB/s for the scan of publication text, parsing excluded): ${publicationMegabytes / publicationSeconds >= 5 ? 'met' : publicationMegabytes / publicationWall >= 5 ? 'met on the wall clock, not in CPU time' : 'NOT met'}`);
console.log('Parsing is the shared MDX parser (micromark), about 1 MB/s; the build and svd check cache parsed trees by content, so a rescan parses only what changed.');
