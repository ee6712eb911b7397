/**
 * Both language versions have the same sections. Required sections are
 * checked in each language by their own rules (strategy/*, sna/*,
 * config/required-section), so this rule covers the rest: local success
 * measures, sub-sections, and keyed headings on supporting pages.
 * Error, statutory, where an area covered is in Wales (paras 120, 163): a
 * Welsh version missing a section is not a full Welsh version. Elsewhere a
 * warning.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { NATIONAL_KEYS, sectionKeys } from '../keys.ts';
import { LOCAL_MEASURE, SNA_SECTIONS } from '../requirements.ts';
import { sectionsOf, type Section } from '../sections.ts';
import { counterpart, forWelsh, isPublished, START } from '../shared.ts';

const meta: RuleMeta = {
  id: 'translation/sections',
  severity: 'error',
  statutory: true,
  paragraph: '120, 163',
};

const SNA_KEYS = new Set(SNA_SECTIONS.map((r) => r.requirement.key));

export const translationSections: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of project.documents) {
      if (!document.data || !isPublished(document)) continue;
      const other = counterpart(project, document);
      if (!other || !isPublished(other)) continue;
      const kind = document.collection === 'pages' ? undefined : document.collection;
      // Keys another rule already reports in each language, and keys that are
      // not valid at all (content/unknown-key), are left to those rules.
      const ownRule = kind ? sectionKeys(project, kind) : new Set<string>();
      // Local measures and SNA keys count only nested (under success-measures
      // or sna-summary); at the top level they are unknown keys.
      const counted = (s: Section) => !kind || (s.parent !== undefined && (LOCAL_MEASURE.test(s.key) || (kind === 'strategy' && SNA_KEYS.has(s.key) && !ownRule.has(s.key))));
      const filled = (sections: Section[]) => new Map(sections.filter((s) => s.fill === 'filled' && counted(s) && !NATIONAL_KEYS.has(s.key)).map((s) => [s.key, s]));
      const mine = sectionsOf(document.tree);
      const have = filled(mine);
      for (const [key, section] of filled(sectionsOf(other.tree))) {
        if (have.has(key)) continue;
        const place = mine.find((s) => s.key === key)?.heading ?? START;
        report(document.file, place, forWelsh(meta, project), { other: other.path, title: section.title, key, line: section.heading.position?.start.line ?? 1 });
      }
    }
  },
};
