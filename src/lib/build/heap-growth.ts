/**
 * Let the build's heap grow to twice what it holds, not four times, for as
 * long as the build runs (the integration sets this at astro:config:setup
 * and sets it back at astro:build:done).
 *
 * After each full collection V8 lets the heap grow to its live size times a
 * factor it picks from how fast it collects, up to 4. A build collects fast
 * and keeps little, so it gets close to 4: at 100x the example, a collection
 * near the end of the page compiles found 219 MB live and the next came only
 * at 935 MB, after the build's memory peak, where 70 MB were live. The
 * garbage in between (the compiles' trees and strings) made a third of the
 * peak. With the factor fixed at 2 (V8's `--heap-growing-percent`, which it
 * reads at every collection, so setting it at run time takes effect from the
 * next one) the 100x peak fell from about 2,280 to about 1,740 MiB
 * (docs/performance.md has the figures).
 *
 * Someone who chose their own factor (`node --heap-growing-percent=N`; Node
 * does not take it in NODE_OPTIONS) keeps it.
 */
import { setFlagsFromString } from 'node:v8';

const FLAG = 'heap-growing-percent';
/** The heap grows to (1 + this / 100) times its live size. */
export const BUILD_HEAP_GROWING_PERCENT = 100;

/** Whether node's own flags already set the factor (V8 takes `-` and `_` alike). */
export const userChoseGrowth = (execArgv: readonly string[]): boolean => execArgv.some((arg) => arg.replaceAll('_', '-').includes(FLAG));

/** Fix the factor for the build; returns what sets V8's own choice back (0 is its default: "pick it yourself"). */
export function limitHeapGrowth(percent = BUILD_HEAP_GROWING_PERCENT): () => void {
  if (userChoseGrowth(process.execArgv) || percent <= 0) return () => {};
  setFlagsFromString(`--${FLAG}=${percent}`);
  return () => setFlagsFromString(`--${FLAG}=0`);
}
