/**
 * Atomic output: everything is written into a staging folder beside dist/
 * and swapped into place only when every step has succeeded, so a failed
 * build leaves the previous dist/ exactly as it was, and nothing half-made.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Stage {
  dir: string;
  commit(): void;
  discard(): void;
}

export function createStage(outDir: string): Stage {
  const work = join(dirname(outDir), '.svd');
  mkdirSync(work, { recursive: true });
  const dir = join(work, `stage-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    commit() {
      const previous = join(work, `previous-${process.pid}-${Date.now()}`);
      if (existsSync(outDir)) renameSync(outDir, previous);
      try {
        renameSync(dir, outDir);
      } catch (error) {
        if (existsSync(previous)) renameSync(previous, outDir);
        throw error;
      }
      rmSync(previous, { recursive: true, force: true });
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
