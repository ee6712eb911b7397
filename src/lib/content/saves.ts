/**
 * Saves come in bursts (an editor writes a temporary file, renames it, the
 * folder changes too), so whatever reacts to a save waits for the burst to
 * end: `delay` ms with no further change. The dev server's re-analysis, the
 * dev toolbar's refresh and `svd check --watch` all wait this way.
 */
import { watch } from 'node:fs';

export interface Burst {
  /** A change: `run` happens `delay` ms after the last one. */
  changed(): void;
  /** Drop a run still waiting. */
  cancel(): void;
}

export function afterBurst(run: () => void, delay: number): Burst {
  let timer: NodeJS.Timeout | undefined;
  return {
    changed() {
      clearTimeout(timer);
      timer = setTimeout(run, delay);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}

/** Calls `onSave` after each burst of changes anywhere under `dir`; returns a function that stops watching. */
export function onSaves(dir: string, onSave: () => void, delay = 50): () => void {
  const burst = afterBurst(onSave, delay);
  const watcher = watch(dir, { recursive: true }, () => burst.changed());
  return () => {
    burst.cancel();
    watcher.close();
  };
}
