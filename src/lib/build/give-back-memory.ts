/**
 * Hand a thread's spare heap back to the system now, for the analysis
 * worker to call once it has posted its results (build/analysis-worker.ts).
 *
 * When a worker thread ends, V8 keeps the pages of its heap in a pool its
 * process's other isolates can take from, and frees what is left of them 8
 * seconds later, a fixed delay (V8's heap page pool). A large project's
 * analysis ends while Astro is still bundling, so at 100x the example about
 * 290 MB of the worker's pages were still held when the build's memory
 * peaked, a few seconds later, on the main thread.
 *
 * A memory-reducing collection in the thread itself ("last resort", what V8
 * does when the system is short of memory) frees the thread's pooled pages at
 * once, and with its results posted nothing is left to keep. Node exposes
 * gc() only under --expose-gc, so the flag is set just long enough for a new
 * context to have it (as jest's leak detector gets it), then set back: no
 * other code sees a gc().
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

export function giveBackMemory(): void {
  setFlagsFromString('--expose-gc');
  let collect: Collect;
  try {
    collect = runInNewContext('gc') as Collect;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
