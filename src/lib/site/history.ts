/**
 * A document's "Updates to this page", as GOV.UK lists an HTML publication's
 * change notes: every change from the frontmatter with its date, newest
 * first, ending with the day it was first published. Authors list changes in
 * whichever order they like; the page is always in date order.
 */
import type { Change } from '../schema/document.ts';

export interface HistoryEntry {
  date: Date;
  /** The author's note, or undefined for the "First published." line the page writes itself. */
  note: string | undefined;
}

export function historyOf(data: { published: Date; changes?: Change[] }): HistoryEntry[] {
  const changes = [...(data.changes ?? [])].sort((a, b) => b.date.getTime() - a.date.getTime());
  // An author who wrote their own note for the day of first publication keeps it; else the page says "First published."
  const hasFirst = changes.some((change) => change.date.getTime() === data.published.getTime());
  return [...changes.map((change) => ({ date: change.date, note: change.note })), ...(hasFirst ? [] : [{ date: data.published, note: undefined }])];
}
