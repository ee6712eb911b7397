/** Run a build step and record how long it took, in whole milliseconds. */
export async function timed<T>(timings: Record<string, number>, name: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round(performance.now() - start);
  }
}
