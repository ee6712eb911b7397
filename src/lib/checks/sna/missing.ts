/**
 * There is an SNA summary. Warning: the full SNA is not published (it holds
 * sensitive data), and the summary the guidance suggests is part of the
 * strategy itself (para 154l, checked by strategy/sna-summary). A separate
 * summary document is good practice that readers find useful, not a duty.
 */
import type { ProjectRule } from '../../engine/types.ts';
import { START } from '../shared.ts';

export const snaMissing: ProjectRule = {
  meta: {
    id: 'sna/missing',
    severity: 'warning',
    paragraph: '154l, 146-151',
  },
  check(project, report) {
    if (project.documents.some((d) => d.collection === 'sna')) return;
    report(project.siteFile, START, snaMissing.meta);
  },
};
