/**
 * A new document with every section the checks look for already in place:
 * each heading worded as the catalogue names it (rules/strategy and
 * rules/sna titles, which the lexicon recognises), ended with its key, and
 * under it one MDX comment saying what belongs there and where the guidance
 * asks for it. Comments are the one piece of MDX the safe subset allows that
 * a reader never sees, and the section checks count them as no text, so a
 * fresh document fails only because its sections are empty.
 * Pure: the `svd new` command writes the text.
 */
import { stringify as toYaml } from 'yaml';
import type { Lang, Localised, SvdDocument } from '../engine/types.ts';
import { t } from '../i18n.ts';
import { NATIONAL_MEASURES, sectionsFor } from '../checks/requirements.ts';
import type { Requirement } from '../checks/section-rule.ts';

export type NewKind = 'strategy' | 'sna' | 'pages';

export interface NewDocument {
  kind: NewKind;
  lang: Lang;
  /** Shared by the English and Welsh versions: how the checks pair them. */
  translationKey: string;
  slug: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD */
  published: string;
  nextReview?: string;
  /** Strategy only: 1 for a first strategy. */
  edition?: number;
}

/** A section as the scaffold writes it. */
export interface Slot {
  depth: 2 | 3;
  key: string;
  title: Localised;
  asks: Localised;
  paragraph: string;
}

/**
 * The comment under a heading. `*\/` would end the comment early, and
 * braces would be read as the start of an expression inside it; the
 * catalogue's words have neither, and this keeps it that way.
 */
export function guidanceComment(slot: Slot, lang: Lang): string {
  const text = t(lang, 'cli:new.comment', { asks: slot.asks[lang], paragraph: slot.paragraph }).replace(/\*\//g, '* /').replace(/[{}]/g, '');
  return `{/* ${text} */}`;
}

/** Only what applies to a first document: last year's assessment waits for a second edition. */
function appliesToNew(requirement: Requirement, edition: number): boolean {
  return !requirement.appliesTo || requirement.appliesTo({ data: { edition } } as SvdDocument);
}

/** The sections a new strategy or SNA summary starts with, in the catalogue's order. */
export function slotsFor(kind: Exclude<NewKind, 'pages'>, edition = 1): Slot[] {
  const slots: Slot[] = [];
  const measure = { en: t('en', 'rules/sections:asks.measure'), cy: t('cy', 'rules/sections:asks.measure') };
  for (const rule of sectionsFor(kind)) {
    const r = rule.requirement;
    if (!appliesToNew(r, edition)) continue;
    slots.push({ depth: 2, key: r.key, title: r.title, asks: r.asks, paragraph: r.paragraph });
    if (kind === 'strategy' && r.key === 'success-measures') {
      // The three national measures (para 309) and one local one (paras 309-311) sit under it.
      for (const m of NATIONAL_MEASURES) slots.push({ depth: 3, key: m.key, title: m.title, asks: measure, paragraph: '309' });
      slots.push({ depth: 3, key: 'local-measure', title: { en: t('en', 'cli:new.localMeasure'), cy: t('cy', 'cli:new.localMeasure') }, asks: measure, paragraph: '309-311' });
    }
  }
  return slots;
}

function frontmatter(doc: NewDocument): string {
  const data: Record<string, unknown> = {
    title: doc.title,
    summary: doc.summary,
    lang: doc.lang,
    translationKey: doc.translationKey,
    slug: doc.slug,
    status: 'published',
    published: doc.published,
  };
  if (doc.nextReview) data.nextReview = doc.nextReview;
  if (doc.kind === 'strategy') data.edition = doc.edition ?? 1;
  return `---\n${toYaml(data, { lineWidth: 0 })}---\n`;
}

/** The MDX text of a new document. */
export function scaffoldDocument(doc: NewDocument): string {
  const head = frontmatter(doc);
  if (doc.kind === 'pages') return `${head}\n${`{/* ${t(doc.lang, 'cli:new.pageComment').replace(/[{}]/g, '')} */}`}\n`;
  const body = slotsFor(doc.kind, doc.edition).map((slot) => `${'#'.repeat(slot.depth)} ${slot.title[doc.lang]} {#${slot.key}}\n\n${guidanceComment(slot, doc.lang)}\n`);
  return `${head}\n${body.join('\n')}`;
}
