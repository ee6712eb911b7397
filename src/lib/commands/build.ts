/**
 * `svd build [root] [--out dir]`: check, scan, build both languages, index
 * for search and emit the submission bundle. Exit 1 if anything blocks.
 */
import { resolve } from 'node:path';
import { buildSite } from '../build/pipeline.ts';
import { guarded, parse } from './options.ts';

const HELP = `Usage: svd build [root] [--out dir]

Builds the site in root (default: this folder) into root/dist (or --out),
with search and the submission bundle. Nothing is written unless every check passes.`;

export function run(args: string[]): Promise<number> {
  return guarded(HELP, async () => {
    const { values, positionals } = parse(args, { out: { type: 'string' } });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const start = performance.now();
    const result = await buildSite({ root: positionals[0] ? resolve(positionals[0]) : undefined, outDir: values.out ? resolve(values.out) : undefined });
    if (result.ok) console.log(`Done in ${((performance.now() - start) / 1000).toFixed(1)} s (${Object.entries(result.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}).`);
    return result.ok ? 0 : 1;
  });
}
