/**
 * Frontmatter of every MDX document. The same schema validates content for
 * Astro's content layer and for the analysis engine, so an author sees one
 * set of rules whichever way they build.
 */
import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { expected } from './expect.ts';

export const waiverSchema = z
  .object({
    rule: z.string().min(1),
    /** Why the finding is acceptable. A waiver without one is itself an error. */
    reason: z.string().optional(),
    approvedBy: z.string().optional(),
    /** Optional: only waive findings on this line, or whose text contains this. */
    line: z.number().int().positive().optional(),
    match: z.string().optional(),
  })
  .strict();

/**
 * One section's translation record: the hash of the source section it was
 * translated from (checks/translation/hash.ts sectionHash), when, and by whom
 * or with which tool. Written by `svd translate import` and `svd translated`.
 */
export const sectionRecordSchema = z
  .object({
    sourceHash: z.string().min(1),
    date: isoDate.optional(),
    by: z.string().min(1).optional(),
  })
  .strict();

/**
 * The record in a translated document. `sections` (keyed by section key, plus
 * `_settings` for the title and summary and `_top` for text before the first
 * keyed heading) lets the checks name exactly which sections changed;
 * `sourceHash`, the hash of the whole source file, is the older record and
 * is used only when there are no section records.
 */
export const translationSchema = z
  .object({
    source: z.enum(['en', 'cy']),
    sourceHash: z.string().min(1).optional(),
    sections: z.record(z.string(), sectionRecordSchema).optional(),
  })
  .strict();

/**
 * One entry in a document's history, shown on its page as "Updates to this
 * page" (GOV.UK's change notes): when, and what changed, in the document's
 * own language. `svd review --start` adds one in each language.
 */
export const changeSchema = z
  .object({
    date: isoDate,
    note: z.string().min(1),
  })
  .strict();

export const documentSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    lang: z.enum(['en', 'cy']),
    translationKey: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: expected('translationKey') }),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: expected('slug') }).optional(),
    status: z.enum(['draft', 'published']),
    published: isoDate,
    lastReviewed: isoDate.optional(),
    nextReview: isoDate.optional(),
    version: z.union([z.string(), z.number()]).transform(String).optional(),
    /** Strategy only: 1 for the first strategy; the annual assessment is expected from 2. */
    edition: z.number().int().min(1).optional(),
    /** SNA only: the period the data covers and when the assessment was produced. */
    dataPeriod: z.object({ from: isoDate, to: isoDate, produced: isoDate.optional() }).strict().optional(),
    /** What changed, newest or oldest first: the page lists them newest first (see changeSchema). */
    changes: z.array(changeSchema).default([]),
    /** A translated document: which language it came from and what it was translated from (see translationSchema). */
    translation: translationSchema.optional(),
    waivers: z.array(waiverSchema).default([]),
  })
  .strict();

export type DocumentData = z.infer<typeof documentSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Waiver = z.infer<typeof waiverSchema>;
export type SectionRecord = z.infer<typeof sectionRecordSchema>;
