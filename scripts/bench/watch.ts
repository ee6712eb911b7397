/**
 * `svd check --watch` as an author meets it: from saving a file to the
 * findings being printed, with the command already running (its caches
 * warm). Includes the 50 ms it waits for an editor's save to settle.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export async function timeWatchedSaves(app: string, root: string, file: string, runs: number): Promise<number[]> {
  const child = spawn(process.execPath, [join(app, 'scripts', 'svd.mjs'), 'check', root, '--watch', '--json', '--now', '2026-11-20'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const watching = new Promise<void>((resolve) => createInterface({ input: child.stderr }).on('line', (line) => line.startsWith('Watching') && resolve()));
  try {
    await lines.next();
    await watching;
    const original = readFileSync(file, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A real edit each time (a sentence added, then taken away), so the saved file is parsed again.
      const start = performance.now();
      writeFileSync(file, i % 2 === 0 ? `${original}\nThe board met again in November.\n` : original);
      await lines.next();
      times.push(performance.now() - start);
    }
    writeFileSync(file, original);
    return times;
  } finally {
    child.kill('SIGINT');
  }
}
