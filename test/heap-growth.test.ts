/**
 * The build fixes V8's heap growth at 2x (build/heap-growth.ts) by setting a
 * flag at run time. That only works while V8 reads the flag at every
 * collection, so this runs a heap like a build's (a live set, and objects
 * that outlive the young generation and then die) in a child process, with
 * and without it: if a Node update stopped honouring the flag, the two peaks
 * would be the same.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userChoseGrowth } from '../src/lib/build/heap-growth.ts';

const CHURN = join(import.meta.dirname, 'fixtures', 'heap', 'churn.ts');

function peakHeap(mode: 'free' | 'limit'): number {
  const run = spawnSync(process.execPath, [CHURN, mode], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as { peak: number }).peak;
}

describe('the build heap growth', () => {
  it('keeps the heap well below where V8 alone lets it grow', () => {
    const free = peakHeap('free');
    const limited = peakHeap('limit');
    // Measured: about 800 MB free, 490 MB limited; the live set is about 140 MB.
    expect(limited).toBeLessThan(free * 0.8);
  }, 60_000);

  it("leaves a factor the user chose to them, however they spelled it", () => {
    expect(userChoseGrowth(['--max-old-space-size=4096', '--heap-growing-percent=30'])).toBe(true);
    expect(userChoseGrowth(['--heap_growing_percent=30'])).toBe(true);
    expect(userChoseGrowth(['--max-old-space-size=4096', '--enable-source-maps'])).toBe(false);
  });
});
