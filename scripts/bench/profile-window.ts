/**
 * Where a CPU profile's time went within a window of it: self time by
 * package (or by our own src/ folder), and the heaviest functions. A build's
 * phases are at known times (timeline.ts prints them), so a window picks one:
 * Astro's content sync, Vite's bundle phase, the prerender.
 *
 *   node scripts/bench/profile-window.ts <file.cpuprofile> [from ms] [to ms] [--functions FILTER]
 *
 * Times are from the profile's start, which is within a few milliseconds of
 * the process's. `--functions` lists the heaviest functions whose file path
 * holds FILTER (such as `satteri` or `/src/lib/`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { functions: { type: 'string' } } });
const [file, from = '0', to = 'Infinity'] = positionals;
if (!file) throw new Error('usage: profile-window.ts <file.cpuprofile> [from ms] [to ms] [--functions FILTER]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

/** A frame's place: its package, our src/ folder, Node's own module, or V8's (GC, idle, program). */
function bucket(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return `(${frame.functionName.replace(/[()]/g, '')})`;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (dependency) return dependency[1]!;
  const ours = /\/(src\/(?:lib\/)?[^/]+)\//.exec(frame.url);
  return ours ? ours[1]! : frame.url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

const byBucket = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
let clock = 0;
profile.samples.forEach((id, i) => {
  clock += profile.timeDeltas[i] ?? 0;
  const at = clock / 1000;
  if (at < Number(from) || at >= Number(to)) return;
  // A sample stands for the time until the next one.
  const spent = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const frame = nodes.get(id)!.callFrame;
  total += spent;
  byBucket.set(bucket(frame), (byBucket.get(bucket(frame)) ?? 0) + spent);
  if (values.functions && frame.url.includes(values.functions)) {
    const name = `${frame.functionName || '(top level)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + spent);
  }
});

const top = (map: Map<string, number>, count: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${String(Math.round(ms)).padStart(7)} ms  ${name}`).join('\n');
console.log(`${Math.round(total)} ms sampled from ${from} to ${to} ms\n\nself time by place:\n${top(byBucket, 25)}`);
if (values.functions) console.log(`\nheaviest functions in files matching "${values.functions}":\n${top(byFunction, 25)}`);
