/**
 * The strategy states its next review date. Error, statutory: the Act
 * requires the strategy to be kept under review (paras 41c, 153) and para
 * 154b asks for the dates for review; without a date nothing can check the
 * review happens.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { documentsIn, forDocument, frontmatterPlace } from '../shared.ts';

const meta: RuleMeta = {
  id: 'dates/next-review-missing',
  severity: 'error',
  statutory: true,
  paragraph: '41c, 153, 154b',
  message: {
    en: 'The strategy has no next review date (nextReview).',
    cy: "Nid oes gan y strategaeth ddyddiad adolygiad nesaf (nextReview).",
  },
  fix: {
    en: 'Add "nextReview: YYYY-MM-DD" to the settings at the top of the file, no more than 12 months after publication.',
    cy: "Ychwanegwch \"nextReview: YYYY-MM-DD\" at y gosodiadau ar frig y ffeil, heb fod yn fwy na 12 mis ar ôl cyhoeddi.",
  },
};

export const nextReviewMissing: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of documentsIn(project, 'strategy')) {
      if (!document.data!.nextReview) report(document.file, frontmatterPlace(document, 'published'), forDocument(meta, document));
    }
  },
};
