/**
 * The current edition is not published before the strategy itself was:
 * `dates.editionPublished` in site.yaml, which `svd review --start` sets, is
 * where the 7-day deadline to send the strategy to the Home Office (and
 * Welsh Ministers) counts from (src/lib/bundle/time.ts). A date before
 * `dates.published` is a typing slip, and it would make the cover sheet and
 * `svd deadline` count from a day when there was nothing to send. Error, not
 * statutory, like dates/reviewed-before-published.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { yamlPlace } from '../shared.ts';
import { iso } from './calendar.ts';

const meta: RuleMeta = {
  id: 'dates/edition-before-published',
  severity: 'error',
  paragraph: '153',
};

export const editionBeforePublished: ProjectRule = {
  meta,
  check(project, report) {
    const dates = project.site?.dates;
    if (!dates?.editionPublished || dates.editionPublished >= dates.published) return;
    report(project.siteFile, yamlPlace(project.siteFile, 'editionPublished', 'dates'), meta, { editionPublished: iso(dates.editionPublished), published: iso(dates.published) });
  },
};
