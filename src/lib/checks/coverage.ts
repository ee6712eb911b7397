/**
 * "How this strategy meets the Serious Violence Duty": the public page built
 * from the check results. For each requirement of each published document in
 * one language, it gives the paragraph and where the document meets it (the
 * section, found by its key), or says plainly that it does not. The status
 * comes from the findings of the same rules that gate publication, so the
 * page can never claim more than the checker accepted.
 */
import type { Analysis } from '../engine/analyse.ts';
import { resources, t } from '../i18n.ts';
import type { Lang, Localised, SvdDocument } from '../engine/types.ts';
import { requiresWelsh } from '../schema/site.ts';
import { LOCAL_MEASURE, MEASURES_KEY, NATIONAL_MEASURES, sectionsFor } from './requirements.ts';
import { childrenOf, sectionByKey, sectionsOf, type Section } from './sections.ts';
import { isPublished } from './shared.ts';

export interface CoverageRow {
  /** What the guidance asks for, in the page's language. */
  requirement: string;
  paragraph: string;
  /** The law itself requires it (the rest is guidance). */
  statutory: boolean;
  /** Where it is met: the section's heading as written and its anchor. */
  section?: { title: string; anchor: string };
  /** A sub-item (a success measure) of the row above. */
  nested?: boolean;
}

export interface CoverageDocument {
  collection: 'strategy' | 'sna';
  translationKey: string;
  title: string;
  rows: CoverageRow[];
  published: Date;
  nextReview?: Date;
}

export interface Coverage {
  documents: CoverageDocument[];
  /** Whether the law requires the Welsh version (an area is in Wales). */
  welshRequired: boolean;
}

/** The page's words (locales/{en,cy}/coverage.json), for DutyCoverage.astro. */
export const COVERAGE_WORDS: Record<Lang, Record<keyof typeof resources.en.coverage, string>> = { en: resources.en.coverage, cy: resources.cy.coverage };

function where(section: Section | undefined): CoverageRow['section'] {
  return section && section.fill === 'filled' ? { title: section.title, anchor: section.key } : undefined;
}

function rowsFor(document: SvdDocument, analysis: Analysis, lang: Lang): CoverageRow[] {
  const kind = document.collection as 'strategy' | 'sna';
  const sections = sectionsOf(document.tree);
  const failed = new Set(analysis.messages.filter((m) => m.file === document.path).map((m) => m.ruleId));
  const rows: CoverageRow[] = [];
  for (const rule of sectionsFor(kind)) {
    const r = rule.requirement;
    if (r.appliesTo && !r.appliesTo(document)) continue;
    const section = sectionByKey(sections, r.key);
    rows.push({ requirement: r.title[lang], paragraph: r.paragraph, statutory: Boolean(r.statutory), section: failed.has(r.id) ? undefined : where(section) });
    if (r.key !== MEASURES_KEY || !section) continue;
    const inside = childrenOf(sections, section);
    for (const measure of NATIONAL_MEASURES) {
      rows.push({ requirement: (measure.title as Localised)[lang], paragraph: '309', statutory: false, section: where(sectionByKey(inside, measure.key)), nested: true });
    }
    for (const local of inside.filter((s) => LOCAL_MEASURE.test(s.key) && s.fill === 'filled')) {
      rows.push({ requirement: t(lang, 'coverage:localMeasureRow', { title: local.title }), paragraph: '309-311', statutory: false, section: where(local), nested: true });
    }
  }
  return rows;
}

/** The coverage of every published strategy and SNA summary in `lang`, from an analysis. */
export function coverageOf(analysis: Analysis, lang: Lang): Coverage {
  const { project } = analysis;
  const documents = project.documents
    .filter((d) => d.lang === lang && d.data && isPublished(d) && (d.collection === 'strategy' || d.collection === 'sna'))
    .sort((a, b) => (a.collection === b.collection ? 0 : a.collection === 'strategy' ? -1 : 1))
    .map((d): CoverageDocument => ({
      collection: d.collection as 'strategy' | 'sna',
      translationKey: d.data!.translationKey,
      title: d.data!.title,
      rows: rowsFor(d, analysis, lang),
      published: d.data!.published,
      nextReview: d.data!.nextReview,
    }));
  return { documents, welshRequired: project.site ? requiresWelsh(project.site) : false };
}
