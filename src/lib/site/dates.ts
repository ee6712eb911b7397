/**
 * Dates as GOV.UK writes them ("2 November 2026"; Welsh "2 Tachwedd 2026"),
 * formatted in UTC: dates in frontmatter are calendar dates, not instants.
 */
import type { Lang } from '../engine/types.ts';

const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  cy: new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function formatDate(date: Date, lang: Lang): string {
  return FORMATS[lang].format(date);
}

const MONTHS: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  cy: new Intl.DateTimeFormat('cy', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "November 2026", "Tachwedd 2026": a period's ends. */
export function formatMonth(date: Date, lang: Lang): string {
  return MONTHS[lang].format(date);
}
