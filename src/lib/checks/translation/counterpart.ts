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

const NAME: Record<Lang, { en: string; cy: string }> = {
  en: { en: 'English', cy: 'Saesneg' },
  cy: { en: 'Welsh', cy: 'Gymraeg' },
};

const base: RuleMeta = {
  id: 'translation/counterpart',
  severity: 'error',
  statutory: true,
  paragraph: '120, 163',
  message: {
    en: 'There is no Welsh version of this document: no published file in content/{collection}/cy/ has translationKey "{key}".',
    cy: "Nid oes fersiwn Gymraeg o'r ddogfen hon: nid oes ffeil gyhoeddedig yn content/{collection}/cy/ gyda translationKey \"{key}\".",
  },
  fix: {
    en: 'Add the Welsh version in content/{collection}/cy/ with the same translationKey and status: published.',
    cy: "Ychwanegwch y fersiwn Gymraeg yn content/{collection}/cy/ gyda'r un translationKey a status: published.",
  },
};

function absent(lang: Lang): RuleMeta {
  const name = NAME[lang];
  return {
    ...base,
    message: {
      en: `There is no ${name.en} version of this document: no published file in content/{collection}/${lang}/ has translationKey "{key}".`,
      cy: `Nid oes fersiwn ${name.cy} o'r ddogfen hon: nid oes ffeil gyhoeddedig yn content/{collection}/${lang}/ gyda translationKey "{key}".`,
    },
    fix: {
      en: `Add the ${name.en} version in content/{collection}/${lang}/ with the same translationKey and status: published.`,
      cy: `Ychwanegwch y fersiwn ${name.cy} yn content/{collection}/${lang}/ gyda'r un translationKey a status: published.`,
    },
  };
}

function draft(lang: Lang): RuleMeta {
  const name = NAME[lang];
  return {
    ...base,
    message: {
      en: `The ${name.en} version ({other}) is still a draft, so this document would be published in one language only.`,
      cy: `Mae'r fersiwn ${name.cy} ({other}) yn dal yn ddrafft, felly byddai'r ddogfen hon yn cael ei chyhoeddi mewn un iaith yn unig.`,
    },
    fix: {
      en: `Finish the ${name.en} version and set status: published in it.`,
      cy: `Gorffennwch y fersiwn ${name.cy} a gosodwch status: published ynddi.`,
    },
  };
}

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
