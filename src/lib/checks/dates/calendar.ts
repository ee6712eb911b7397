/**
 * Calendar arithmetic for the date rules. Frontmatter dates are calendar days
 * (UTC midnight); "today" is the calendar day in the UK at `project.now`, so
 * a build at 00:30 in summer is already the new day, as it is for the reader.
 */
import type { Project, SvdDocument } from '../../engine/types.ts';
import { formatIsoDate } from '../../schema/date.ts';

const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export function today(project: Project): Date {
  return new Date(`${UK_DAY.format(project.now)}T00:00:00Z`);
}

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export const iso = formatIsoDate;

/** Documents whose dates the review rules look at: the strategy and the SNA summary. */
export function dated(project: Project): SvdDocument[] {
  return project.documents.filter((d) => d.data && (d.collection === 'strategy' || d.collection === 'sna'));
}
