/**
 * Welsh grammar in templates: no Welsh sentence pastes a name after a word
 * that mutates it ("yn Bwrdeistref", "ar Partneriaeth"). Every Welsh string
 * the site and the bundle use is read, and a name placeholder may follow such
 * a word only when it carries the ready-made form the partnership gives in
 * site.yaml (areasIn, partnershipSoft) or the recipient's after-"at" form.
 * Then the home page title and the cover sheet's lead are written with
 * several real area names, with and without the forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../src/lib/i18n.ts';
import { areasIn, partnershipSoft } from '../src/lib/site/name-forms.ts';
import { OUTPUT } from './helpers/project.ts';

const LOCALES = join(import.meta.dirname, '..', 'locales', 'cy');
// Words after which Welsh mutates the next word (soft, nasal or aspirate).
const TRIGGERS = new Set(['i', 'o', 'ar', 'at', 'gan', 'am', 'dan', 'tan', 'heb', 'hyd', 'wrth', 'drwy', 'trwy', 'dros', 'a', 'â', 'gyda', 'yn', 'fy', 'ei', 'dy', 'y', 'ym', 'yng', 'ac', 'na', 'neu', 'pan', 'mor', 'dau', 'dwy']);
// Placeholders that hold a name as written in the nominative, which a trigger would mutate:
// places, the partnership, documents and sections, people (who approved, translated or commented).
const NAMES = new Set(['partnership', 'area', 'areas', 'role', 'title', 'name', 'language', 'recipients', 'approvedBy', 'by', 'author', 'heading', 'section']);
// Every namespace of Welsh strings the site, the bundle, the CLI and the checks use.
const FILES = ['common.json', 'bundle.json', 'coverage.json', 'cli.json', ...readdirSync(join(LOCALES, 'rules')).map((name) => `rules/${name}`)];
// Real area names, each starting with a letter Welsh mutates (and so would show a missing mutation).
const AREA_NAMES = ['Bwrdeistref Sirol Cwm Arian', 'Caerdydd', 'Powys', 'Gwynedd', 'Torfaen', 'Dosbarth Marchford', 'Merthyr Tudful', 'Llanelli', 'Rhondda Cynon Taf'];

function strings(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) strings(value, path ? `${path}.${key}` : key, out);
  return out;
}

const site = (areas: { cy: string; nameIn?: string }[], nameSoft?: string) => ({
  areas: areas.map((a) => ({ name: { en: a.cy, cy: a.cy }, ...(a.nameIn ? { nameIn: { cy: a.nameIn } } : {}), country: 'wales' as const })),
  partnership: { name: { en: 'Partnership', cy: 'Partneriaeth Trais Difrifol Cwm Arian' }, ...(nameSoft ? { nameSoft: { cy: nameSoft } } : {}), model: { en: 'x' }, brandColour: '#1d5c63' },
});

const title = (s: ReturnType<typeof site>) => {
  const phrase = areasIn(s as never, 'cy');
  return phrase.form === 'in' ? t('cy', 'common:home_page.title', { areasIn: phrase.text }) : t('cy', 'common:home_page.titleList', { areas: phrase.text });
};

describe('Welsh template strings', () => {
  for (const file of FILES) {
    it(`never put a name straight after a mutating word in ${file}`, () => {
      const all = strings(JSON.parse(readFileSync(join(LOCALES, file), 'utf8')), '', []);
      expect(all.length).toBeGreaterThan(0);
      const wrong = all.flatMap(([path, text]) =>
        [...text.matchAll(/(\S+)\s+\{\{(\w+)\}\}/g)].filter((m) => NAMES.has(m[2]!) && TRIGGERS.has(m[1]!.toLowerCase().replace(/^[(“"‘]/, ''))).map((m) => `${path}: "${m[0]}"`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('read as Welsh with each of several area names in every name slot of every template string', () => {
    const wrong: string[] = [];
    let read = 0;
    for (const file of FILES) {
      for (const [path, text] of strings(JSON.parse(readFileSync(join(LOCALES, file), 'utf8')), '', [])) {
        const slots = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
        if (!slots.some((slot) => NAMES.has(slot))) continue;
        for (const name of AREA_NAMES) {
          // The sentence as a reader gets it: the name in its name slots, a neutral value elsewhere.
          const sentence = text.replace(/\{\{(\w+)\}\}/g, (_m, slot: string) => (NAMES.has(slot) ? name : '2027'));
          read++;
          const words = sentence.split(/\s+/);
          words.forEach((word, i) => {
            if (i > 0 && word.startsWith(name.split(' ')[0]!) && TRIGGERS.has(words[i - 1]!.toLowerCase().replace(/^[(“"‘]/, ''))) wrong.push(`${file} ${path}: "${words[i - 1]} ${name}"`);
          });
        }
      }
    }
    expect(read).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('write the home page title with the "in" forms the partnership gives, for several areas', () => {
    const cases: [Parameters<typeof site>[0], string][] = [
      [[{ cy: 'Bwrdeistref Sirol Cwm Arian', nameIn: 'ym Mwrdeistref Sirol Cwm Arian' }, { cy: 'Dosbarth Marchford', nameIn: 'yn Nosbarth Marchford' }], 'Atal trais difrifol ym Mwrdeistref Sirol Cwm Arian ac yn Nosbarth Marchford'],
      [[{ cy: 'Caerdydd', nameIn: 'yng Nghaerdydd' }], 'Atal trais difrifol yng Nghaerdydd'],
      [[{ cy: 'Powys', nameIn: 'ym Mhowys' }, { cy: 'Ceredigion', nameIn: 'yng Ngheredigion' }, { cy: 'Bro Morgannwg', nameIn: 'ym Mro Morgannwg' }], 'Atal trais difrifol ym Mhowys, yng Ngheredigion ac ym Mro Morgannwg'],
      [[{ cy: 'Abertawe', nameIn: 'yn Abertawe' }, { cy: 'Gwynedd', nameIn: 'yng Ngwynedd' }], 'Atal trais difrifol yn Abertawe ac yng Ngwynedd'],
    ];
    for (const [areas, expected] of cases) expect(title(site(areas))).toBe(expected);
  });

  it('list the names unmutated, after a colon, where the forms are not given', () => {
    const text = title(site([{ cy: 'Bwrdeistref Sirol Cwm Arian' }, { cy: 'Powys', nameIn: 'ym Mhowys' }]));
    expect(text).toBe('Atal trais difrifol: Bwrdeistref Sirol Cwm Arian, Powys');
    expect(text).not.toMatch(/\byn (Bwrdeistref|Powys)/);
  });

  it('use the soft-mutated partnership name after "ar", or a sentence that needs none', () => {
    const recipients = t('cy', 'bundle:cover.toBoth');
    const soft = partnershipSoft(site([{ cy: 'Caerdydd' }], 'Bartneriaeth Trais Difrifol Cwm Arian') as never, 'cy');
    expect(t('cy', 'bundle:cover.lead', { partnershipSoft: soft!, recipients })).toMatch(/^Popeth sydd ei angen ar Bartneriaeth Trais Difrifol Cwm Arian i anfon/);
    expect(partnershipSoft(site([{ cy: 'Caerdydd' }]) as never, 'cy')).toBeUndefined();
    expect(t('cy', 'bundle:cover.leadPlain', { partnership: 'Partneriaeth Trais Difrifol Cwm Arian', recipients })).not.toMatch(/\bar Partneriaeth/);
  });

  it('appear so in the built Welsh pages and cover sheet', () => {
    const home = readFileSync(join(OUTPUT, 'bilingual', 'cy', 'index.html'), 'utf8');
    expect(home).toContain('<h1 class="govuk-heading-xl">Atal trais difrifol yng Nghwm Prawf ac yn Nosbarth Fixture</h1>');
    const cover = readFileSync(join(OUTPUT, 'submission', 'index.cy.html'), 'utf8');
    expect(cover).toContain('Popeth sydd ei angen ar Bartneriaeth Trais Cwm Prawf i anfon');
  });
});
