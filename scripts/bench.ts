/**
 * `npm run bench [-- --runs N]`: how fast `svd check` is, against the target
 * of under 1 second on the example site (fast enough to run on every save).
 *
 * Three figures, each the median of N runs:
 *  - the analysis alone, in this process, on the example in content/;
 *  - the whole `svd check` command as an author runs it (Node start-up,
 *    loading the modules, reading, parsing and checking), on the example;
 *  - the analysis on a synthetic large project built in a temp folder (long
 *    strategies and SNA summaries in both languages and many pages), to show
 *    how it grows.
 * Speed is measured here, not asserted in tests: timings on a shared machine
 * are too noisy to fail a build on.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { sourceHash } from '../src/lib/checks/translation/hash.ts';
import { analyse } from '../src/lib/engine/analyse.ts';

const APP = join(import.meta.dirname, '..');
const TARGET_MS = 1000;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(1, Number(values.runs) || 7);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(step: () => void): number {
  const start = performance.now();
  step();
  return performance.now() - start;
}

function measure(step: () => void): number {
  step(); // warm-up, not counted: the first run also loads and compiles modules
  return median(Array.from({ length: RUNS }, () => time(step)));
}

function countFiles(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.mdx')).length;
}

/** A large project: the complete checks fixture, each section grown to many paragraphs, plus many pages. */
function syntheticProject(): { root: string; description: string } {
  const source = join(APP, 'test', 'fixtures', 'checks', 'complete');
  const root = mkdtempSync(join(tmpdir(), 'svd-bench-'));
  const PARAGRAPHS = 40;
  const PAGES = 100;
  const files = (readdirSync(source, { recursive: true }) as string[]).filter((name) => statSync(join(source, name)).isFile());
  const texts = new Map<string, string>();
  for (const name of files) {
    let text = readFileSync(join(source, name), 'utf8');
    if (name.endsWith('.mdx')) {
      // Repeat each section's first paragraph, so every rule has real work to do.
      text = text.replace(/(\{#[a-z-]+\}\n\n)([^\n#][^\n]*\n)/g, (_, heading: string, paragraph: string) => `${heading}${Array.from({ length: PARAGRAPHS }, () => paragraph).join('\n')}`);
    }
    texts.set(name, text);
  }
  for (let i = 1; i <= PAGES; i += 1) {
    const page = (lang: 'en' | 'cy', title: string, body: string) =>
      `---\ntitle: ${title} ${i}\nsummary: ${title}.\nlang: ${lang}\ntranslationKey: page-${i}\nslug: ${lang === 'en' ? 'page' : 'tudalen'}-${i}\nstatus: published\npublished: 2026-11-02\n---\n\n## ${title} {#section-${i}}\n\n${Array.from({ length: 10 }, () => body).join('\n\n')}\n`;
    texts.set(join('content', 'pages', 'en', `page-${i}.mdx`), page('en', 'Page', 'The partnership works with schools, youth services and residents to prevent violence.'));
    texts.set(join('content', 'pages', 'cy', `tudalen-${i}.mdx`), page('cy', 'Tudalen', "Mae'r bartneriaeth yn gweithio gydag ysgolion, gwasanaethau ieuenctid a thrigolion i atal trais."));
  }
  // Welsh files record the hash of their English source, as `svd translated` would.
  for (const [name, text] of texts) {
    if (!name.includes(`${join('content', 'pages', 'cy')}`) && !/content.(strategy|sna).cy/.test(name)) continue;
    const english = name.includes('pages') ? texts.get(name.replace(/cy(.)tudalen/, 'en$1page')) : texts.get(name.replace(/(strategy|sna)(.)cy/, '$1$2en'));
    if (english === undefined) continue;
    texts.set(name, text.includes('sourceHash:') ? text.replace(/sourceHash: .*/, `sourceHash: ${sourceHash(english)}`) : text.replace('\n---\n', `\ntranslation:\n  source: en\n  sourceHash: ${sourceHash(english)}\n---\n`));
  }
  for (const [name, text] of texts) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  const lines = [...texts.values()].reduce((sum, text) => sum + text.split('\n').length, 0);
  return { root, description: `${countFiles(join(root, 'content'))} documents, ${lines.toLocaleString('en-GB')} lines` };
}

const now = new Date('2026-11-20T12:00:00Z');

const example = analyse(APP, { sets: ['check'] });
const inProcess = measure(() => analyse(APP, { sets: ['check'] }));
const inProcessCold = (() => {
  process.env.SVD_NO_CACHE = '1';
  try {
    return measure(() => analyse(APP, { sets: ['check'] }));
  } finally {
    delete process.env.SVD_NO_CACHE;
  }
})();
/** The command as an author runs it on save: warm caches (parsed trees, compiled modules), or none. */
function commandMs(env: NodeJS.ProcessEnv): number {
  return median(
    Array.from({ length: RUNS }, () =>
      time(() => {
        const result = spawnSync(process.execPath, [join(APP, 'scripts', 'svd.mjs'), 'check', APP], { encoding: 'utf8', env: { ...process.env, ...env } });
        if (result.status === 2) throw new Error(`svd check could not read the example:\n${result.stderr}`);
      }),
    ),
  );
}
const cold = commandMs({ SVD_NO_CACHE: '1', NODE_DISABLE_COMPILE_CACHE: '1' });
const command = commandMs({});
console.log(`svd check on the example (${relative(process.cwd(), join(APP, 'content')) || 'content'}, ${example.project.documents.length} documents, ${example.errors} errors, ${example.warnings} warnings):`);
console.log(`  analysis in process: median ${inProcess.toFixed(0)} ms over ${RUNS} runs (${inProcessCold.toFixed(0)} ms parsing every file)`);
console.log(`  the whole command, no caches:  median ${cold.toFixed(0)} ms over ${RUNS} runs`);
console.log(`  the whole command, on save:   median ${command.toFixed(0)} ms over ${RUNS} runs (parsed trees and compiled modules cached)`);
console.log(`  target under ${TARGET_MS} ms for the whole command: ${command < TARGET_MS ? 'met' : 'NOT met'}`);

const synthetic = syntheticProject();
try {
  const result = analyse(synthetic.root, { sets: ['check'], now });
  const large = measure(() => analyse(synthetic.root, { sets: ['check'], now }));
  console.log(`Synthetic large project (${synthetic.description}, ${result.errors} errors, ${result.warnings} warnings):`);
  console.log(`  analysis in process: median ${large.toFixed(0)} ms over ${RUNS} runs`);
} finally {
  rmSync(synthetic.root, { recursive: true, force: true });
}
