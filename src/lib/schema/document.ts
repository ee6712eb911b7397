/**
 * Frontmatter of every MDX document. The same schema validates content for
 * Astro's content layer and for the analysis engine, so an author sees one
 * set of rules whichever way they build.
 */
import { z } from 'astro/zod';
import { isoDate } from './date.ts';

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

export const documentSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    lang: z.enum(['en', 'cy']),
    translationKey: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'lower-case letters, numbers and hyphens, like "strategy"' }),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'lower-case letters, numbers and hyphens, like "strategaeth"' }).optional(),
    status: z.enum(['draft', 'published']),
    published: isoDate,
    lastReviewed: isoDate.optional(),
    nextReview: isoDate.optional(),
    version: z.union([z.string(), z.number()]).transform(String).optional(),
    /** Strategy only: 1 for the first strategy; the annual assessment is expected from 2. */
    edition: z.number().int().min(1).optional(),
    /** SNA only: the period the data covers and when the assessment was produced. */
    dataPeriod: z.object({ from: isoDate, to: isoDate, produced: isoDate.optional() }).strict().optional(),
    /** A translated document: which language it came from and a hash of that source. */
    translation: z.object({ source: z.enum(['en', 'cy']), sourceHash: z.string().min(1) }).strict().optional(),
    waivers: z.array(waiverSchema).default([]),
  })
  .strict();

export type DocumentData = z.infer<typeof documentSchema>;
export type Waiver = z.infer<typeof waiverSchema>;
