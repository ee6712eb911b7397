/**
 * The phrases findings are worded with ("{{what}}" in a rule's message: "is
 * broken down by age, place"), in both languages, from the "phrases" part of
 * locales/{en,cy}/rules/redaction.json through the one i18n system. A
 * detector passes the Localised pair as a value, and each language's message
 * picks its own.
 */
import type { Localised, Values } from '../engine/types.ts';
import { both } from '../i18n.ts';

export function phrase(key: string, values?: Values): Localised {
  return both(`rules/redaction:phrases.${key}`, values);
}

/** "a, b and c" / "a, b a c": `and` is the phrase for the last join. */
export function joinList(items: Localised[], and: Localised): Localised {
  const join = (lang: keyof Localised) => {
    const words = items.map((item) => item[lang]);
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and[lang]} ${words.at(-1)}`;
  };
  return { en: join('en'), cy: join('cy') };
}

/** "a, b, c" in both languages: a list of found things, not a sentence. */
export function commaList(items: Localised[]): Localised {
  return { en: items.map((item) => item.en).join(', '), cy: items.map((item) => item.cy).join(', ') };
}
