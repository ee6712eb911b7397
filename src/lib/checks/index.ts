/**
 * The statutory completeness checks (guidance paras 41, 152-167, 309-311).
 * Each rule is its own module; the section requirements are listed, in the
 * order of docs/content-format.md, in requirements.ts. The engine's one rule
 * registry, src/lib/engine/registry.ts, assembles these with the rest.
 */
import type { DocumentRule, ProjectRule } from '../engine/types.ts';
import { languageChecks } from '../language/index.ts';
import { requiredSection } from './config/required-section.ts';
import { duplicateKey } from './content/duplicate-key.ts';
import { unknownKey } from './content/unknown-key.ts';
import { futurePublication } from './dates/future-publication.ts';
import { publicationMismatch, sentBeforePublished } from './dates/one-publication-date.ts';
import { nextReviewMissing } from './dates/next-review-missing.ts';
import { reviewInterval } from './dates/review-interval.ts';
import { reviewOverdue } from './dates/review-overdue.ts';
import { reviewedBeforePublished } from './dates/reviewed-before-published.ts';
import { whatChangedUnwritten } from './dates/what-changed-unwritten.ts';
import { editionBeforePublished } from './dates/edition-before-published.ts';
import { SNA_SECTIONS, STRATEGY_SECTIONS, SUBSTANCE_RULES } from './requirements.ts';
import { snaMissing } from './sna/missing.ts';
import { localMeasure } from './strategy/local-measure.ts';
import { strategyMissing } from './strategy/missing.ts';
import { nationalMeasures } from './strategy/national-measures.ts';
import { translationCounterpart } from './translation/counterpart.ts';
import { translationFigures } from './translation/figures.ts';
import { figureContradicts, figureUnknown } from './figures/rules.ts';
import { translationSections } from './translation/sections.ts';
import { translationStale } from './translation/stale.ts';

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
  translationFigures,
  figureUnknown,
  figureContradicts,
  nextReviewMissing,
  reviewInterval,
  reviewOverdue,
  whatChangedUnwritten,
  futurePublication,
  publicationMismatch,
  sentBeforePublished,
  reviewedBeforePublished,
  editionBeforePublished,
  // config/unknown-rule needs every rule's id, so the registry (engine/registry.ts) adds it.
];

// Plain-language and victim-blaming warnings (src/lib/language/).
export const documentChecks: DocumentRule[] = [...languageChecks];
