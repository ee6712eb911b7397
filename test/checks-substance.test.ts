/**
 * Section rubrics (src/lib/checks/rubric/): each point fails when the words
 * that carry it are taken out of an otherwise good section, in English and
 * in Welsh, and the finding names the point and its guidance paragraph. The
 * real-world failures from issue 11 each fail. The real engine runs over
 * temp copies of the complete fixture.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../src/lib/content/parse.ts';
import { verdictsFor } from '../src/lib/checks/rubric/substance-rule.ts';
import { STRATEGY_SECTIONS, SNA_SECTIONS, SUBSTANCE_RULES } from '../src/lib/checks/requirements.ts';
import type { RubricRequirement } from '../src/lib/checks/rubric/substance-rule.ts';
import { check, completeFiles, SNA, STRATEGY, withBody, type Files } from './fixtures/checks/project.ts';
import { bodyOf, CASES } from './fixtures/substance/cases.ts';
import { HELD_OUT } from './fixtures/substance/held-out.ts';

const REQUIREMENTS = [...STRATEGY_SECTIONS, ...SNA_SECTIONS].map((r) => r.requirement).filter((r): r is RubricRequirement => Boolean(r.rubric));

function withSection(collection: 'strategy' | 'sna', lang: 'en' | 'cy', key: string, body: string): { files: Files; path: string; line: number } {
  const path = (collection === 'strategy' ? STRATEGY : SNA)[lang];
  const files = completeFiles();
  files[path] = withBody(files[path]!, key, body);
  return { files, path, line: files[path]!.split('\n').findIndex((l) => l.endsWith(`{#${key}}`)) + 1 };
}

/** The substance findings of one rule in one file, with their text in both languages. */
function substance(files: Files, rule: string, path: string) {
  return check(files).messages.filter((m) => m.ruleId === rule && m.file === path);
}

describe('section rubrics', () => {
  it('give every error-level section rule a rubric, plus governance and success measures', () => {
    const errors = [...STRATEGY_SECTIONS, ...SNA_SECTIONS].filter((r) => r.meta.severity === 'error').map((r) => r.meta.id);
    const withRubric = REQUIREMENTS.map((r) => r.id);
    for (const id of errors) expect(withRubric, id).toContain(id);
    expect(withRubric).toEqual(expect.arrayContaining(['strategy/governance', 'strategy/success-measures']));
    expect(SUBSTANCE_RULES.map((r) => r.meta.id).sort()).toEqual(withRubric.map((id) => `${id}-substance`).sort());
    for (const rule of SUBSTANCE_RULES) expect(rule.meta.statutory, `${rule.meta.id} must be waivable`).toBeFalsy();
  });

  it('cover every rubric point in the test cases, in both languages', () => {
    for (const r of REQUIREMENTS) {
      const c = CASES.find((x) => x.rule === `${r.id}-substance`);
      expect(c, r.id).toBeDefined();
      for (const lang of ['en', 'cy'] as const) for (const p of r.rubric.points) expect(c![lang].some((part) => part.points?.includes(p.id)), `${r.id} ${p.id} ${lang}`).toBe(true);
    }
  });

  // The rubric itself, on the engine's parser: fast enough to try every point in both languages.
  const judged = (c: (typeof CASES)[number], lang: 'en' | 'cy', body: string) => {
    const r = REQUIREMENTS.find((x) => `${x.id}-substance` === c.rule)!;
    const tree = parseMdx(new VFile({ path: 'section.mdx', value: `## ${r.title[lang]} {#${c.key}}\n\n${body}\n` }));
    return verdictsFor(r, tree, lang)!.verdicts.map((v) => (v.kind === 'point' ? v.point.id : v.kind));
  };

  describe.each(['en', 'cy'] as const)('in %s', (lang) => {
    it.each(CASES.map((c) => [c.rule, c] as const))('%s: passes with every point, fails on exactly the point taken out', (_rule, c) => {
      const r = REQUIREMENTS.find((x) => `${x.id}-substance` === c.rule)!;
      expect(judged(c, lang, bodyOf(c[lang], lang))).toEqual([]);
      for (const p of r.rubric.points) expect(judged(c, lang, bodyOf(c[lang], lang, p.id)).filter((v) => v !== 'short'), `without ${p.id}`).toEqual([p.id]);
    });
  });

  it.each(['en', 'cy'] as const)('report a missing point through the engine at the heading, naming it and its paragraph, in both languages (%s)', (lang) => {
    const c = CASES.find((x) => x.rule === 'strategy/education-prisons-substance')!;
    const point = REQUIREMENTS.find((r) => r.id === 'strategy/education-prisons')!.rubric.points.find((p) => p.id === 'youth-custody')!;
    const bad = withSection('strategy', lang, c.key, bodyOf(c[lang], lang, 'youth-custody'));
    const found = substance(bad.files, c.rule, bad.path);
    expect(found).toHaveLength(1);
    expect(found[0]!.text.en).toContain(`does not ${point.needs.en}`);
    expect(found[0]!.text.cy).toContain(`yn ${point.needs.cy}`);
    expect([found[0]!.paragraph, found[0]!.line, found[0]!.fatal]).toEqual(['25-27, 293', bad.line, true]);
  });
});

describe('the real-world cases from issue 11', () => {
  const messages = (collection: 'strategy' | 'sna', lang: 'en' | 'cy', key: string, body: string) => {
    const { files, path } = withSection(collection, lang, key, body);
    return check(files).findings.filter((f) => f.file === path && f.rule.endsWith('-substance'));
  };

  it('fails a one-word "Yes." equality section, naming the Equality Act and its paragraph', () => {
    const found = messages('strategy', 'en', 'equality', 'Yes.');
    expect(found.map((f) => f.rule)).toEqual(Array(4).fill('strategy/equality-substance'));
    expect(found[0]!.message).toContain('has 1 word: too few');
    expect(found.map((f) => f.message).join('\n')).toContain('does not name the Equality Act 2010');
    expect(found.map((f) => f.paragraph)).toContain('157, 163');
  });

  it('fails an education, prisons and youth custody section that only names a record label', () => {
    const found = messages('strategy', 'en', 'education-prisons', 'We are proud to work with Jailhouse Rock Records, an independent record label based in the town centre.');
    const text = found.map((f) => f.message).join('\n');
    expect(text).toContain('does not name the educational authorities');
    expect(text).toContain('does not name the prison authorities');
    expect(text).toContain('does not name the youth custody authorities');
    expect(text).toContain('does not say how they were consulted');
  });

  it('fails a review section with no date', () => {
    const found = messages('strategy', 'en', 'review', 'The Strategic Partnership Board will review this strategy every year and agree any changes to it with partners.');
    expect(found.map((f) => [f.paragraph, f.message.includes('give the date of the next review')])).toEqual([['41c, 153', true]]);
  });

  it('fails an off-topic appendix of domestic abuse law keyed {#governance}, in Welsh too', () => {
    const en = messages('strategy', 'en', 'governance', 'Section 1 of the Domestic Abuse Act 2021 defines domestic abuse as behaviour of a person towards another person if they are each aged 16 or over and are personally connected to each other. Behaviour is abusive if it consists of physical or sexual abuse, violent or threatening behaviour, controlling or coercive behaviour, economic abuse, or psychological, emotional or other abuse.');
    expect(en.map((f) => f.message).join('\n')).toMatch(/does not name the board, group or partnership[\s\S]*does not say how it meets and monitors progress/);
    const cy = messages('strategy', 'cy', 'governance', "Mae adran 1 o Ddeddf Cam-drin Domestig 2021 yn diffinio cam-drin domestig fel ymddygiad person tuag at berson arall os yw'r ddau yn 16 oed neu'n hŷn a bod cysylltiad personol rhyngddynt. Mae ymddygiad yn gamdriniol os yw'n cynnwys cam-drin corfforol neu rywiol, ymddygiad treisgar neu fygythiol, neu ymddygiad rheolaethol neu gymhellol.");
    expect(cy.map((f) => f.rule)).toEqual(['strategy/governance-substance', 'strategy/governance-substance']);
  });

  it('fails a section that only repeats its heading', () => {
    const found = messages('strategy', 'cy', 'equality', 'Cydraddoldeb.');
    expect(found[0]!.message).toContain('only repeats its heading');
  });

  it('lets a partnership waive a finding the rubric cannot be sure of, with a reason, and lists the waiver', () => {
    const body = '{/* svd-waive strategy/review-substance: the review date is set by the Board each spring and published in its minutes. Approved by J. Whitfield, Chair of the Board */}\n\nThe Strategic Partnership Board will review this strategy every year and agree any changes to it with partners.';
    const { files, path } = withSection('strategy', 'en', 'review', 'PLACEHOLDER');
    files[path] = files[path]!.replace(/## Review \{#review\}\n\nPLACEHOLDER/, `${body.split('\n\n')[0]}\n## Review {#review}\n\n${body.split('\n\n')[1]}`);
    const analysis = check(files);
    expect(analysis.findings.filter((f) => f.rule === 'strategy/review-substance')).toEqual([]);
    expect(analysis.waived).toContainEqual(expect.objectContaining({ rule: 'strategy/review-substance', approvedBy: 'J. Whitfield, Chair of the Board' }));
  });
});

describe('real published sections kept aside (test/fixtures/substance/held-out.ts)', () => {
  it('agree with a reader on at least the first-run figure of 36 of 40 points (now 39)', () => {
    let agree = 0;
    let total = 0;
    for (const c of HELD_OUT) {
      const r = REQUIREMENTS.find((x) => `${x.id}-substance` === c.rule)!;
      const tree = parseMdx(new VFile({ path: 'held-out.mdx', value: `## ${c.heading} {#${r.key}}\n\n${c.text}\n` }));
      const failed = verdictsFor(r, tree, c.lang)!.verdicts.flatMap((v) => (v.kind === 'point' ? [v.point.id] : []));
      for (const p of r.rubric.points) {
        total += 1;
        if (failed.includes(p.id) === c.missing.includes(p.id)) agree += 1;
      }
    }
    expect(total).toBe(40);
    expect(agree).toBeGreaterThanOrEqual(36);
  });
});
