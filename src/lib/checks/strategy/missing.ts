/**
 * There is a strategy at all. Error, statutory: the Duty is to prepare,
 * publish and implement a strategy (paras 41b, 159-161); a site without one
 * publishes nothing the law asks for. A strategy that is only a draft is
 * reported by content/draft-only; a missing translation by
 * translation/counterpart.
 */
import type { ProjectRule } from '../../engine/types.ts';
import { START } from '../shared.ts';

export const strategyMissing: ProjectRule = {
  meta: {
    id: 'strategy/missing',
    severity: 'error',
    statutory: true,
    paragraph: '41b, 159-161',
  },
  check(project, report) {
    if (project.documents.some((d) => d.collection === 'strategy')) return;
    report(project.siteFile, START, strategyMissing.meta);
  },
};
