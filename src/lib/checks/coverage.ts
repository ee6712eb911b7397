/**
 * "How this strategy meets the Serious Violence Duty": the public page built
 * from the check results. For each requirement of each published document in
 * one language, it gives the paragraph, where the document meets it (the
 * section, found by its key) and whether it is met, partly met (which rubric
 * point is missing), waived (with the reason) or missing. The status comes
 * from the findings and waivers of the same rules that gate publication, so
 * the page can never claim more than the checker accepted.
 */
import type { Analysis } from '../engine/analyse.ts';
import { t } from '../i18n.ts';
import type { FindingJson, Lang, Localised, SvdDocument } from '../engine/types.ts';
import type { WaivedFinding } from '../engine/waivers.ts';
import { requiresWelsh } from '../schema/site.ts';
import { LOCAL_MEASURE, MEASURES_KEY, NATIONAL_MEASURES, sectionsFor } from './requirements.ts';
import { substanceId } from './rubric/substance-rule.ts';
import type { Requirement } from './section-rule.ts';
import { childrenOf, sectionByKey, sectionsOf, type Section } from './sections.ts';
import { isPublished } from './shared.ts';

/**
 * met: the section is there and says all its rubric asks; partly: it is there
 * but misses rubric points (listed); waived: what it misses was accepted on
 * the record with a reason; missing: no filled section (or the checker did
 * not accept it).
 */
export type CoverageStatus = 'met' | 'partly' | 'waived' | 'missing';

/** One thing a section does not do, in the page's language, with where the guidance asks for it. */
export interface CoverageGap {
  /** A sentence: "The section does not give the date of the next review." */
  text: string;
  paragraph: string;
  /** The waiver's reason, as the partnership wrote it, when the gap was waived. */
  reason?: string;
}

export interface CoverageRow {
  /** What the guidance asks for, in the page's language. */
  requirement: string;
  paragraph: string;
  /** The law itself requires it (the rest is guidance). */
  statutory: boolean;
  status: CoverageStatus;
  /** Where it is (partly) met: the section's heading as written and its anchor. */
  section?: { title: string; anchor: string };
  /** Rubric points still not met (status partly). */
  missing: CoverageGap[];
  /** Gaps accepted by a waiver, each with its reason. */
  waived: CoverageGap[];
  /** A sub-item (a success measure) of the row above. */
  nested?: boolean;
}

/** A waiver of any other check on the document, listed so the page hides none (the bundle has the approver too). */
export interface CoverageWaiver {
  rule: string;
  reason: string;
}

export interface CoverageDocument {
  collection: 'strategy' | 'sna';
  translationKey: string;
  title: string;
  rows: CoverageRow[];
  /** Waivers of checks that are not rows of the table (redaction, language, dates...). */
  otherWaivers: CoverageWaiver[];
  published: Date;
  nextReview?: Date;
}

export interface Coverage {
  documents: CoverageDocument[];
  /** Whether the law requires the Welsh version (an area is in Wales). */
  welshRequired: boolean;
}

/** The findings a coverage is read from: what is left after waivers and what was waived. */
export type Findings = Pick<Analysis, 'findings' | 'waived'>;

function where(section: Section | undefined): CoverageRow['section'] {
  return section && section.fill === 'filled' ? { title: section.title, anchor: section.key } : undefined;
}

/** A substance finding as a sentence naming the rubric point it misses (the finding's variant), in `lang`. */
function gap(r: Requirement, finding: FindingJson, lang: Lang): CoverageGap {
  const point = r.rubric?.points.find((p) => p.id === finding.variant);
  const text = point ? t(lang, 'coverage:gap.point', { needs: point.needs[lang] }) : t(lang, [`coverage:gap.${finding.variant ?? 'generic'}`, 'coverage:gap.generic']);
  return { text, paragraph: finding.paragraph };
}

/** One requirement's row: its section, then the section rule's and the rubric's findings, live or waived. */
function rowFor(r: Requirement, section: Section | undefined, mine: FindingJson[], waived: WaivedFinding[], lang: Lang): CoverageRow {
  const row = { requirement: r.title[lang], paragraph: r.paragraph, statutory: Boolean(r.statutory) };
  const substance = substanceId(r);
  const absent = mine.some((f) => f.rule === r.id);
  const excused = waived.find((w) => w.rule === r.id);
  if (absent || !where(section)) {
    if (!absent && excused) return { ...row, status: 'waived', missing: [], waived: [{ text: t(lang, 'coverage:gap.section'), paragraph: excused.paragraph, reason: excused.reason }] };
    return { ...row, status: 'missing', missing: [], waived: [] };
  }
  const missing = mine.filter((f) => f.rule === substance).map((f) => gap(r, f, lang));
  const accepted = waived.filter((w) => w.rule === substance).map((w) => ({ ...gap(r, w, lang), reason: w.reason }));
  const status: CoverageStatus = missing.length ? 'partly' : accepted.length ? 'waived' : 'met';
  return { ...row, status, section: where(section), missing, waived: accepted };
}

/**
 * Rules whose waivers a row shows (a requirement's section and its rubric).
 * The measures' rows say only met or not, so a waiver of a measure rule is
 * listed with the other waivers.
 */
function rowRules(kind: 'strategy' | 'sna'): Set<string> {
  return new Set(sectionsFor(kind).flatMap((rule) => [rule.requirement.id, substanceId(rule.requirement)]));
}

/**
 * Each requirement of one document, in `lang`, with its status. A pure function
 * of the document and the one analysis's findings and waivers: the page can
 * never claim more than the checker accepted.
 */
export function rowsFor(document: SvdDocument, analysis: Findings, lang: Lang): CoverageRow[] {
  const kind = document.collection as 'strategy' | 'sna';
  const sections = sectionsOf(document.tree);
  const mine = analysis.findings.filter((f) => f.file === document.path);
  const waived = analysis.waived.filter((w) => w.file === document.path);
  const rows: CoverageRow[] = [];
  const measure = (requirement: string, paragraph: string, found: Section | undefined): CoverageRow => {
    const at = where(found);
    return { requirement, paragraph, statutory: false, status: at ? 'met' : 'missing', section: at, missing: [], waived: [], nested: true };
  };
  for (const rule of sectionsFor(kind)) {
    const r = rule.requirement;
    if (r.appliesTo && !r.appliesTo(document)) continue;
    const section = sectionByKey(sections, r.key);
    rows.push(rowFor(r, section, mine, waived, lang));
    if (r.key !== MEASURES_KEY || !section) continue;
    const inside = childrenOf(sections, section);
    for (const m of NATIONAL_MEASURES) rows.push(measure((m.title as Localised)[lang], '309', sectionByKey(inside, m.key)));
    for (const local of inside.filter((s) => LOCAL_MEASURE.test(s.key) && s.fill === 'filled')) rows.push(measure(t(lang, 'coverage:localMeasureRow', { title: local.title }), '309-311', local));
  }
  return rows;
}

/** Waivers on the document that no row shows. */
function otherWaivers(document: SvdDocument, analysis: Findings): CoverageWaiver[] {
  const rows = rowRules(document.collection as 'strategy' | 'sna');
  return analysis.waived.filter((w) => w.file === document.path && !rows.has(w.rule)).map((w) => ({ rule: w.rule, reason: w.reason }));
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
      otherWaivers: otherWaivers(d, analysis),
      published: d.data!.published,
      nextReview: d.data!.nextReview,
    }));
  return { documents, welshRequired: project.site ? requiresWelsh(project.site) : false };
}
