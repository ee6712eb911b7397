/**
 * A published document's publication date is not in the future. A page that
 * says "Published 1 March" in February misleads readers, and the Home Office
 * and Welsh Ministers count their 7 days from publication (paras 160, 162).
 * Error, not statutory: a partnership may build ahead of launch day with a
 * waiver (reason and approver) in the document. Drafts may have any date.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { frontmatterPlace, isPublished } from '../shared.ts';
import { iso, today } from './calendar.ts';

const meta: RuleMeta = {
  id: 'dates/future-publication',
  severity: 'error',
  paragraph: '160, 162',
};

export const futurePublication: ProjectRule = {
  meta,
  check(project, report) {
    const now = today(project);
    for (const document of project.documents) {
      if (!document.data || !isPublished(document) || document.data.published <= now) continue;
      report(document.file, frontmatterPlace(document, 'published'), meta, { published: iso(document.data.published), today: iso(now) });
    }
  },
};
