/**
 * The next review is no more than 12 months after publication, or after the
 * last review when there has been one. Error, statutory: the Act requires the
 * strategy to be kept under review, and the guidance sets the minimum at once
 * a year (paras 41c, 153). Applies to the strategy, the SNA summary and the
 * dates in site.yaml.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { forDocument, frontmatterPlace, yamlPlace } from '../shared.ts';
import { addMonths, dated, iso } from './calendar.ts';

const afterPublication: RuleMeta = {
  id: 'dates/review-interval',
  severity: 'error',
  statutory: true,
  paragraph: '41c, 153',
};

const afterReview: RuleMeta = { ...afterPublication, variant: 'afterReview' };

function tooLate(published: Date, lastReviewed: Date | undefined, nextReview: Date) {
  const base = lastReviewed && lastReviewed > published ? lastReviewed : published;
  const latest = addMonths(base, 12);
  if (nextReview <= latest) return undefined;
  return { meta: base === published ? afterPublication : afterReview, values: { nextReview: iso(nextReview), base: iso(base), latest: iso(latest) } };
}

export const reviewInterval: ProjectRule = {
  meta: afterPublication,
  check(project, report) {
    for (const document of dated(project)) {
      const { published, lastReviewed, nextReview } = document.data!;
      if (!nextReview) continue;
      const found = tooLate(published, lastReviewed, nextReview);
      if (found) report(document.file, frontmatterPlace(document, 'nextReview'), forDocument(found.meta, document), found.values);
    }
    const dates = project.site?.dates;
    const found = dates && tooLate(dates.published, dates.lastReviewed, dates.nextReview);
    if (found) report(project.siteFile, yamlPlace(project.siteFile, 'nextReview', 'dates'), found.meta, found.values);
  },
};
