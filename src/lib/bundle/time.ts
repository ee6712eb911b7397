/**
 * The two clocks of the bundle. Every timestamp written into a file comes
 * from a fixed moment (SOURCE_DATE_EPOCH, else the publication date), so the
 * same content gives the same bytes. Only "days left" looks at the real
 * calendar, counted in whole days in UK time, so it changes once a day, not
 * once a build; tests and `svd deadline --now` pin it (src/lib/engine/clock.ts).
 */
import type { SiteConfig } from '../schema/site.ts';

/** Guidance paras 120 and 162: send within 7 days of publication. */
export const DEADLINE_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export interface FixedTime {
  date: Date;
  source: 'SOURCE_DATE_EPOCH' | 'publication date';
}

/** The publication date of the edition in hand: each new edition is sent, and counts its deadline, from its own. */
export function editionPublished(site: SiteConfig): Date {
  return site.dates.editionPublished ?? site.dates.published;
}

export function fixedTime(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): FixedTime {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return { date: new Date(Number(epoch) * 1000), source: 'SOURCE_DATE_EPOCH' };
  return { date: editionPublished(site), source: 'publication date' };
}

// "Now" comes from the one clock (--now, SVD_NOW, else the machine's clock).
export { resolveNow } from '../engine/clock.ts';

/** The calendar date in the UK (where the deadline falls), as YYYY-MM-DD. */
export function ukDate(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY;
}

export interface Deadline {
  published: string;
  /** The last day on which sending is in time. */
  due: string;
  /** The UK date the count was made on. */
  asOf: string;
  /** Whole days from asOf to due: 0 on the last day, negative once passed. */
  daysLeft: number;
  passed: boolean;
}

export function deadlineOf(site: SiteConfig, now: Date): Deadline {
  const publishedOn = editionPublished(site);
  const published = isoDay(publishedOn);
  const due = isoDay(new Date(publishedOn.getTime() + DEADLINE_DAYS * DAY));
  const asOf = ukDate(now);
  const daysLeft = dayNumber(due) - dayNumber(asOf);
  return { published, due, asOf, daysLeft, passed: daysLeft < 0 };
}

/**
 * One recipient's state, and only one: sent (on a date, maybe late), due
 * (by the deadline, with the days left) or overdue. The cover sheet, the
 * manifest and the build's last line all say this, so they cannot disagree.
 */
export type RecipientState = { state: 'sent'; sent: string; late: boolean } | { state: 'due'; due: string; daysLeft: number } | { state: 'overdue'; due: string; daysLate: number };

export function recipientState(deadline: Deadline, sent: Date | undefined): RecipientState {
  if (sent) {
    const day = isoDay(sent);
    return { state: 'sent', sent: day, late: day > deadline.due };
  }
  return deadline.passed ? { state: 'overdue', due: deadline.due, daysLate: -deadline.daysLeft } : { state: 'due', due: deadline.due, daysLeft: deadline.daysLeft };
}
