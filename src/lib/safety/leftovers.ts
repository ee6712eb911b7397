/**
 * What a killed build leaves behind, and putting it right. A build names
 * every folder it makes as it goes `<kind>-<pid>-<time>` (the staging folder
 * Astro writes into, the site on its way into dist/, the previous dist/ on
 * its way out, the bundle being written), so the next build can tell a dead
 * build's folders from a running one's: a process that no longer exists
 * will never finish them.
 *
 * The one leftover that matters is `previous-*` with no dist/: the build was
 * killed between moving the old site out and the new one in. The old site is
 * put back, so dist/ is never missing for longer than that instant.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** In the build's own .svd folders; the bundle's temporary folder sits beside dist/, among the user's files, so it has its own stricter pattern. */
const IN_WORK = /^(stage|incoming|previous)-(\d+)-\d+$/;
const IN_PARENT = /^\.(submission)-(\d+)-[A-Za-z0-9]{6}$/;

/** Whether a process exists (signal 0 checks without sending anything; EPERM means it exists, as someone else's). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Places {
  /** The published folder. */
  outDir: string;
  /** The build's own folders (its Astro work folder's .svd, the .svd beside dist/). */
  work: string[];
  /** The folder holding dist/ and the bundle, where the bundle is first written into a temporary folder. */
  parent: string;
}

export interface Tidied {
  removed: string[];
  /** The previous site, put back as dist/. */
  restored?: string;
}

function leftovers(dir: string, pattern: RegExp): Array<{ path: string; kind: string; pid: number }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = pattern.exec(name);
    return match ? [{ path: join(dir, name), kind: match[1]!, pid: Number(match[2]) }] : [];
  });
}

/**
 * Remove the leftovers of builds that are no longer running, or only those
 * of process `pid` (a build cleaning up after itself on Ctrl-C).
 */
export function tidy(places: Places, pid?: number): Tidied {
  const mine = (owner: number) => (pid === undefined ? owner !== process.pid && !alive(owner) : owner === pid);
  const found = [...[...new Set(places.work)].flatMap((dir) => leftovers(dir, IN_WORK)), ...leftovers(places.parent, IN_PARENT)].filter((entry) => mine(entry.pid));
  const tidied: Tidied = { removed: [] };
  const previous = found.find((entry) => entry.kind === 'previous');
  if (previous && !existsSync(places.outDir)) {
    renameSync(previous.path, places.outDir);
    tidied.restored = previous.path;
  }
  for (const entry of found) {
    if (entry.path === tidied.restored) continue;
    rmSync(entry.path, { recursive: true, force: true });
    tidied.removed.push(entry.path);
  }
  return tidied;
}

/** Where a build of the site published to outDir, with Astro root astroRoot, leaves things. */
export function placesFor(astroRoot: string, outDir: string): Places {
  return { outDir, work: [join(astroRoot, '.svd'), join(dirname(outDir), '.svd')], parent: dirname(outDir) };
}
