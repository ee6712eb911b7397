/**
 * UI strings through i18next, one instance per language, loaded synchronously
 * from locales/{en,cy}/*.json at build time. Welsh plural forms (zero, one,
 * two, few, many, other) come from Intl.PluralRules('cy').
 */
import i18next, { type TFunction } from 'i18next';
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import cyCommon from '../../locales/cy/common.json' with { type: 'json' };
import enTranslate from '../../locales/en/translate.json' with { type: 'json' };
import cyTranslate from '../../locales/cy/translate.json' with { type: 'json' };
import type { Lang } from './engine/types.ts';

export const resources = {
  en: { common: enCommon, translate: enTranslate },
  cy: { common: cyCommon, translate: cyTranslate },
} as const;

const instances = new Map<Lang, TFunction>();

export function translator(lang: Lang): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    instance.init({
      lng: lang,
      // No fallback: a missing Welsh string must show up as a missing key
      // (and fail the chrome test), never as English on a Welsh page.
      fallbackLng: false,
      ns: ['common', 'translate'],
      defaultNS: 'common',
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t.bind(instance) as TFunction;
    instances.set(lang, t);
  }
  return t;
}
