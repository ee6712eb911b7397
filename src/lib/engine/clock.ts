/**
 * The one clock. Every rule, the bundle and the deadline read "now" from the
 * Project (or an explicit option); this module is the only place that turns
 * `--now`, `SVD_NOW` or, failing both, the machine's clock into that moment.
 * Tests pin it (vitest.config.ts sets SVD_NOW), so nothing depends on the
 * day the suite runs.
 */

/** Read a date given as YYYY-MM-DD (taken as midday UTC, so it is the same day in the UK) or as an ISO moment. */
export function parseNow(text: string): Date {
  const trimmed = text.trim();
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T12:00:00Z` : trimmed);
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${text}" is not a date. Write it as YYYY-MM-DD, like 2026-11-05.`);
  return date;
}

/** "Now": an explicit value (a `--now` option), else SVD_NOW, else the machine's clock. */
export function resolveNow(value?: Date | string, env: NodeJS.ProcessEnv = process.env): Date {
  if (value instanceof Date) return value;
  const text = value ?? env.SVD_NOW;
  return text ? parseNow(text) : new Date();
}
