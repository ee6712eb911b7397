/**
 * The partnership's config (content/site.yaml). Whether Welsh is required is
 * derived from the areas, never set by hand: the law asks for Welsh wherever
 * any area covered is in Wales (guidance paras 120, 162-163).
 */
import { z } from 'astro/zod';
import { isoDate } from './date.ts';

const localised = z.object({ en: z.string().min(1), cy: z.string().min(1) }).strict();
/** Welsh text is optional for England-only partnerships. */
const localisedOptionalCy = z.object({ en: z.string().min(1), cy: z.string().min(1).optional() }).strict();

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'a colour written as # and six hex digits, like "#1d5c63"' });

export const areaSchema = z
  .object({
    name: localisedOptionalCy,
    country: z.enum(['england', 'wales']),
  })
  .strict();

export const officeHolderSchema = z
  .object({
    name: z.string().min(1),
    role: localisedOptionalCy,
  })
  .strict();

export const siteSchema = z
  .object({
    partnership: z
      .object({
        name: localisedOptionalCy,
        shortName: localisedOptionalCy.optional(),
        model: localisedOptionalCy,
        logo: z.string().min(1).optional(),
        brandColour: hexColour.default('#1d5c63'),
      })
      .strict(),
    areas: z.array(areaSchema).min(1, { message: 'at least one local government area' }),
    site: z
      .object({
        /** Where the site is published; the submission bundle builds its weblinks from this. */
        url: z.string().url({ message: 'a full web address starting https://' }).optional(),
        /** Sub-path on the host, e.g. /serious-violence. */
        base: z
          .string()
          .regex(/^(\/[a-z0-9._~-]+)*\/?$/i, { message: 'a path starting with /, like /serious-violence' })
          .default('/'),
      })
      .strict()
      .default({ base: '/' }),
    contact: z
      .object({
        email: z.string().email({ message: 'an email address' }),
        phone: z.string().min(1).optional(),
        address: localisedOptionalCy.optional(),
      })
      .strict(),
    officeHolders: z.array(officeHolderSchema).default([]),
    dates: z
      .object({
        published: isoDate,
        lastReviewed: isoDate.optional(),
        nextReview: isoDate,
      })
      .strict(),
    checks: z
      .object({
        /** Extra section keys the partnership requires, per document type. */
        requireSections: z
          .object({ strategy: z.array(z.string()).default([]), sna: z.array(z.string()).default([]) })
          .strict()
          .default({ strategy: [], sna: [] }),
        /** Guidance-level rules (warnings) this partnership treats as errors. */
        errors: z.array(z.string()).default([]),
        /** Redaction: counts from 1 up to this number (exclusive) are "small". */
        smallNumberThreshold: z.number().int().min(2).max(100).default(10),
        /** Organisational phone numbers that may be published. */
        allowedPhones: z.array(z.string()).default([]),
        /** Domains whose generic mailboxes may be published. */
        allowedEmailDomains: z.array(z.string()).default([]),
        /** Reading-ease target for the young people's summary (Flesch, English). */
        readingEase: z.number().min(0).max(100).default(60),
      })
      .strict()
      .default({ requireSections: { strategy: [], sna: [] }, errors: [], smallNumberThreshold: 10, allowedPhones: [], allowedEmailDomains: [], readingEase: 60 }),
    submission: z
      .object({
        /** Send links only, or attach the PDFs as well. */
        attachPdfs: z.boolean().default(true),
        /** When the strategy was sent; stops `svd deadline` failing once it has been. */
        sentToHomeOffice: isoDate.optional(),
        sentToWelshMinisters: isoDate.optional(),
      })
      .strict()
      .default({ attachPdfs: true }),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;

export function requiresWelsh(site: Pick<SiteConfig, 'areas'>): boolean {
  return site.areas.some((area) => area.country === 'wales');
}
