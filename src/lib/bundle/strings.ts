/**
 * The bundle's words come from locales/{en,cy}/bundle.json through the one
 * i18n system (src/lib/i18n.ts); terms follow the shared glossary (y Swyddfa
 * Gartref, Gweinidogion Cymru, Asesiad Strategol o Anghenion). Names used as
 * plain lookups are exported as Localised records; sentences are read with
 * `t(lang, 'bundle:<section>.<key>', values)` where they are written.
 */
import { both, t } from '../i18n.ts';
import type { Lang, Localised } from '../engine/types.ts';

/** "1 day", "4 days"; Welsh "4 diwrnod": i18next plural forms (Welsh has six). */
export function count(n: number, noun: 'day' | 'page', lang: Lang): string {
  return t(lang, `bundle:count.${noun}`, { count: n });
}

function names<K extends string>(section: string, keys: readonly K[]): Record<K, Localised> {
  return Object.fromEntries(keys.map((key) => [key, both(`bundle:${section}.${key}`)])) as Record<K, Localised>;
}

export const RECIPIENT_NAMES = names('recipients', ['home-office', 'welsh-ministers']);

/** In running text after "to" / "at", which softly mutates: at Weinidogion Cymru. */
export const RECIPIENT_AFTER_TO = names('recipientsAfterTo', ['home-office', 'welsh-ministers']);

export const DOCUMENT_TITLES = names('documentTitles', ['strategy', 'sna']);

export const LANGUAGE_NAMES = names('languageNames', ['en', 'cy']);

export const COUNTRIES = names('countries', ['england', 'wales']);

/** Problems that stop the bundle (keys for BundleError): what is wrong and what to do, for a comms officer. */
export const ERRORS = {
  noUrl: 'bundle:errors.noUrl',
  notHttps: 'bundle:errors.notHttps',
  blocked: 'bundle:errors.blocked',
  noSite: 'bundle:errors.noSite',
  missingPage: 'bundle:errors.missingPage',
  noBrowser: 'bundle:errors.noBrowser',
  noDocuments: 'bundle:errors.noDocuments',
} as const;
