/**
 * The statutory completeness checks (guidance paras 41, 152-167, 309-311).
 * Each rule is its own module; the section requirements are listed, in the
 * order of docs/content-format.md, in requirements.ts.
 */
import type { DocumentRule, ProjectRule } from '../engine/types.ts';
import { INPUT_RULES } from '../engine/input-rules.ts';
import * as waiverRules from '../engine/waiver-rules.ts';
import { languageChecks } from '../language/index.ts';
import { documentDetectors, projectDetectors } from '../redaction/index.ts';
import { requiredSection } from './config/required-section.ts';
import { unknownRule } from './config/unknown-rule.ts';
import { duplicateKey } from './content/duplicate-key.ts';
import { unknownKey } from './content/unknown-key.ts';
import { futurePublication } from './dates/future-publication.ts';
import { nextReviewMissing } from './dates/next-review-missing.ts';
import { reviewInterval } from './dates/review-interval.ts';
import { reviewOverdue } from './dates/review-overdue.ts';
import { reviewedBeforePublished } from './dates/reviewed-before-published.ts';
import { SNA_SECTIONS, STRATEGY_SECTIONS, SUBSTANCE_RULES } from './requirements.ts';
import { snaMissing } from './sna/missing.ts';
import { localMeasure } from './strategy/local-measure.ts';
import { strategyMissing } from './strategy/missing.ts';
import { nationalMeasures } from './strategy/national-measures.ts';
import { translationCounterpart } from './translation/counterpart.ts';
import { translationSections } from './translation/sections.ts';
import { translationStale } from './translation/stale.ts';

/** Every rule id the engine knows, for config/unknown-rule (read when it runs, after all modules load). */
function knownIds(): string[] {
  return [...INPUT_RULES, ...Object.values(waiverRules), ...projectChecks.map((r) => r.meta), ...documentChecks.map((r) => r.meta), ...projectDetectors.map((r) => r.meta), ...documentDetectors.map((r) => r.meta)].map((m) => m.id);
}

export const projectChecks: ProjectRule[] = [
  strategyMissing,
  ...STRATEGY_SECTIONS,
  nationalMeasures,
  localMeasure,
  snaMissing,
  ...SNA_SECTIONS,
  ...SUBSTANCE_RULES,
  requiredSection,
  unknownKey,
  duplicateKey,
  translationCounterpart,
  translationStale,
  translationSections,
  nextReviewMissing,
  reviewInterval,
  reviewOverdue,
  futurePublication,
  reviewedBeforePublished,
  unknownRule(knownIds),
];

// Plain-language and victim-blaming warnings (src/lib/language/).
export const documentChecks: DocumentRule[] = [...languageChecks];
