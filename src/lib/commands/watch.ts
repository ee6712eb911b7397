/** The end of a command that keeps running (`svd check --watch`): Ctrl-C stops it cleanly. */

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
