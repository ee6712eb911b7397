/**
 * One publication date. site.yaml's dates.published drives the deadline and
 * the emails; each strategy's frontmatter `published` drives its page. They
 * must be the same date, or the Home Office is told one date and readers
 * another: a mismatch is an error naming both lines (dates/publication-mismatch).
 * And a sent record older than the publication date belongs to an earlier
 * edition: the new strategy has not been sent (dates/sent-before-published),
 * so an old "sent on" cannot hide a strategy that is still due (paras 162-163).
 */
// The recipients' names after "at" (Welsh "at Weinidogion Cymru"), as the bundle writes them.
import { editionPublished } from '../../bundle/time.ts';
import { both } from '../../i18n.ts';
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { documentsIn, frontmatterPlace, isPublished, yamlPlace } from '../shared.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

const mismatch: RuleMeta = { id: 'dates/publication-mismatch', severity: 'error', paragraph: '160, 162' };
const sentBefore: RuleMeta = { id: 'dates/sent-before-published', severity: 'error', paragraph: '162, 163' };

export const publicationMismatch: ProjectRule = {
  meta: mismatch,
  check(project, report) {
    const site = project.site?.dates.published;
    if (!site) return;
    const siteLine = yamlPlace(project.siteFile, 'published', 'dates').line;
    for (const document of documentsIn(project, 'strategy')) {
      if (!isPublished(document) || !document.data) continue;
      if (iso(document.data.published) === iso(site)) continue;
      report(document.file, frontmatterPlace(document, 'published'), mismatch, { published: iso(document.data.published), site: iso(site), siteLine });
    }
  },
};

export const sentBeforePublished: ProjectRule = {
  meta: sentBefore,
  check(project, report) {
    // This edition's publication (dates.editionPublished after a review), as the deadline counts it.
    const published = project.site && editionPublished(project.site);
    const submission = project.site?.submission;
    if (!published || !submission) return;
    for (const [field, recipient] of [['sentToHomeOffice', both('bundle:recipientsAfterTo.home-office')], ['sentToWelshMinisters', both('bundle:recipientsAfterTo.welsh-ministers')]] as const) {
      const sent = submission[field];
      if (!sent || iso(sent) >= iso(published)) continue;
      report(project.siteFile, yamlPlace(project.siteFile, field), sentBefore, { field, sent: iso(sent), published: iso(published), recipient });
    }
  },
};
