/**
 * The analysis worker hands its heap back once it has posted its results
 * (build/give-back-memory.ts), rather than leaving V8 to free it 8 s after
 * the thread ends, in the middle of a large build's peak.
 */
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { giveBackMemory } from '../src/lib/build/give-back-memory.ts';

const MB = 2 ** 20;

function run(give: boolean): Promise<{ count: number; before: number; after: number }> {
  const worker = new Worker(new URL('./fixtures/workers/give-back-memory.ts', import.meta.url), { workerData: { give } });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('giving a worker’s memory back', () => {
  it('frees the heap a worker let go of at once, where a worker left alone keeps it', async () => {
    const kept = await run(false);
    const given = await run(true);
    expect(given.count).toBe(3_000_000);
    // ~300 MB of objects: nearly all of it leaves the process's resident memory.
    expect((given.before - given.after) / MB).toBeGreaterThan(150);
    // Left alone, the worker hands nothing back while it runs (and V8 keeps its pages for 8 s after it ends).
    expect((kept.before - kept.after) / MB).toBeLessThan(50);
  });

  it('leaves no gc() for other code to call', () => {
    giveBackMemory();
    expect(runInNewContext('typeof gc')).toBe('undefined');
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });
});
