/**
 * Builds the shared fixture sites once, before any test file runs, with the
 * real pipeline (analysis, Astro, Pagefind). Test files read test/.output/.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../src/lib/build/pipeline.ts';
import { parseNow } from '../src/lib/engine/clock.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'sites');
const OUTPUT = join(import.meta.dirname, '.output');

export default async function setup(): Promise<void> {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major < 22 || (major === 22 && minor < 12)) throw new Error(`Tests need Node >= 22.12 (the project's own Node 24 via npm test); this is ${process.versions.node}`);
  rmSync(OUTPUT, { recursive: true, force: true });
  const lines: string[] = [];
  const result = await buildSite({ root: join(FIXTURES, 'bilingual'), outDir: join(OUTPUT, 'bilingual'), now: parseNow(process.env.SVD_NOW ?? '2026-11-20'), log: (line) => lines.push(line) });
  if (!result.ok) throw new Error(`The bilingual fixture did not build:\n${lines.join('\n')}`);
}
