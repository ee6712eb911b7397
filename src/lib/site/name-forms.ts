/**
 * Names inside Welsh sentences. Welsh mutates a name after many small words
 * ("yn Bwrdeistref" is wrong: "ym Mwrdeistref"; "ar Partneriaeth" is wrong:
 * "ar Bartneriaeth"), and no template can work that out by pasting a name
 * after a fixed word. So the partnership gives the forms in site.yaml
 * (areas[].nameIn.cy, partnership.nameSoft.cy), and each sentence in
 * locales/ takes either that ready-made form or, where a form is missing, a
 * different sentence that puts the name where Welsh does not mutate it.
 */
import type { Lang } from '../engine/types.ts';
import type { SiteConfig } from '../schema/site.ts';

type Named = { en: string; cy?: string | undefined };
const inLang = (text: Named, lang: Lang) => (lang === 'cy' && text.cy ? text.cy : text.en);

/** "a" before a consonant, "ac" before a vowel (the "in" forms start "yn", "ym", "yng"). */
function and(next: string): string {
  return /^[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a';
}

export interface AreaPhrase {
  /** Which sentence to use: `in` takes the ready "in" form; `list` only lists the names. */
  form: 'in' | 'list';
  /** "Cwm Arian County Borough and Marchford District"; "ym Mwrdeistref Sirol Cwm Arian ac yn Nosbarth Marchford". */
  text: string;
}

/** The areas for "Preventing serious violence in ...". */
export function areasIn(site: Pick<SiteConfig, 'areas'>, lang: Lang): AreaPhrase {
  const names = site.areas.map((area) => inLang(area.name, lang));
  if (lang === 'en') return { form: 'in', text: names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]! };
  const forms = site.areas.map((area) => area.nameIn?.cy);
  if (forms.every((form): form is string => Boolean(form))) {
    return { form: 'in', text: forms.reduce((text, form, i) => (i === 0 ? form : `${text}${i === forms.length - 1 ? ` ${and(form)} ` : ', '}${form}`), '') };
  }
  // Listed after a colon, a name keeps its own form; "a" would mutate it too, so commas.
  return { form: 'list', text: names.join(', ') };
}

/** The partnership's name after "ar", "i", "gan", "o": the soft-mutated form, where site.yaml gives one. */
export function partnershipSoft(site: Pick<SiteConfig, 'partnership'>, lang: Lang): string | undefined {
  return lang === 'cy' ? site.partnership.nameSoft?.cy : inLang(site.partnership.name, lang);
}
