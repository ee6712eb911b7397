/**
 * Atomic output: Astro writes into a staging folder, which is swapped into
 * place only when every step has succeeded, so a failed build leaves the
 * previous dist/ exactly as it was, and nothing half-made.
 *
 * The staging folder lives in the build's own work folder (the content
 * root's Astro root, build/config.ts), not beside dist/: Astro writes its
 * prerender bundle under the output folder only when that folder is inside
 * the working directory, and otherwise into `<cwd>/.astro/.prerender/`,
 * which two builds at once would share (astro/dist/prerender/utils.js).
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Stage {
  dir: string;
  commit(): void;
  discard(): void;
}

/** Prefix of this process's staging folders (`stage-<pid>-<time>`), the shape safety/leftovers.ts looks for. */
const stagePrefix = (): string => `stage-${process.pid}-`;

/** Move a folder, copying when it crosses file systems (the work folder and dist/ may be on different disks). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export function createStage(outDir: string, work: string): Stage {
  mkdirSync(work, { recursive: true });
  const dir = join(work, `${stagePrefix()}${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    commit() {
      // First beside dist/ (a copy if need be), then two renames on one disk: the swap itself cannot be half-done.
      const beside = join(dirname(outDir), '.svd');
      mkdirSync(beside, { recursive: true });
      const incoming = join(beside, `incoming-${process.pid}-${Date.now()}`);
      const previous = join(beside, `previous-${process.pid}-${Date.now()}`);
      move(dir, incoming);
      if (existsSync(outDir)) renameSync(outDir, previous);
      try {
        renameSync(incoming, outDir);
      } catch (error) {
        if (existsSync(previous)) renameSync(previous, outDir);
        rmSync(incoming, { recursive: true, force: true });
        throw error;
      }
      rmSync(previous, { recursive: true, force: true });
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
