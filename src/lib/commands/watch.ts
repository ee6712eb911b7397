/**
 * Re-run a check each time something under a folder is saved (`svd check
 * --watch`). Editors save in bursts (a temporary file, a rename, the file),
 * so changes within `delay` ms are one save.
 */
import { watch } from 'node:fs';

/** Calls `onSave` after each burst of changes under `dir`; returns a function that stops watching. */
export function onSaves(dir: string, onSave: () => void, delay = 50): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(onSave, delay);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

/** Resolves when the user presses Ctrl-C (or the process is asked to stop), after `stop` has run. */
export function untilInterrupted(stop: () => void): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done).off('SIGTERM', done);
      stop();
      resolve();
    };
    process.on('SIGINT', done).on('SIGTERM', done);
  });
}
