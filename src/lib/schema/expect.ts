/**
 * The schemas' own words for what a field should be. Zod keeps the English
 * (Astro's content layer shows it to a developer as it is); explain.ts finds
 * the same entry of locales/{en,cy}/schema.json `expect` again and words the
 * finding a comms officer sees in both languages.
 */
import en from '../../../locales/en/schema.json' with { type: 'json' };
import { createTranslator } from '../i18n-setup.ts';

// The schema's own namespace only, not i18n.ts: the content sync loads every module this imports (i18n-setup.ts says why).
const t = createTranslator('en', { en: { schema: en } });

/** The message for a zod check: `z.string().regex(re, { message: expected('slug') })`. */
export function expected(name: keyof typeof en.expect, values?: Record<string, string | number>): string {
  return t(`schema:expect.${name}` as string, values ?? {}) as string;
}

/**
 * A custom issue (refine, superRefine) carries its entry and values, so that
 * a message with values in it ("It has 1.9:1") can be worded again in Welsh.
 */
export function expectedIssue(name: keyof typeof en.expect, values: Record<string, string | number> = {}): { message: string; params: { svd: string; values: Record<string, string | number> } } {
  return { message: expected(name, values), params: { svd: name, values } };
}

/** English text without values -> its entry: how a built-in check's message (regex, url, email, min) is found again. */
const BY_TEXT = new Map(Object.entries(en.expect).filter(([, text]) => !text.includes('{{')).map(([name, text]) => [text, name]));

export function expectationOf(message: string, params: unknown): { name: string; values: Record<string, string | number> } | undefined {
  const own = params as { svd?: unknown; values?: Record<string, string | number> } | undefined;
  if (typeof own?.svd === 'string' && own.svd in en.expect) return { name: own.svd, values: own.values ?? {} };
  const name = BY_TEXT.get(message);
  return name ? { name, values: {} } : undefined;
}
