/**
 * One Astro build at a time per app folder. Astro keeps generated state in
 * the app's .astro/ folder (content-modules.mjs, types), so two builds of
 * different content roots at once (parallel test files, a build while the
 * bundle tests run) would overwrite each other's state. A lock folder,
 * created atomically, serialises them across processes; a lock left by a
 * dead process is taken over.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function alive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The pid holding the lock; 0 when a holder died between creating the folder
 * and recording its pid; undefined while that may still be happening.
 */
function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs > 10_000 ? 0 : undefined;
    } catch {
      return undefined; // Removed just now: try again.
    }
  }
}

/**
 * Move a dead holder's lock away before removing it, so two waiters cannot
 * both remove it and one of them remove the other's fresh lock; if what was
 * moved turns out to be someone else's fresh lock, put it back.
 */
function takeOver(lock: string, deadHolder: number): void {
  const stale = `${lock}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(lock, stale);
  } catch {
    return; // Another waiter took it over first.
  }
  const moved = holderOf(stale);
  if (moved !== deadHolder && moved !== 0) {
    try {
      renameSync(stale, lock);
      return;
    } catch {
      // A third build holds the lock now; the one we moved finishes unharmed and removes its own folder.
    }
  }
  rmSync(stale, { recursive: true, force: true });
}

/** Builds in this process queue here first: the lock folder counts its own process as alive. */
let queue: Promise<unknown> = Promise.resolve();

export function withLock<T>(dir: string, body: () => Promise<T>, options: { waitMs?: number } = {}): Promise<T> {
  const run = queue.then(() => withFolderLock(dir, body, options));
  queue = run.catch(() => undefined);
  return run;
}

async function withFolderLock<T>(dir: string, body: () => Promise<T>, { waitMs = 10 * 60_000 } = {}): Promise<T> {
  const lock = join(dir, '.svd-build.lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      // Written aside and renamed in, so a reader sees no pid or the whole pid, never half.
      writeFileSync(join(lock, 'pid.tmp'), String(process.pid));
      renameSync(join(lock, 'pid.tmp'), join(lock, 'pid'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(lock);
      if (holder !== undefined && !alive(holder)) takeOver(lock, holder);
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
