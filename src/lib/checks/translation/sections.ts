/**
 * Both language versions have the same sections: every keyed section,
 * required, optional or the partnership's own, that is present and filled
 * in one language is present and filled in the other. The finding is on the
 * version that lacks it and names the version that has it. Sections whose
 * own rule already reports them as an error in each language (the statutory
 * sections, config/required-section) are left to that rule, so a gap is
 * reported once; the guidance-level sections, whose own rule is only a
 * warning, are reported here too, because a Welsh version that says less
 * than the English is not a full Welsh version whatever the section.
 * Sections without a key (a page's "Who we are", "Priority 1" under the
 * actions) are paired by order, level and figures (unkeyed.ts); one left
 * unpaired, or paired with an empty one, is reported the same way.
 * Error, statutory, where an area covered is in Wales (paras 120, 163; the
 * Welsh Language Standards); elsewhere a warning.
 */
import type { Heading } from 'mdast';
import type { Lang, Localised, Project, ProjectRule, Report, RuleMeta, SvdDocument } from '../../engine/types.ts';
import { NATIONAL_KEYS, sectionKeys } from '../keys.ts';
import { LOCAL_MEASURE, SNA_SECTIONS, sectionsFor } from '../requirements.ts';
import { configRequired } from '../section-rule.ts';
import { sectionByKey, sectionsOf, type Section } from '../sections.ts';
import { alignUnkeyed } from './unkeyed.ts';
import { counterpart, forWelsh, isPublished, START } from '../shared.ts';

/** A language's name as each language writes it after "fersiwn" (soft mutation: Gymraeg). */
const NAME: Record<Lang, Localised> = { en: { en: 'English', cy: 'Saesneg' }, cy: { en: 'Welsh', cy: 'Gymraeg' } };

const meta: RuleMeta = {
  id: 'translation/sections',
  severity: 'error',
  statutory: true,
  paragraph: '120, 163',
};

/** A section without a key: worded without one (locales/{en,cy}/rules/translation.json "sections.unkeyed"). */
const unkeyed: RuleMeta = { ...meta, variant: 'unkeyed' };

const SNA_KEYS = new Set(SNA_SECTIONS.map((r) => r.requirement.key));

/**
 * Report on `document` each unkeyed section `other` has filled and it lacks
 * (or leaves empty), at its own empty heading or after the heading where the
 * section would go. English is always aligned first, so that both
 * directions read the same pairs.
 */
function reportUnkeyed(project: Project, report: Report, document: SvdDocument, other: SvdDocument): void {
  const side = document.lang === 'en' ? 0 : 1;
  const [en, cy] = side === 0 ? [document, other] : [other, document];
  const mine = sectionsOf(document.tree);
  for (const { within, pairs } of alignUnkeyed(en.tree, cy.tree)) {
    let last: Heading | undefined = within ? sectionByKey(mine, within)?.heading : undefined;
    for (const pair of pairs) {
      const own = pair[side];
      const theirs = pair[1 - side];
      if (own) last = own.heading;
      if (!theirs || theirs.fill !== 'filled' || own?.fill === 'filled') continue;
      const values = { otherLang: NAME[other.lang], lang: NAME[document.lang], other: other.path, title: theirs.title, line: theirs.heading.position?.start.line ?? 1 };
      report(document.file, own?.heading ?? last ?? START, forWelsh(unkeyed, project), values);
    }
  }
}

/** Keys another rule already reports as an error in each language, when missing. */
function reportedElsewhere(document: SvdDocument, kind: 'strategy' | 'sna', project: Parameters<typeof configRequired>[0]): Set<string> {
  const errors = sectionsFor(kind)
    .filter((r) => r.meta.severity === 'error' && (!r.requirement.appliesTo || r.requirement.appliesTo(document)))
    .map((r) => r.requirement.key);
  return new Set([...errors, ...configRequired(project, kind)]);
}

export const translationSections: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of project.documents) {
      if (!document.data || !isPublished(document)) continue;
      const other = counterpart(project, document);
      if (!other || !isPublished(other)) continue;
      const kind = document.collection === 'pages' ? undefined : document.collection;
      const valid = kind ? sectionKeys(project, kind) : new Set<string>();
      const elsewhere = kind ? reportedElsewhere(document, kind, project) : new Set<string>();
      // Top-level keys count when valid and not another rule's error; nested
      // keys count where they belong (measures, SNA keys in the strategy's
      // summary). Unknown keys are content/unknown-key's.
      const counted = (s: Section) => {
        if (!kind) return true;
        if (s.parent === undefined) return valid.has(s.key) && !elsewhere.has(s.key);
        return LOCAL_MEASURE.test(s.key) || NATIONAL_KEYS.has(s.key) || (kind === 'strategy' && SNA_KEYS.has(s.key) && !valid.has(s.key)) || valid.has(s.key);
      };
      const filled = (sections: Section[]) => new Map(sections.filter((s) => s.fill === 'filled' && counted(s)).map((s) => [s.key, s]));
      const mine = sectionsOf(document.tree);
      const have = filled(mine);
      for (const [key, section] of filled(sectionsOf(other.tree))) {
        if (have.has(key)) continue;
        const place = mine.find((s) => s.key === key)?.heading ?? START;
        report(document.file, place, forWelsh(meta, project), { otherLang: NAME[other.lang], lang: NAME[document.lang], other: other.path, title: section.title, key, line: section.heading.position?.start.line ?? 1 });
      }
      reportUnkeyed(project, report, document, other);
    }
  },
};
