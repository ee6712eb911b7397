/**
 * Sections a partnership requires of itself: keys listed under
 * checks.requireSections in site.yaml (para 154: a strategy "is not limited
 * to" the listed items). Error, not statutory: the partnership chose the
 * requirement and can change it. Built-in keys listed there are reported by
 * their own rule, raised to an error (see section-rule.ts), not here.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { sectionsFor } from '../requirements.ts';
import { configRequired, reportSection } from '../section-rule.ts';
import { sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn, forDocument, START } from '../shared.ts';

const meta: RuleMeta = {
  id: 'config/required-section',
  severity: 'error',
  paragraph: '154',
  message: {
    en: 'Your partnership requires a section marked {#{key}} (checks.requireSections in content/site.yaml), and this document has none.',
    cy: "Mae eich partneriaeth yn mynnu adran wedi'i marcio â {#{key}} (checks.requireSections yn content/site.yaml), ac nid oes un yn y ddogfen hon.",
  },
  fix: {
    en: 'Add a section whose heading ends with {#{key}}, or remove the key from checks.requireSections if the partnership no longer requires it.',
    cy: "Ychwanegwch adran y mae ei phennawd yn gorffen â {#{key}}, neu tynnwch yr allwedd o checks.requireSections os nad yw'r bartneriaeth yn ei mynnu mwyach.",
  },
};

const ASKS = {
  en: 'what your partnership agreed this section should say',
  cy: "yr hyn y cytunodd eich partneriaeth y dylai'r adran hon ei ddweud",
};

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
