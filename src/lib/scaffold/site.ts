/**
 * A new partnership's content/site.yaml, from the answers `svd new` gathers
 * (prompts or flags). Built with the yaml Document API so each setting
 * carries a comment saying what it is for, in the language the author
 * chose; only what the partnership told us is written, so nothing invented
 * is ever published.
 */
import { Document, isMap, isPair, isScalar, type YAMLMap } from 'yaml';
import type { Lang } from '../engine/types.ts';
import { t } from '../i18n.ts';
import { requiresWelsh, siteSchema, type SiteConfig } from '../schema/site.ts';

export interface AreaAnswer {
  en: string;
  cy?: string;
  country: 'england' | 'wales';
}

export interface SiteAnswers {
  name: { en: string; cy?: string };
  model: { en: string; cy?: string };
  areas: AreaAnswer[];
  email: string;
  phone?: string;
  url?: string;
  /** YYYY-MM-DD */
  published: string;
  nextReview: string;
  from: string;
  to: string;
}

/** Add one `# comment` above a key of a map. */
function note(map: YAMLMap, key: string, text: string): void {
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = ` ${text}`;
}

const localised = (value: { en: string; cy?: string }) => (value.cy ? { en: value.en, cy: value.cy } : { en: value.en });

export function siteData(a: SiteAnswers): Record<string, unknown> {
  return {
    partnership: { name: localised(a.name), model: localised(a.model) },
    areas: a.areas.map((area) => ({ name: area.cy ? { en: area.en, cy: area.cy } : { en: area.en }, country: area.country })),
    ...(a.url ? { site: { url: a.url, base: '/' } } : {}),
    contact: { email: a.email, ...(a.phone ? { phone: a.phone } : {}) },
    dates: { published: a.published, nextReview: a.nextReview, period: { from: a.from, to: a.to } },
  };
}

/**
 * The file's text. Throws with the schema's words if the answers would not
 * make a valid site.yaml, so the command never writes one the checks reject.
 */
export function scaffoldSite(a: SiteAnswers, lang: Lang): { text: string; site: SiteConfig } {
  const data = siteData(a);
  const parsed = siteSchema.safeParse(data);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const doc = new Document(data);
  doc.commentBefore = ` ${t(lang, 'cli:new.site.top')}`;
  const top = doc.contents as YAMLMap;
  const c = (name: string) => t(lang, `cli:new.site.${name}`);
  note(top, 'partnership', c('partnership'));
  note(top, 'areas', c('areas'));
  note(top, 'site', c('url'));
  note(top, 'contact', c('contact'));
  note(top, 'dates', c('dates'));
  const partnership = top.get('partnership');
  if (isMap(partnership)) note(partnership, 'model', c('model'));
  const dates = top.get('dates');
  if (isMap(dates)) note(dates, 'period', c('period'));
  return { text: doc.toString({ lineWidth: 0 }), site: parsed.data };
}

export { requiresWelsh };
