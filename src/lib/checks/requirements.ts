/**
 * The catalogue of sections, in the order docs/content-format.md lists them:
 * one module per requirement, each with its key, paragraph and severity.
 */
import sExecutiveSummary from './strategy/executive-summary.ts';
import sLocalDefinition from './strategy/local-definition.ts';
import sDeliveryArrangements from './strategy/delivery-arrangements.ts';
import sGovernance from './strategy/governance.ts';
import sDataFramework from './strategy/data-framework.ts';
import sPartners from './strategy/partners.ts';
import sConsultation from './strategy/consultation.ts';
import sGeography from './strategy/geography.ts';
import sEducationPrisons from './strategy/education-prisons.ts';
import sSafeguarding from './strategy/safeguarding.ts';
import sPolicingBody from './strategy/policing-body.ts';
import sCommissioning from './strategy/commissioning.ts';
import sScrutiny from './strategy/scrutiny.ts';
import sSnaSummary from './strategy/sna-summary.ts';
import sActions from './strategy/actions.ts';
import sSuccessMeasures from './strategy/success-measures.ts';
import sEquality from './strategy/equality.ts';
import sReview from './strategy/review.ts';
import sAnnualAssessment from './strategy/annual-assessment.ts';
import nLocalDefinition from './sna/local-definition.ts';
import nViolenceTypes from './sna/violence-types.ts';
import nDrivers from './sna/drivers.ts';
import nCohorts from './sna/cohorts.ts';
import nPlaces from './sna/places.ts';
import nDataSources from './sna/data-sources.ts';
import nDataGaps from './sna/data-gaps.ts';
import nCommunityVoices from './sna/community-voices.ts';
import nDataPeriod from './sna/data-period.ts';
import type { SectionRule } from './section-rule.ts';
import { substanceRule, type RubricRequirement } from './rubric/substance-rule.ts';

export const STRATEGY_SECTIONS: SectionRule[] = [sExecutiveSummary, sLocalDefinition, sDeliveryArrangements, sGovernance, sDataFramework, sPartners, sConsultation, sGeography, sEducationPrisons, sSafeguarding, sPolicingBody, sCommissioning, sScrutiny, sSnaSummary, sActions, sSuccessMeasures, sEquality, sReview, sAnnualAssessment];

export const SNA_SECTIONS: SectionRule[] = [nLocalDefinition, nViolenceTypes, nDrivers, nCohorts, nPlaces, nDataSources, nDataGaps, nCommunityVoices, nDataPeriod];

/** One `-substance` rule per requirement with a rubric: does the section say what the guidance asks? */
export const SUBSTANCE_RULES = [...STRATEGY_SECTIONS, ...SNA_SECTIONS]
  .map((rule) => rule.requirement)
  .filter((r): r is RubricRequirement => r.rubric !== undefined)
  .map(substanceRule);

/** The three national success measures (para 309), each a sub-heading of success-measures. */
export const NATIONAL_MEASURES = [
  {
    key: 'national-hospital-admissions',
    title: { en: 'Hospital admissions for assault with a knife or sharp object', cy: "Derbyniadau i'r ysbyty am ymosodiad â chyllell neu wrthrych miniog" },
  },
  {
    key: 'national-knife-violence',
    title: { en: 'Knife or sharp object-enabled serious violence recorded by the police', cy: 'Trais difrifol â chyllell neu wrthrych miniog a gofnodwyd gan yr heddlu' },
  },
  {
    key: 'national-homicide',
    title: { en: 'Homicides recorded by the police', cy: 'Dynladdiadau a gofnodwyd gan yr heddlu' },
  },
] as const;

export const MEASURES_KEY = 'success-measures';
export const LOCAL_MEASURE = /^local-(?!definition$)[a-z0-9][a-z0-9-]*$/;

export function sectionsFor(collection: 'strategy' | 'sna'): SectionRule[] {
  return collection === 'strategy' ? STRATEGY_SECTIONS : SNA_SECTIONS;
}
