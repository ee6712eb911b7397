/**
 * How the one i18n system's i18next instances are set up (i18n.ts), apart
 * from its resources, so a module that needs only one namespace can have a
 * translator over just that one: the collection schema (schema/expect.ts)
 * runs in Astro's content sync, which loads every module it imports through
 * Vite's module runner, and i18n.ts's 36 locale files made that sync 0.3 s
 * slower on every build.
 */
import i18next, { type Resource, type TFunction } from 'i18next';

export function createTranslator(lng: string, resources: Resource): TFunction {
  const instance = i18next.createInstance();
  instance.init({
    lng,
    // No fallback: a missing Welsh string must show up as a missing key
    // (and fail the tests), never as English in a Welsh message.
    fallbackLng: false,
    ns: Object.keys(resources[lng] ?? {}),
    defaultNS: 'common',
    resources,
    initAsync: false,
    // Plain text, not HTML: Astro escapes what it puts in a page.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t.bind(instance) as TFunction;
}
