/**
 * The last review is not before publication: a review of a strategy that did
 * not yet exist is a typing slip, and the review interval is counted from the
 * later of the two (paras 41c, 153). Error, not statutory: a data fault
 * rather than a breach, but the dates are printed on every page.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { forDocument, frontmatterPlace, yamlPlace } from '../shared.ts';
import { iso } from './calendar.ts';

const meta: RuleMeta = {
  id: 'dates/reviewed-before-published',
  severity: 'error',
  paragraph: '41c, 153',
};

export const reviewedBeforePublished: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of project.documents) {
      const data = document.data;
      if (!data?.lastReviewed || data.lastReviewed >= data.published) continue;
      report(document.file, frontmatterPlace(document, 'lastReviewed'), forDocument(meta, document), { lastReviewed: iso(data.lastReviewed), published: iso(data.published) });
    }
    const dates = project.site?.dates;
    if (dates?.lastReviewed && dates.lastReviewed < dates.published) {
      report(project.siteFile, yamlPlace(project.siteFile, 'lastReviewed', 'dates'), meta, { lastReviewed: iso(dates.lastReviewed), published: iso(dates.published) });
    }
  },
};
