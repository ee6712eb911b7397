/**
 * The language checks through the real engine (`analyseTexts`: the run loop over documents in memory):
 * reading ease of the young people's summary against checks.readingEase,
 * Welsh sentence and word length, and victim-blaming words in both languages
 * with their place and suggested alternative.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseMdx } from '../src/lib/content/parse.ts';
import type { FindingJson } from '../src/lib/engine/types.ts';
import { languageChecks } from '../src/lib/language/index.ts';
import { findBlaming, LEXICON, mutated } from '../src/lib/language/lexicon.ts';
import { ageFor, readabilityOf, welshLetters } from '../src/lib/language/readability.ts';
import { analyseTexts, mdx, SITE_YAML } from './helpers/project.ts';
import { ruleText } from '../src/lib/i18n.ts';

const YP_EN = { title: 'What the strategy means for you', summary: 'For young people.', lang: 'en', translationKey: 'young-people', slug: 'young-people', status: 'published', published: '2026-11-02' };
const YP_CY = { ...YP_EN, title: "Beth mae'r strategaeth yn ei olygu i chi", summary: 'I bobl ifanc.', lang: 'cy', slug: 'pobl-ifanc' };

const PLAIN_EN = 'We want you to be safe. You can talk to us. Tell us what you think. We will listen to you.\n';
const HARD_EN =
  'The partnership’s multidimensional prioritisation methodology necessitates comprehensive interorganisational collaboration notwithstanding considerable jurisdictional heterogeneity.\n\n' +
  'Consequently, stakeholders’ operationalisation of evidence-informed interventions will be systematically evaluated.\n\n' +
  'You can talk to us.\n';

function language(findings: FindingJson[]): FindingJson[] {
  return findings.filter((f) => f.rule.startsWith('language/'));
}

function run(files: Record<string, string>, siteYaml = SITE_YAML) {
  return analyseTexts({ 'content/site.yaml': siteYaml, ...files }, { sets: ['check'] });
}

describe('reading ease of the young people’s summary (English)', () => {
  it('says nothing when the summary meets the target', () => {
    const { findings } = run({ 'content/pages/en/young-people.mdx': mdx(YP_EN, PLAIN_EN) });
    expect(language(findings)).toEqual([]);
  });

  it('warns with the score and the target, at the title, and names each hard sentence at its line', () => {
    const { findings } = run({ 'content/pages/en/young-people.mdx': mdx(YP_EN, HARD_EN) });
    expect(language(findings).every((f) => f.severity === 'warning')).toBe(true);
    const ease = findings.find((f) => f.rule === 'language/reading-ease')!;
    expect(ease).toMatchObject({ severity: 'warning', file: 'content/pages/en/young-people.mdx', line: 2, paragraph: '218, 221; WCAG 2.2 3.1.5' });
    expect(ease.message).toMatch(/^The young people’s summary scores -?\d+ for reading ease; the target is 60 or more/);
    const hard = findings.filter((f) => f.rule === 'language/hard-sentence');
    // Frontmatter is 9 lines and a blank: the body starts on line 11.
    expect(hard.map((f) => [f.line, f.column])).toEqual([
      [11, 1],
      [13, 1],
    ]);
    expect(hard[0]!.message).toMatch(new RegExp(`^This sentence is hard to read for someone aged ${ageFor(60)}: [4-7] of 7 reading formulas say so\\.$`));
  });

  it('follows the partnership’s own target in checks.readingEase', () => {
    const lenient = SITE_YAML.replace(/^dates:/m, 'checks:\n  readingEase: 5\ndates:');
    const strict = SITE_YAML.replace(/^dates:/m, 'checks:\n  readingEase: 100\ndates:');
    const body = 'Our partners will review the evidence each year and publish what they learn.\n';
    expect(language(run({ 'content/pages/en/young-people.mdx': mdx(YP_EN, body) }, lenient).findings)).toEqual([]);
    const warned = language(run({ 'content/pages/en/young-people.mdx': mdx(YP_EN, body) }, strict).findings);
    expect(warned.map((f) => f.rule)).toContain('language/reading-ease');
    expect(warned.find((f) => f.rule === 'language/reading-ease')!.message).toContain('the target is 100 or more');
  });

  it('checks only the young people’s summary', () => {
    const about = { ...YP_EN, translationKey: 'about', slug: 'about', title: 'About' };
    expect(language(run({ 'content/pages/en/about.mdx': mdx(about, HARD_EN) }).findings)).toEqual([]);
  });

  it('gives the message in Welsh too', () => {
    const { messages } = run({ 'content/pages/en/young-people.mdx': mdx(YP_EN, HARD_EN) });
    const ease = messages.find((m) => m.ruleId === 'language/reading-ease')!;
    expect(ease.text.cy).toMatch(/^Mae’r crynodeb i bobl ifanc yn sgorio -?\d+ am rwyddineb darllen; y targed yw 60 neu fwy/);
    expect(ease.fixText.cy).toContain('checks.readingEase');
  });
});

describe('Welsh sentence and word length', () => {
  const longSentence =
    'Mae’r bartneriaeth yn gweithio gyda’r ysgolion, yr heddlu, y gwasanaethau iechyd a’r gwasanaethau cymdeithasol i sicrhau bod pob plentyn a pherson ifanc yn cael y cymorth cywir ar yr adeg gywir yn ei gymuned ei hun bob amser.';

  it('counts Welsh letters with digraphs as one letter', () => {
    expect(welshLetters('llongyfarchiadau')).toBe(13);
    expect(welshLetters('ddiogel')).toBe(6);
    expect(welshLetters('rhywbeth')).toBe(6);
  });

  it('flags a sentence over 25 words at its line, and passes short ones', () => {
    const body = `Rydym am i chi fod yn ddiogel. Gallwch siarad â ni.\n\n${longSentence}\n`;
    const findings = language(run({ 'content/pages/en/young-people.mdx': mdx(YP_EN, PLAIN_EN), 'content/pages/cy/pobl-ifanc.mdx': mdx(YP_CY, body) }).findings);
    const long = findings.filter((f) => f.rule === 'language/welsh-sentence-length');
    expect(long).toHaveLength(1);
    expect(long[0]).toMatchObject({ file: 'content/pages/cy/pobl-ifanc.mdx', line: 13, column: 1, severity: 'warning' });
    expect(long[0]!.message).toBe('This sentence has 38 words. Sentences over 25 words are hard for young people to follow.');
  });

  it('warns when sentences are long on average or long words are common, naming the longest words', () => {
    const body = 'Mae cyfrifoldebau rhyngddisgyblaethol, anghydraddoldebau ac amgylchiadau trawsffiniol yn bwysig i Crimestoppers.\n';
    const findings = language(run({ 'content/pages/cy/pobl-ifanc.mdx': mdx(YP_CY, body) }).findings);
    const plain = findings.find((f) => f.rule === 'language/welsh-plain')!;
    expect(plain.line).toBe(2);
    expect(plain.fix).toContain('rhyngddisgyblaethol');
    const short = 'Rydym am i chi fod yn ddiogel. Gallwch siarad â ni. Dywedwch wrthym beth rydych yn ei feddwl.\n';
    expect(language(run({ 'content/pages/cy/pobl-ifanc.mdx': mdx(YP_CY, short) }).findings)).toEqual([]);
  });

  it('scores the fixture’s Welsh summary as plain', () => {
    const source = mdx(YP_CY, 'Rydym am i chi fod yn ddiogel gartref, yn yr ysgol ac allan gyda’ch ffrindiau.\n');
    const file = new VFile({ path: 'x.mdx', value: source });
    const scores = readabilityOf(parseMdx(file), file, 'cy');
    expect(scores).toMatchObject({ sentences: 1, words: 15, meanSentenceWords: 15, longWordShare: 0 });
  });
});

describe('victim-blaming words', () => {
  it('finds the English lexicon anywhere, with the words themselves, where they are and what to write instead', () => {
    const body = [
      '## Who is at risk',
      '',
      'Some reports described a child prostitute and children *putting themselves at risk*.',
      'Others called it a lifestyle choice.',
      '',
      '| Group | Note |',
      '|---|---|',
      '| Families | hard-to-reach families |',
      '',
    ].join('\n');
    const strategy = { ...YP_EN, translationKey: 'about', slug: 'about', title: 'About' };
    const findings = run({ 'content/pages/en/about.mdx': mdx(strategy, body) }).findings.filter((f) => f.rule === 'language/victim-blaming');
    expect(findings.map((f) => [f.line, f.column, f.message.split(':')[0]])).toEqual([
      [13, 26, '“child prostitute” can blame the person harmed'],
      [13, 57, '“putting themselves at risk” can blame the person harmed'],
      [14, 20, '“lifestyle choice” can blame the person harmed'],
      [18, 14, '“hard-to-reach” can blame the person harmed'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'warning', paragraph: '218, 220; safeguarding procedure s.2' });
    expect(findings[0]!.fix).toMatch(/^Write “child who has been sexually exploited”/);
  });

  it('finds Welsh phrases in their mutated forms, and gives a Welsh alternative', () => {
    const body = 'Nid yw’n ddewis ffordd o fyw. Dywedodd rhai eu bod yn rhoi eu hunain mewn perygl. Mae rhai teuluoedd yn anodd eu cyrraedd.\n';
    const { findings, messages } = run({ 'content/pages/en/young-people.mdx': mdx(YP_EN, PLAIN_EN), 'content/pages/cy/pobl-ifanc.mdx': mdx(YP_CY, body) });
    const blaming = findings.filter((f) => f.rule === 'language/victim-blaming');
    expect(blaming.map((f) => f.message.match(/“(.+?)”/)![1])).toEqual(['ddewis ffordd o fyw', 'rhoi eu hunain mewn perygl', 'teuluoedd yn anodd eu cyrraedd']);
    expect(blaming.map((f) => f.column)).toEqual([10, 55, 92]);
    const welsh = messages.find((m) => m.ruleId === 'language/victim-blaming')!;
    expect(welsh.text.cy).toBe('Gall “ddewis ffordd o fyw” feio’r person a niweidiwyd: mae’n awgrymu dewis rhydd lle mae meithrin perthynas amhriodol, gorfodaeth neu gamfanteisio.');
    expect(welsh.fixText.cy).toMatch(/^Ysgrifennwch “yn cael eu meithrin yn amhriodol neu eu camfanteisio/);
  });

  it('leaves alone the words that only look alike', () => {
    expect(findBlaming('So-called honour-based abuse is abuse. We reached families that are hard to find.', 'en')).toEqual([]);
    // Services finding people hard to reach puts the onus on services, not on the people.
    expect(findBlaming('Charities reach people public services find hard to reach.', 'en')).toEqual([]);
    expect(findBlaming('Maen nhw’n cyrraedd pobl y mae gwasanaethau cyhoeddus yn ei chael yn anodd eu cyrraedd.', 'cy')).toEqual([]);
    expect(findBlaming('Some families are hard to reach.', 'en').map((m) => m.phrase)).toEqual(['are hard to reach']);
    expect(findBlaming("Trais ar sail 'anrhydedd' fel y'i gelwir.", 'cy')).toEqual([]);
    expect(findBlaming('The child was sexually exploited and is not to blame.', 'en')).toEqual([]);
  });

  it('knows the Welsh initial mutations of a word', () => {
    expect(mutated('plentyn')).toBe('(?:mhlentyn|phlentyn|plentyn|blentyn)');
    expect(mutated('anodd')).toBe('(?:hanodd|anodd)');
  });
});

describe('the language rules themselves', () => {
  it('have a section each in docs/rules/language.md, under the anchor findings link to', () => {
    const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules', 'language.md'), 'utf8');
    for (const { meta } of languageChecks) {
      const anchor = `<a id="${meta.id.replace(/\//g, '-')}"></a>`;
      const start = page.indexOf(anchor);
      expect(start, meta.id).toBeGreaterThanOrEqual(0);
      const section = page.slice(start, page.indexOf('<a id=', start + anchor.length) >>> 0);
      expect(section).toContain(`## ${meta.id}\n`);
      expect(section).toContain(`| Severity | ${meta.severity} |`);
      expect(section).toContain(`| Guidance paragraph | ${meta.paragraph} |`);
      expect(section).toMatch(/\*\*Not OK:\*\*[\s\S]+\*\*OK:\*\*/);
    }
  });

  it('are warnings with every message and fix in English and Welsh', () => {
    for (const { meta } of languageChecks) {
      expect(meta.severity).toBe('warning');
      const message = ruleText(meta, 'message');
      const fix = ruleText(meta, 'fix');
      for (const text of [message.en, message.cy, fix.en, fix.cy]) expect(text.length).toBeGreaterThan(20);
      expect(message.cy).not.toBe(message.en);
    }
  });

  it('give a reason in both languages and an alternative for every lexicon entry', () => {
    for (const lang of ['en', 'cy'] as const) {
      expect(LEXICON[lang].length).toBeGreaterThanOrEqual(10);
      for (const entry of LEXICON[lang]) {
        expect(entry.instead.length).toBeGreaterThan(5);
        expect(entry.why.en.length).toBeGreaterThan(10);
        expect(entry.why.cy.length).toBeGreaterThan(10);
      }
    }
  });
});
