/**
 * Every published document has a published counterpart in the other
 * language, matched by collection and translationKey.
 * Error, statutory, where an area covered is in Wales: the strategy must be
 * published in English and in Welsh (paras 120, 163), together, and the SNA
 * summary and supporting pages are part of what is published. On a site with
 * no area in Wales, Welsh is optional: with no Welsh at all there is nothing
 * to report; with some, gaps are warnings.
 */
import { requiresWelsh } from '../../schema/site.ts';
import type { Lang, ProjectRule, RuleMeta } from '../../engine/types.ts';
import { counterpart, forWelsh, frontmatterPlace, isPublished } from '../shared.ts';

const base: RuleMeta = {
  id: 'translation/counterpart',
  severity: 'error',
  statutory: true,
  paragraph: '120, 163',
};

// The language's name mutates in Welsh ("fersiwn Gymraeg"), so each language has its own wording.
const absent = (lang: Lang): RuleMeta => ({ ...base, variant: `absent.${lang}` });
const draft = (lang: Lang): RuleMeta => ({ ...base, variant: `draft.${lang}` });

export const translationCounterpart: ProjectRule = {
  meta: base,
  check(project, report) {
    if (!project.site) return;
    const welsh = project.documents.some((d) => d.lang === 'cy' && d.data);
    if (!requiresWelsh(project.site) && !welsh) return;
    for (const document of project.documents) {
      if (!document.data || !isPublished(document)) continue;
      const other = document.lang === 'en' ? 'cy' : 'en';
      const match = counterpart(project, document, other);
      if (match && isPublished(match)) continue;
      const values = { collection: document.collection, key: document.data.translationKey, other: match?.path ?? '' };
      report(document.file, frontmatterPlace(document, 'translationKey'), forWelsh(match ? draft(other) : absent(other), project), values);
    }
  },
};
