import { z } from 'astro/zod';
import { expectedIssue } from './expect.ts';

/**
 * A calendar date. YAML loaders disagree (js-yaml, used by Astro, gives a
 * Date; the yaml package gives a string), so accept both and normalise to a
 * UTC-midnight Date.
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', ...expectedIssue('date') });
      return z.NEVER;
    }
    return value;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.getUTCMonth() !== Number(match![2]) - 1 || date.getUTCDate() !== Number(match![3])) {
    ctx.addIssue({ code: 'custom', ...expectedIssue('date') });
    return z.NEVER;
  }
  return date;
});

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
