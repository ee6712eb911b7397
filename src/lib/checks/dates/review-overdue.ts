/**
 * A build after the next review date fails: the review is overdue. Error,
 * statutory: the strategy must be kept under review (paras 41c, 153), and a
 * site that still promises a review date in the past tells readers the
 * partnership has not done it. Drafts are not published, so they are not
 * checked.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { frontmatterPlace, isPublished, yamlPlace } from '../shared.ts';
import { dated, iso, today } from './calendar.ts';

const meta: RuleMeta = {
  id: 'dates/review-overdue',
  severity: 'error',
  statutory: true,
  paragraph: '41c, 153',
};

export const reviewOverdue: ProjectRule = {
  meta,
  check(project, report) {
    const now = today(project);
    const values = (nextReview: Date) => ({ nextReview: iso(nextReview), today: iso(now) });
    for (const document of dated(project)) {
      const nextReview = document.data!.nextReview;
      if (!isPublished(document) || !nextReview || nextReview >= now) continue;
      report(document.file, frontmatterPlace(document, 'nextReview'), meta, values(nextReview));
    }
    const nextReview = project.site?.dates.nextReview;
    if (nextReview && nextReview < now) report(project.siteFile, yamlPlace(project.siteFile, 'nextReview', 'dates'), meta, values(nextReview));
  },
};
