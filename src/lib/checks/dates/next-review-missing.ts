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
};

export const nextReviewMissing: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of documentsIn(project, 'strategy')) {
      if (!document.data!.nextReview) report(document.file, frontmatterPlace(document, 'published'), forDocument(meta, document));
    }
  },
};
