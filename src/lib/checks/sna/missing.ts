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
    message: {
      en: 'There is no Strategic Needs Assessment summary: content/sna/en/ holds no document.',
      cy: "Nid oes crynodeb o'r Asesiad Strategol o Anghenion: nid oes dogfen yn content/sna/en/.",
    },
    fix: {
      en: 'Write a short, non-sensitive summary of the SNA in content/sna/en/index.mdx, with the sections listed in docs/content-format.md.',
      cy: "Ysgrifennwch grynodeb byr, nad yw'n sensitif, o'r Asesiad yn content/sna/en/index.mdx, gyda'r adrannau a restrir yn docs/content-format.md.",
    },
  },
  check(project, report) {
    if (project.documents.some((d) => d.collection === 'sna')) return;
    report(project.siteFile, START, snaMissing.meta);
  },
};
