/**
 * Bad frontmatter gives a clear message naming the file, the line, the field,
 * what was expected and what was found, and no stack trace.
 */
import { describe, expect, it } from 'vitest';
import { formatHuman, formatJson } from '../src/lib/engine/format.ts';
import { analyseTexts, CY_PAGE, EN_PAGE, mdx } from './helpers/project.ts';

function findings(files: Record<string, string>) {
  const analysis = analyseTexts(files, { sets: [] });
  return { analysis, text: formatHuman(analysis) };
}

const { title: _title, ...NO_TITLE } = EN_PAGE;

describe('frontmatter errors', () => {
  it('missing title', () => {
    const { analysis, text } = findings({ 'content/pages/en/about.mdx': mdx(NO_TITLE) });
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({ rule: 'content/frontmatter', severity: 'error', file: 'content/pages/en/about.mdx', message: '"title" is missing. Add it: it should be some text.' }),
    );
    expect(text).toContain('content/pages/en/about.mdx:');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('wrong date, at the line of the field', () => {
    const { analysis } = findings({ 'content/pages/en/about.mdx': mdx({ ...EN_PAGE, published: '2026-02-30' }) });
    const finding = analysis.findings.find((f) => f.rule === 'content/frontmatter');
    expect(finding?.message).toBe('"published" should be a real date, written as YYYY-MM-DD, but it is "2026-02-30".');
    // Line 1 is the opening ---; published is the 7th field.
    expect(finding?.line).toBe(8);
  });

  it('unknown language', () => {
    const { analysis } = findings({ 'content/pages/en/about.mdx': mdx({ ...EN_PAGE, lang: 'fr' }) });
    expect(analysis.findings.map((f) => f.message)).toContain('"lang" should be one of "en", "cy", but it is "fr".');
  });

  it('misspelt field', () => {
    const { analysis } = findings({ 'content/pages/en/about.mdx': mdx({ ...EN_PAGE, titel: 'About' }) });
    expect(analysis.findings.map((f) => f.message)).toContain('"titel" is not a field SVD Publisher knows. Check the spelling, or remove it.');
  });

  it('duplicate translation key', () => {
    const { analysis } = findings({
      'content/pages/en/about.mdx': mdx(EN_PAGE),
      'content/pages/en/about-us.mdx': mdx({ ...EN_PAGE, slug: 'about-us' }),
    });
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({ rule: 'content/duplicate-translation-key', message: expect.stringMatching(/^Two en documents share translationKey "about": this one and content\/pages\/en\/about(-us)?\.mdx\.$/) }),
    );
  });

  it('draft-only strategy', () => {
    const strategy = { ...EN_PAGE, title: 'Strategy', translationKey: 'strategy', slug: 'strategy', status: 'draft' };
    const { analysis } = findings({ 'content/strategy/en/index.mdx': mdx(strategy), 'content/strategy/cy/index.mdx': mdx({ ...strategy, lang: 'cy', slug: 'strategaeth' }) });
    const messages = analysis.findings.filter((f) => f.rule === 'content/draft-only');
    expect(messages).toHaveLength(2);
    expect(messages[0]!.message).toBe('The strategy has status: draft and there is no published version, so the site would have no strategy.');
  });

  it('language folder and lang disagree', () => {
    const { analysis } = findings({ 'content/pages/en/amdanom-ni.mdx': mdx(CY_PAGE) });
    expect(analysis.findings).toContainEqual(expect.objectContaining({ rule: 'content/language-folder', message: 'This file is in the "en" folder but says lang: cy.' }));
  });

  it('malformed YAML, at its line', () => {
    const { analysis } = findings({ 'content/pages/en/about.mdx': '---\ntitle: About\nsummary: [unclosed\nlang: en\n---\n\nText.\n' });
    const finding = analysis.findings.find((f) => f.rule === 'content/yaml');
    expect(finding).toBeDefined();
    expect(finding!.line).toBeGreaterThanOrEqual(3);
    expect(finding!.message).not.toMatch(/at line \d+, column/);
  });

  it('broken MDX, at its line', () => {
    const { analysis } = findings({ 'content/pages/en/about.mdx': mdx(EN_PAGE, 'Fine line.\n\nFewer than 5 {people\n') });
    const finding = analysis.findings.find((f) => f.rule === 'content/mdx');
    expect(finding).toMatchObject({ severity: 'error', line: 13 });
  });

  it('a broken site.yaml names the field', () => {
    const { analysis } = findings({ 'content/site.yaml': 'partnership:\n  name: { en: X }\n  model: { en: Y }\nareas:\n  - name: { en: Z }\n    country: scotland\ncontact:\n  email: not-an-email\ndates:\n  published: 2026-11-02\n  nextReview: 2027-10-01\n' });
    const messages = analysis.findings.filter((f) => f.rule === 'config/site').map((f) => `${f.line}: ${f.message}`);
    expect(messages).toContain('The site settings are not right: "areas[1].country" should be one of "england", "wales", but it is "scotland".'.replace(/^/, '6: '));
    expect(messages.some((m) => m.startsWith('8: ') && m.includes('"contact.email" should be an email address'))).toBe(true);
  });

  it('says each of these in Welsh too, from locales/cy/schema.json, field names as written', () => {
    const welsh = (files: Record<string, string>) => (JSON.parse(formatJson(analyseTexts(files, { sets: [] }), 'cy')) as { findings: { rule: string; message: string }[] }).findings.map((f) => f.message);
    const page = 'content/pages/en/about.mdx';
    expect(welsh({ [page]: mdx(NO_TITLE) })).toContain('Mae "title" ar goll. Ychwanegwch ef: dylai fod yn destun.');
    expect(welsh({ [page]: mdx({ ...EN_PAGE, published: '2026-02-30' }) })).toContain('Dylai "published" fod yn ddyddiad go iawn, wedi\'i ysgrifennu fel BBBB-MM-DD, ond "2026-02-30" ydyw.');
    expect(welsh({ [page]: mdx({ ...EN_PAGE, titel: 'About', sumary: 'x' }) }).join('\n')).toContain('Nid yw "titel", "sumary" yn feysydd y mae SVD Publisher yn eu hadnabod.');
    const site = welsh({ 'content/site.yaml': 'partnership:\n  name: { en: X }\n  model: { en: Y }\n  brandColour: "#f0b400"\nareas: []\ncontact:\n  email: not-an-email\ndates:\n  published: 2026-11-02\n  nextReview: 2027-10-01\n' });
    expect(site).toContain('Nid yw gosodiadau\'r wefan yn gywir: Mae angen o leiaf un ardal llywodraeth leol yn "areas".');
    expect(site).toContain('Nid yw gosodiadau\'r wefan yn gywir: Dylai "contact.email" fod yn gyfeiriad e-bost, ond "not-an-email" ydyw.');
    expect(site.find((m) => m.includes('brandColour'))).toMatch(/Mae ganddo 1\.9:1; "#957000" yw'r un lliw/);
    // Nothing English left in a Welsh sentence about settings.
    for (const message of site) expect(message).not.toMatch(/ should be | is missing|but it is/);
  });

  it('names a setting written twice, in either language', () => {
    const files = { 'content/pages/en/about.mdx': mdx(EN_PAGE).replace('\ntitle:', '\ntitle: Once\ntitle:') };
    const cy = JSON.parse(formatJson(analyseTexts(files, { sets: [] }), 'cy')) as { findings: { message: string }[] };
    expect(analyseTexts(files, { sets: [] }).findings.map((f) => f.message).join('\n')).toContain('"title" is written twice. Keep one of them.');
    expect(cy.findings.map((f) => f.message).join('\n')).toContain('Mae "title" wedi\'i ysgrifennu ddwywaith. Cadwch un ohonynt.');
  });
});
