/**
 * `svd check --watch` as an author meets it: from saving a file to the
 * findings being printed, with the command already running (its caches
 * warm). Includes the 50 ms it waits for an editor's save to settle.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BENCH_NOW } from './generate.ts';

export async function timeWatchedSaves(app: string, root: string, file: string, runs: number): Promise<number[]> {
  const child = spawn(process.execPath, [join(app, 'scripts', 'svd.mjs'), 'check', root, '--watch', '--json', '--now', BENCH_NOW], { stdio: ['ignore', 'pipe', 'pipe'] });
  const errors: string[] = [];
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const watching = new Promise<void>((resolve) =>
    createInterface({ input: child.stderr }).on('line', (line) => {
      errors.push(line);
      if (line.startsWith('Watching')) resolve();
    }),
  );
  // If the command stops, every wait below fails with what it said: waiting on a dead child's
  // output leaves nothing to keep the bench running, and it would end without writing its results.
  const stopped = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code) => reject(new Error(`svd check --watch stopped (exit ${code}): ${errors.slice(-5).join(' | ')}`))),
  );
  stopped.catch(() => {});
  const next = async () => {
    const line = await Promise.race([lines.next(), stopped]);
    if (line.done) await stopped; // its output ended: it is stopping, and says why
  };
  try {
    await next(); // the first check
    await Promise.race([watching, stopped]);
    const original = readFileSync(file, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A real edit each time (a sentence added, then taken away), so the saved file is parsed again.
      const start = performance.now();
      writeFileSync(file, i % 2 === 0 ? `${original}\nThe board met again in November.\n` : original);
      await next();
      times.push(performance.now() - start);
    }
    writeFileSync(file, original);
    return times;
  } finally {
    child.kill('SIGINT');
  }
}
