/**
 * The partnership's config (content/site.yaml). Whether Welsh is required is
 * derived from the areas, never set by hand: the law asks for Welsh wherever
 * any area covered is in Wales (guidance paras 120, 162-163).
 */
import { z } from 'astro/zod';
import { contrastWithWhite, darkenedToPass, MIN_CONTRAST } from './contrast.ts';
import { isoDate } from './date.ts';
import { expected, expectedIssue } from './expect.ts';

/** Welsh text is optional for England-only partnerships. */
const localisedOptionalCy = z.object({ en: z.string().min(1), cy: z.string().min(1).optional() }).strict();

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: expected('hexColour') });

/** A Welsh name form the partnership gives, for where the grammar changes a name (mutation). */
const welshForm = z.object({ cy: z.string().min(1) }).strict();

/** White text sits on the brand colour (header, buttons), so it must pass WCAG 1.4.3. */
const brandColour = hexColour.superRefine((value, ctx) => {
  const ratio = contrastWithWhite(value);
  if (ratio < MIN_CONTRAST) {
    ctx.addIssue({ code: 'custom', ...expectedIssue('contrast', { min: MIN_CONTRAST, ratio: ratio.toFixed(1), darker: darkenedToPass(value) }) });
  }
});

export const areaSchema = z
  .object({
    name: localisedOptionalCy,
    /** The name after "in" ("yn" + nasal mutation: "ym Mwrdeistref Sirol Cwm Arian"); templates never build it. */
    nameIn: welshForm.optional(),
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
        /** The Welsh name softly mutated, as after "ar", "i", "gan", "o" ("Bartneriaeth ..."). */
        nameSoft: welshForm.optional(),
        shortName: localisedOptionalCy.optional(),
        model: localisedOptionalCy,
        logo: z.string().min(1).optional(),
        brandColour: brandColour.default('#1d5c63'),
      })
      .strict(),
    areas: z.array(areaSchema).min(1, { message: expected('areas') }),
    site: z
      .object({
        /** Where the site is published; the submission bundle builds its weblinks from this. */
        url: z
          .url({ message: expected('url') })
          .refine((value) => value.startsWith('https://'), expectedIssue('https'))
          .optional(),
        /** Sub-path on the host, e.g. /serious-violence. */
        base: z
          .string()
          .regex(/^(\/[a-z0-9._~-]+)*\/?$/i, { message: expected('base') })
          // "." and ".." would make every page's address point somewhere else on the host.
          .refine((value) => !value.split('/').some((part) => part === '.' || part === '..'), expectedIssue('baseParts'))
          .default('/'),
      })
      .strict()
      .default({ base: '/' }),
    contact: z
      .object({
        email: z.email({ message: expected('email') }),
        phone: z.string().min(1).optional(),
        address: localisedOptionalCy.optional(),
        /** The named role who answers, e.g. "Serious Violence Duty Coordinator" (emails sign off with it). */
        role: localisedOptionalCy.optional(),
      })
      .strict(),
    officeHolders: z.array(officeHolderSchema).default([]),
    dates: z
      .object({
        /** The day the strategy was first published. */
        published: isoDate,
        /**
         * The day the current edition was published, when it is not the first
         * (`svd review --start` sets it). The 7-day deadline counts from it
         * (paras 120, 162): each edition is sent anew.
         */
        editionPublished: isoDate.optional(),
        lastReviewed: isoDate.optional(),
        nextReview: isoDate,
        /** The period the strategy covers (the emails and cover sheet give it). */
        period: z.object({ from: isoDate, to: isoDate }).strict().optional(),
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
    /**
     * The accessibility statement (Public Sector Bodies Accessibility
     * Regulations 2018, regulation 8), generated in both languages from these
     * answers. The defaults describe a site that meets WCAG 2.2 AA in full.
     */
    accessibility: z
      .object({
        /** How far the site meets WCAG 2.2 AA: in full, in part, or not. */
        compliance: z.enum(['full', 'partial', 'none']).default('full'),
        /** What does not meet the standard, and why; the statement must list it. */
        nonAccessible: z
          .array(
            z
              .object({
                /** Why: a failure to fix, a disproportionate burden, or outside the regulations. */
                reason: z.enum(['non-compliance', 'disproportionate-burden', 'out-of-scope']),
                /** What the problem is and whom it affects, in plain words. */
                text: localisedOptionalCy,
                /** The WCAG 2.2 success criteria it fails, e.g. "1.1.1". */
                criteria: z.array(z.string().regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, { message: expected('criterion') })).default([]),
                /** When it will be fixed. */
                fixBy: isoDate.optional(),
              })
              .strict(),
          )
          .default([]),
        /** When the statement was first prepared (default: the site's publication date). */
        preparedOn: isoDate.optional(),
        /** When it was last reviewed (default: the site's last review, else publication). */
        lastReviewed: isoDate.optional(),
        /** When the site was last tested (default: the statement's last review). */
        testedOn: isoDate.optional(),
        /** Who tested it and how (default: the partnership, with the automated and browser checks SVD Publisher runs). */
        testedBy: localisedOptionalCy.optional(),
        /** Working days within which the partnership answers a request or complaint. */
        responseDays: z.number().int().min(1).max(30).default(5),
        /** Where to ask for another format or report a problem (default: the site contact). */
        email: z.email({ message: expected('email') }).optional(),
        phone: z.string().min(1).optional(),
      })
      .strict()
      .superRefine((value, ctx) => {
        // The statement must match the facts: "partially compliant" needs a list, a list needs "partial".
        if (value.compliance !== 'full' && value.nonAccessible.filter((item) => item.reason !== 'out-of-scope').length === 0) {
          ctx.addIssue({ code: 'custom', path: ['nonAccessible'], ...expectedIssue('nonAccessible', { compliance: value.compliance }) });
        }
        if (value.compliance === 'full' && value.nonAccessible.some((item) => item.reason !== 'out-of-scope')) {
          ctx.addIssue({ code: 'custom', path: ['compliance'], ...expectedIssue('partial') });
        }
      })
      .default({ compliance: 'full', nonAccessible: [], responseDays: 5 }),
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
