/**
 * A key is used once per document. Two headings with {#governance} would give
 * the page two elements with the same id (links and the contents list go to
 * the first) and leave the checker judging only the first section.
 * Error, not statutory: a format fault, cheap to fix, that would otherwise
 * make a section silently not count.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { keyedHeadings } from '../sections.ts';

const meta: RuleMeta = {
  id: 'content/duplicate-key',
  severity: 'error',
  paragraph: '154',
};

export const duplicateKey: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of project.documents) {
      if (!document.data) continue;
      const seen = new Map<string, number>();
      for (const { key, heading } of keyedHeadings(document.tree)) {
        const first = seen.get(key);
        if (first !== undefined) report(document.file, heading, meta, { key, first });
        else seen.set(key, heading.position?.start.line ?? 1);
      }
    }
  },
};
