/**
 * `svd check --watch` as an author meets it: from saving a file to the
 * findings being printed, with the command already running (its caches
 * warm). Includes the 50 ms it waits for an editor's save to settle.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

/** The next line the command prints, or a clear failure: a bench that hangs writes no results at all. */
async function within<T>(step: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`svd check --watch printed nothing ${what} within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function timeWatchedSaves(app: string, root: string, file: string, runs: number): Promise<number[]> {
  const child = spawn(process.execPath, [join(app, 'scripts', 'svd.mjs'), 'check', root, '--watch', '--json', '--now', '2026-11-20'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const watching = new Promise<void>((resolve) => createInterface({ input: child.stderr }).on('line', (line) => line.startsWith('Watching') && resolve()));
  try {
    await within(lines.next(), 60_000, 'for its first check');
    await within(watching, 60_000, 'to say it is watching');
    // Node arms a recursive watch's inotify watches folder by folder; on a busy machine the first
    // save could come before they are all in place, and be missed.
    await sleep(500);
    const original = readFileSync(file, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A real edit each time (a sentence added, then taken away), so the saved file is parsed again.
      const start = performance.now();
      writeFileSync(file, i % 2 === 0 ? `${original}\nThe board met again in November.\n` : original);
      await within(lines.next(), 30_000, 'after a save');
      times.push(performance.now() - start);
    }
    writeFileSync(file, original);
    return times;
  } finally {
    child.kill('SIGINT');
  }
}
