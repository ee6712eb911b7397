/**
 * Sections a partnership requires of itself: keys listed under
 * checks.requireSections in site.yaml (para 154: a strategy "is not limited
 * to" the listed items). Error, not statutory: the partnership chose the
 * requirement and can change it. Built-in keys listed there are reported by
 * their own rule, raised to an error (see section-rule.ts), not here.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { both } from '../../i18n.ts';
import { sectionsFor } from '../requirements.ts';
import { configRequired, reportSection } from '../section-rule.ts';
import { sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn, forDocument, START } from '../shared.ts';

const meta: RuleMeta = {
  id: 'config/required-section',
  severity: 'error',
  paragraph: '154',
};

const ASKS = both('rules/sections:asks.required');

export const requiredSection: ProjectRule = {
  meta,
  check(project, report) {
    for (const kind of ['strategy', 'sna'] as const) {
      const builtIn = new Set(sectionsFor(kind).map((r) => r.requirement.key));
      for (const key of configRequired(project, kind)) {
        if (builtIn.has(key)) continue;
        for (const document of documentsIn(project, kind)) {
          const section = sectionByKey(sectionsOf(document.tree), key);
          if (!section) report(document.file, START, forDocument(meta, document), { key });
          else reportSection(report, document, meta, { collection: kind, key, title: { en: section.title, cy: section.title }, asks: ASKS }, section);
        }
      }
    }
  },
};
