import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../src/lib/i18n.ts';

describe('UI strings', () => {
  it('gives each Welsh plural form for 0, 1, 2, 3, 6 and 10', () => {
    const t = translator('cy');
    expect(t('sectionCount', { count: 0 })).toBe('Dim adrannau');
    expect(t('sectionCount', { count: 1 })).toBe('Un adran');
    expect(t('sectionCount', { count: 2 })).toBe('Dwy adran');
    expect(t('sectionCount', { count: 3 })).toBe('Tair adran');
    expect(t('sectionCount', { count: 6 })).toBe('Chwe adran');
    expect(t('sectionCount', { count: 10 })).toBe('10 adran');
  });

  it('gives English one and other', () => {
    const t = translator('en');
    expect(t('sectionCount', { count: 1 })).toBe('1 section');
    expect(t('sectionCount', { count: 10 })).toBe('10 sections');
  });

  it('has every English key in Welsh too, and no empty strings, in every namespace', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
    const dir = join(import.meta.dirname, '..', 'locales');
    const files = (readdirSync(join(dir, 'en'), { recursive: true }) as string[]).filter((name) => name.endsWith('.json'));
    expect(files).toEqual(expect.arrayContaining(['common.json', 'cli.json', 'bundle.json', join('rules', 'strategy.json')]));
    for (const file of files) {
      const en = JSON.parse(readFileSync(join(dir, 'en', file), 'utf8'));
      const cy = JSON.parse(readFileSync(join(dir, 'cy', file), 'utf8'));
      // Welsh has more plural forms than English, so compare plural stems.
      const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
      const cyKeys = new Set(keys(cy).map(stem));
      for (const key of keys(en).map(stem)) expect(cyKeys, `${file}: ${key}`).toContain(key);
      // And the other way: a Welsh string with no English one is a string nobody asks for, or a typo in a key.
      const enKeys = new Set(keys(en).map(stem));
      for (const key of keys(cy).map(stem)) expect(enKeys, `${file}: ${key} (Welsh only)`).toContain(key);
      // A plural is plural in both: every form English has (one, other) and all six of Welsh's.
      const forms = (all: string[]) => {
        const out = new Map<string, string[]>();
        for (const key of all) {
          const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
          if (match) out.set(match[1]!, [...(out.get(match[1]!) ?? []), match[2]!]);
        }
        return out;
      };
      const cyForms = forms(keys(cy));
      for (const [key, found] of forms(keys(en))) {
        expect(found, `${file}: ${key} (en)`).toEqual(expect.arrayContaining(['one', 'other']));
        expect(cyForms.has(key), `${file}: ${key} is a plural in English but not in Welsh`).toBe(true);
      }
      for (const [key, found] of cyForms) expect(found.sort(), `${file}: ${key} (cy)`).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
      for (const key of keys(cy)) expect(key.split('.').reduce((o: any, k) => o[k], cy), key).not.toBe('');
    }
  });

  it('words CLI and settings messages with a count by the plural rules of each language', () => {
    const search = (lang: 'en' | 'cy', count: number) => translator(lang)('cli:build.search', { pages: 9, count, languages: 'en' });
    expect(search('en', 1)).toBe('Search: 9 pages indexed in 1 language: en.');
    expect(search('en', 2)).toBe('Search: 9 pages indexed in 2 languages: en.');
    expect(search('cy', 1)).toContain('mewn un iaith');
    expect(search('cy', 2)).toContain('mewn dwy iaith');
    const items = (lang: 'en' | 'cy', count: number) => translator(lang)('schema:items', { field: '"areas"', count });
    expect(items('en', 1)).toBe('"areas" needs at least 1 item.');
    expect(items('en', 3)).toBe('"areas" needs at least 3 items.');
    expect(items('cy', 2)).toBe('Mae angen o leiaf dwy eitem yn "areas".');
    expect(items('cy', 3)).toBe('Mae angen o leiaf tair eitem yn "areas".');
  });

  it('never falls back to English for a missing Welsh key', () => {
    expect(translator('cy')('no.such.key')).toBe('no.such.key');
  });
});
