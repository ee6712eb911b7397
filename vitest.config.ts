import { defineConfig } from 'vitest/config';

/**
 * The suite's one "now" (src/lib/engine/clock.ts reads SVD_NOW): a day inside
 * the fixtures' and the example's review period (published 2026-11-02, next
 * review 2027-10-29), so the suite passes whatever the machine's date, e.g.
 * under `faketime '2028-06-01 12:00:00'`. Set here, in the main process, so
 * the global setup's build, every worker and every spawned `svd` share it.
 * Tests about the clock itself pass their own env or `now`.
 */
export const SUITE_NOW = '2026-11-20';
process.env.SVD_NOW = SUITE_NOW;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    env: { SVD_NOW: SUITE_NOW },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: builds and browsers in parallel only slow each other down.
    maxWorkers: 2,
  },
});
