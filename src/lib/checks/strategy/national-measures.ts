/**
 * The three national success measures (para 309): hospital admissions for
 * assault with a knife or sharp object, knife or sharp object-enabled serious
 * violence recorded by the police, and police-recorded homicides. Each is a
 * sub-heading of the success-measures section with its own key.
 * Warning, like the section itself: the Home Office "expects" these measures
 * and monitors against them, but the Act does not require them in the
 * published strategy. A missing success-measures section is reported once, by
 * strategy/success-measures, not again here.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { both } from '../../i18n.ts';
import { MEASURES_KEY, NATIONAL_MEASURES } from '../requirements.ts';
import { reportSection } from '../section-rule.ts';
import { childrenOf, sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn, forDocument } from '../shared.ts';

const ASKS = both('rules/sections:asks.measure');

const meta: RuleMeta = {
  id: 'strategy/national-measures',
  severity: 'warning',
  paragraph: '309',
};

/** The finding for one missing measure, worded with its name in each language. */
function missing(measure: (typeof NATIONAL_MEASURES)[number]): RuleMeta {
  return { ...meta, variant: 'missing', values: { title: measure.title, mark: `{#${measure.key}}`, asks: ASKS } };
}

export const nationalMeasures: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of documentsIn(project, 'strategy')) {
      const sections = sectionsOf(document.tree);
      const measures = sectionByKey(sections, MEASURES_KEY);
      if (!measures) continue;
      const inside = childrenOf(sections, measures);
      for (const measure of NATIONAL_MEASURES) {
        const found = sectionByKey(inside, measure.key);
        if (!found) report(document.file, measures.heading, forDocument(missing(measure), document));
        else reportSection(report, document, meta, { collection: 'strategy', key: measure.key, title: measure.title, asks: ASKS }, found);
      }
    }
  },
};
