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
import { MEASURES_KEY, NATIONAL_MEASURES } from '../requirements.ts';
import { reportSection } from '../section-rule.ts';
import { childrenOf, sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn, forDocument } from '../shared.ts';

const ASKS = {
  en: 'what you will measure, the starting figure and the change you aim for',
  cy: "beth y byddwch yn ei fesur, y ffigur cychwynnol a'r newid rydych yn anelu ato",
};

const meta: RuleMeta = {
  id: 'strategy/national-measures',
  severity: 'warning',
  paragraph: '309',
  message: {
    en: 'The success measures do not include the national measure "{measure}" (a ### heading marked with its key inside {#success-measures}).',
    cy: "Nid yw'r mesurau llwyddiant yn cynnwys y mesur cenedlaethol \"{measure}\" (pennawd ### wedi'i farcio â'i allwedd o fewn {#success-measures}).",
  },
  fix: {
    en: 'Under the success measures, add a ### heading for the measure with its key, and say what you will measure, the starting figure and the change you aim for.',
    cy: "O dan y mesurau llwyddiant, ychwanegwch bennawd ### ar gyfer y mesur gyda'i allwedd, a dywedwch beth y byddwch yn ei fesur, y ffigur cychwynnol a'r newid rydych yn anelu ato.",
  },
};

/** The message for one measure, with its name in each language. */
function missing(measure: (typeof NATIONAL_MEASURES)[number]): RuleMeta {
  const mark = `{#${measure.key}}`;
  return {
    ...meta,
    message: {
      en: `The success measures do not include the national measure "${measure.title.en}" (a ### heading marked ${mark} inside {#success-measures}).`,
      cy: `Nid yw'r mesurau llwyddiant yn cynnwys y mesur cenedlaethol "${measure.title.cy}" (pennawd ### wedi'i farcio â ${mark} o fewn {#success-measures}).`,
    },
    fix: {
      en: `Under the success measures, add "### ${measure.title.en} ${mark}" and write ${ASKS.en}.`,
      cy: `O dan y mesurau llwyddiant, ychwanegwch "### ${measure.title.cy} ${mark}" ac ysgrifennwch ${ASKS.cy}.`,
    },
  };
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
