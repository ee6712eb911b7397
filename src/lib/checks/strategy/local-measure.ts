/**
 * At least one local success measure (paras 309-311), with the focus on youth
 * violence in public places that para 32 and para 309 expect. A local measure
 * is a sub-heading of success-measures whose key starts `local-`.
 * Warning: para 311 leaves local measures to the partnership ("do not
 * prevent local areas from adopting additional success measures"); the Act
 * says nothing about them.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { both } from '../../i18n.ts';
import { LOCAL_MEASURE, MEASURES_KEY } from '../requirements.ts';
import { reportSection } from '../section-rule.ts';
import { childrenOf, sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn, forDocument } from '../shared.ts';

const meta: RuleMeta = {
  id: 'strategy/local-measure',
  severity: 'warning',
  paragraph: '309-311, 32',
};

const ASKS = both('rules/sections:asks.measure');

export const localMeasure: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of documentsIn(project, 'strategy')) {
      const sections = sectionsOf(document.tree);
      const measures = sectionByKey(sections, MEASURES_KEY);
      if (!measures) continue;
      const local = childrenOf(sections, measures).filter((s) => LOCAL_MEASURE.test(s.key));
      if (local.some((s) => s.fill === 'filled')) continue;
      if (local.length === 0) {
        report(document.file, measures.heading, forDocument(meta, document));
        continue;
      }
      for (const section of local) reportSection(report, document, meta, { collection: 'strategy', key: section.key, title: { en: section.title, cy: section.title }, asks: ASKS }, section);
    }
  },
};
