/**
 * The one i18n system: every user-facing string (site, CLI, rule messages and
 * fixes, bundle, cover sheets, emails, coverage page) is an i18next resource
 * in locales/{en,cy}/<namespace>.json, loaded synchronously (JSON imports, so
 * the same code runs in Node and in Astro's Vite build). Welsh plural forms
 * (zero, one, two, few, many, other) come from Intl.PluralRules('cy'):
 * a `count` value picks `key_one`, `key_two`, `key_few`, ... as i18next does.
 *
 * A new rule area adds its two JSON files below; a new rule in an existing
 * area only adds entries to them.
 */
import type { Resource, TFunction } from 'i18next';
import { createTranslator } from './i18n-setup.ts';
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import cyCommon from '../../locales/cy/common.json' with { type: 'json' };
import enCli from '../../locales/en/cli.json' with { type: 'json' };
import cyCli from '../../locales/cy/cli.json' with { type: 'json' };
import enBundle from '../../locales/en/bundle.json' with { type: 'json' };
import enCoverage from '../../locales/en/coverage.json' with { type: 'json' };
import cyCoverage from '../../locales/cy/coverage.json' with { type: 'json' };
import cyBundle from '../../locales/cy/bundle.json' with { type: 'json' };
import enConfig from '../../locales/en/rules/config.json' with { type: 'json' };
import cyConfig from '../../locales/cy/rules/config.json' with { type: 'json' };
import enContent from '../../locales/en/rules/content.json' with { type: 'json' };
import cyContent from '../../locales/cy/rules/content.json' with { type: 'json' };
import enDates from '../../locales/en/rules/dates.json' with { type: 'json' };
import cyDates from '../../locales/cy/rules/dates.json' with { type: 'json' };
import enLanguage from '../../locales/en/rules/language.json' with { type: 'json' };
import cyLanguage from '../../locales/cy/rules/language.json' with { type: 'json' };
import enRedaction from '../../locales/en/rules/redaction.json' with { type: 'json' };
import cyRedaction from '../../locales/cy/rules/redaction.json' with { type: 'json' };
import enRubric from '../../locales/en/rules/rubric.json' with { type: 'json' };
import cyRubric from '../../locales/cy/rules/rubric.json' with { type: 'json' };
import enSections from '../../locales/en/rules/sections.json' with { type: 'json' };
import cySections from '../../locales/cy/rules/sections.json' with { type: 'json' };
import enSna from '../../locales/en/rules/sna.json' with { type: 'json' };
import cySna from '../../locales/cy/rules/sna.json' with { type: 'json' };
import enStrategy from '../../locales/en/rules/strategy.json' with { type: 'json' };
import cyStrategy from '../../locales/cy/rules/strategy.json' with { type: 'json' };
import enTranslation from '../../locales/en/rules/translation.json' with { type: 'json' };
import cyTranslation from '../../locales/cy/rules/translation.json' with { type: 'json' };
import enMdx from '../../locales/en/rules/mdx.json' with { type: 'json' };
import cyMdx from '../../locales/cy/rules/mdx.json' with { type: 'json' };
import enSafety from '../../locales/en/safety.json' with { type: 'json' };
import cySafety from '../../locales/cy/safety.json' with { type: 'json' };
import enSchema from '../../locales/en/schema.json' with { type: 'json' };
import cySchema from '../../locales/cy/schema.json' with { type: 'json' };
import enWaiver from '../../locales/en/rules/waiver.json' with { type: 'json' };
import cyWaiver from '../../locales/cy/rules/waiver.json' with { type: 'json' };
import type { Lang, Localised, RuleMeta, Values } from './engine/types.ts';

export const resources = {
  en: {
    common: enCommon,
    cli: enCli,
    bundle: enBundle,
    coverage: enCoverage,
    'rules/config': enConfig,
    'rules/content': enContent,
    'rules/dates': enDates,
    'rules/language': enLanguage,
    'rules/redaction': enRedaction,
    'rules/rubric': enRubric,
    'rules/sections': enSections,
    'rules/sna': enSna,
    'rules/strategy': enStrategy,
    'rules/translation': enTranslation,
    'rules/waiver': enWaiver,
    'rules/mdx': enMdx,
    safety: enSafety,
    schema: enSchema,
  },
  cy: {
    common: cyCommon,
    cli: cyCli,
    bundle: cyBundle,
    coverage: cyCoverage,
    'rules/config': cyConfig,
    'rules/content': cyContent,
    'rules/dates': cyDates,
    'rules/language': cyLanguage,
    'rules/redaction': cyRedaction,
    'rules/rubric': cyRubric,
    'rules/sections': cySections,
    'rules/sna': cySna,
    'rules/strategy': cyStrategy,
    'rules/translation': cyTranslation,
    'rules/waiver': cyWaiver,
    'rules/mdx': cyMdx,
    safety: cySafety,
    schema: cySchema,
  },
} as const;

const instances = new Map<Lang, TFunction>();

export function translator(lang: Lang): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const translate = createTranslator(lang, resources as unknown as Resource);
    // A string without values is the same every time (the resources never change), and i18next's
    // lookup parses the key each call: every page asks for the same few hundred labels.
    const plain = new Map<string, string>();
    t = ((key: string | string[], options?: unknown) => {
      if (options !== undefined || typeof key !== 'string') return translate(key, options as never);
      let value = plain.get(key);
      if (value === undefined) plain.set(key, (value = translate(key) as string));
      return value;
    }) as unknown as TFunction;
    instances.set(lang, t);
  }
  return t;
}

function resolve(values: Values | undefined, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values ?? {})) out[name] = typeof value === 'object' ? value[lang] : value;
  return out;
}

/** One string: `t('cy', 'bundle:errors.noSite', { dir })`. `key` may be a list, the first that exists wins. */
export function t(lang: Lang, key: string | string[], values?: Values): string {
  return (values === undefined ? translator(lang)(key as string) : translator(lang)(key as string, resolve(values, lang))) as string;
}

/** The same string in both languages. */
export function both(key: string | string[], values?: Values): Localised {
  return { en: t('en', key, values), cy: t('cy', key, values) };
}

/** Whether a key exists in a language (for tests that every rule has its words). */
export function has(lang: Lang, key: string): boolean {
  const [ns, path] = key.split(':') as [string, string];
  let node: unknown = (resources[lang] as Record<string, unknown>)[ns];
  const parts = path.split('.');
  const last = parts.pop()!;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  const parent = node as Record<string, unknown> | undefined;
  // A plural has its forms in place of the key itself ("message_one", "message_other").
  return typeof parent?.[last] === 'string' || typeof parent?.[`${last}_other`] === 'string';
}

/** Where a rule's words are: `rules/<area>:<name>[.<variant>]`. */
export function ruleKey(meta: Pick<RuleMeta, 'id' | 'variant'>): string {
  const [area, ...name] = meta.id.split('/');
  return `rules/${area}:${name.join('/')}${meta.variant ? `.${meta.variant}` : ''}`;
}

/** A rule's message or fix, filled with the finding's values; a variant without its own fix uses the rule's. */
export function ruleText(meta: RuleMeta, part: 'message' | 'fix', values?: Values): Localised {
  const key = meta.words ?? ruleKey(meta);
  const keys = meta.variant ? [`${key}.${part}`, `${ruleKey({ id: meta.id })}.${part}`] : [`${key}.${part}`];
  return both(keys, { ...meta.values, ...values });
}
