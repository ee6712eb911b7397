/**
 * One Astro build at a time per app folder. Astro keeps generated state in
 * the app's .astro/ folder (content-modules.mjs, types), so two builds of
 * different content roots at once (parallel test files, a build while the
 * bundle tests run) would overwrite each other's state. A lock folder,
 * created atomically, serialises them across processes; a lock left by a
 * dead process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function withLock<T>(dir: string, body: () => Promise<T>, { waitMs = 10 * 60_000 } = {}): Promise<T> {
  const lock = join(dir, '.svd-build.lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Being created or removed right now; look again shortly.
      }
      if (Number.isInteger(holder) && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > waitMs) throw new Error(`Another build has held ${lock} for over ${Math.round(waitMs / 60_000)} minutes. If no build is running, delete that folder.`);
      else await sleep(200);
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
