/**
 * The statutory completeness rules, run by the real engine over temp copies
 * of the complete fixture (test/fixtures/checks/complete), each broken in one
 * way. Every case asserts the exact finding: file, line, rule, severity.
 */
import { describe, expect, it } from 'vitest';
import { formatHuman } from '../src/lib/engine/format.ts';
import { SNA_SECTIONS, STRATEGY_SECTIONS } from '../src/lib/checks/requirements.ts';
import { check, completeFiles, rehash, SNA, STRATEGY, summary, withBody, withoutSection, withSetting, type Files } from './fixtures/checks/project.ts';

function edit(path: string, change: (text: string) => string, files: Files = completeFiles()): Files {
  return { ...files, [path]: change(files[path]!) };
}

/** Break the English side and record the Welsh as re-translated, so only the rule under test fires. */
function editEnglish(path: string, change: (text: string) => string): Files {
  return rehash(edit(path, change));
}

describe('the complete fixture', () => {
  it('passes every check in both languages, with no warnings', () => {
    const analysis = check(completeFiles());
    expect(summary(analysis)).toEqual([]);
  });
});

describe('required sections', () => {
  const statutory = [...STRATEGY_SECTIONS, ...SNA_SECTIONS].filter((r) => r.meta.severity === 'error');

  it('treats what the Act requires as statutory errors, and para 154 "could usefully include" items as warnings', () => {
    expect(statutory.map((r) => r.meta.id).sort()).toEqual([
      'sna/drivers',
      'sna/local-definition',
      'sna/violence-types',
      'strategy/actions',
      'strategy/education-prisons',
      'strategy/equality',
      'strategy/local-definition',
      'strategy/review',
      'strategy/sna-summary',
    ]);
    for (const rule of statutory) expect(rule.meta.statutory, rule.meta.id).toBe(true);
    for (const id of ['strategy/governance', 'strategy/executive-summary', 'strategy/success-measures', 'sna/data-gaps']) {
      expect([...STRATEGY_SECTIONS, ...SNA_SECTIONS].find((r) => r.meta.id === id)?.meta.severity).toBe('warning');
    }
  });

  it.each(['en', 'cy'] as const)('reports any required section deleted from the %s version as an error naming the file, the requirement and its paragraph', (lang) => {
    for (const rule of statutory) {
      const { collection, key, title } = rule.requirement;
      const path = (collection === 'strategy' ? STRATEGY : SNA)[lang];
      const files = lang === 'en' ? editEnglish(path, (t) => withoutSection(t, key)) : edit(path, (t) => withoutSection(t, key));
      const analysis = check(files);
      expect(summary(analysis), rule.meta.id).toEqual([`${path}:1 ${rule.meta.id} error`]);
      const text = formatHuman(analysis, 'en');
      expect(text).toContain(`${path}:1:1  error  ${rule.meta.id}  `);
      expect(text).toContain(`"${title.en}"`);
      expect(text).toContain(`(guidance para ${rule.meta.paragraph})`);
      expect(formatHuman(analysis, 'cy')).toContain(`"${title.cy}"`);
    }
  });

  it('reports a section missing only from the Welsh version on the Welsh file, in Welsh when asked', () => {
    const analysis = check(edit(STRATEGY.cy, (t) => withoutSection(t, 'education-prisons')));
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:1 strategy/education-prisons error`]);
    expect(formatHuman(analysis, 'cy')).toContain(
      `${STRATEGY.cy}:1:1  gwall  strategy/education-prisons  Nid oes gan y strategaeth adran "Ymgynghori ag awdurdodau addysgol, carchardai a dalfa ieuenctid"`,
    );
  });

  it('reports a guidance-level section as a warning, which does not block publication', () => {
    const files = edit(STRATEGY.cy, (t) => withoutSection(t, 'governance'), editEnglish(STRATEGY.en, (t) => withoutSection(t, 'governance')));
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:1 strategy/governance warning`, `${STRATEGY.cy}:1 strategy/governance warning`]);
    expect(analysis.errors).toBe(0);
  });

  it('counts an empty section as missing, pointing at its heading', () => {
    const files = editEnglish(STRATEGY.en, (t) => withBody(t, 'review', ''));
    const analysis = check(files);
    const line = files[STRATEGY.en]!.split('\n').findIndex((l) => l.endsWith('{#review}')) + 1;
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:${line} strategy/review error`]);
    expect(analysis.findings[0]!.message).toBe('The "Review" section ({#review}) has no text, so the strategy does not cover "Review" yet.');
  });

  it.each([
    ["I'W GADARNHAU", "I'W GADARNHAU"],
    ['I’w wneud.', "I'w wneud"],
    ['[Mewnosod y dyddiad adolygu yma]', '[Mewnosod y dyddiad adolygu yma]'],
    ['Testun i ddilyn', 'Testun i ddilyn'],
    ['TBC', 'TBC'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'Lorem ipsum'],
    ['- TODO\n- to follow', 'TODO'],
  ])('counts a Welsh section holding only placeholder text (%s) as missing', (body, sample) => {
    const files = edit(STRATEGY.cy, (t) => withBody(t, 'review', body));
    const analysis = check(files);
    const line = files[STRATEGY.cy]!.split('\n').findIndex((l) => l.endsWith('{#review}')) + 1;
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:${line} strategy/review error`]);
    expect(formatHuman(analysis, 'cy')).toContain(`Dim ond testun dros dro ("${sample}") sydd yn yr adran "Adolygu" ({#review})`);
  });

  it('accepts a real sentence that mentions a placeholder word, and sub-sections that carry the text', () => {
    const files = edit(STRATEGY.cy, (t) => withBody(t, 'review', "Mae'r bwrdd yn adolygu'r strategaeth bob blwyddyn. Bydd yr adolygiad nesaf erbyn 29 Hydref 2027; mae'r union ddiwrnod i'w gadarnhau gan y bwrdd."));
    expect(summary(check(files))).toEqual([]);
    const nested = editEnglish(STRATEGY.en, (t) => withBody(t, 'review', '### How we review\n\nThe board reviews the strategy every year. The next review is due by 29 October 2027.'));
    // The Welsh has the sub-heading too: a heading only one version has is a parity gap (translation/sections).
    const both = edit(STRATEGY.cy, (t) => withBody(t, 'review', "### Sut rydym yn adolygu\n\nMae'r bwrdd yn adolygu'r strategaeth bob blwyddyn. Mae'r adolygiad nesaf i'w gynnal erbyn 29 Hydref 2027."), nested);
    expect(summary(check(both))).toEqual([]);
    expect(summary(check(nested))).toEqual([`${STRATEGY.cy}:${nested[STRATEGY.cy]!.split('\n').findIndex((l) => l.endsWith('{#review}')) + 1} translation/sections error`]);
  });

  it('expects the annual assessment only from the second edition', () => {
    const second = rehash(edit(STRATEGY.en, (t) => withSetting(t, 'edition', '2')));
    const files = edit(STRATEGY.cy, (t) => withSetting(t, 'edition', '2'), second);
    expect(summary(check(files))).toEqual([`${STRATEGY.en}:1 strategy/annual-assessment warning`, `${STRATEGY.cy}:1 strategy/annual-assessment warning`]);
  });

  it('checks a draft but reports its gaps as warnings, since it is not published', () => {
    const files = edit(STRATEGY.cy, (t) => withSetting(withoutSection(t, 'equality'), 'status', 'draft'));
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:5 translation/counterpart error`, `${STRATEGY.cy}:1 strategy/equality warning`]);
    expect(analysis.findings[0]!.message).toBe(`The Welsh version (${STRATEGY.cy}) is still a draft, so this document would be published in one language only.`);
  });

  it('reports a site with no strategy at all, and warns when there is no SNA summary', () => {
    const files = completeFiles();
    const noStrategy = Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('content/strategy/')));
    expect(summary(check(noStrategy))).toEqual(['content/site.yaml:1 strategy/missing error']);
    const noSna = Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('content/sna/')));
    expect(summary(check(noSna))).toEqual(['content/site.yaml:1 sna/missing warning']);
  });
});

describe('success measures', () => {
  it('wants each national measure inside the success measures section', () => {
    const files = editEnglish(STRATEGY.en, (t) => withoutSection(t, 'national-homicide'));
    const analysis = check(files);
    const line = files[STRATEGY.en]!.split('\n').findIndex((l) => l.endsWith('{#success-measures}')) + 1;
    // The heading is a warning (structure); no longer naming the measure at all is the rubric's error.
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:1 translation/sections error`, `${STRATEGY.en}:${line} strategy/national-measures warning`, `${STRATEGY.en}:${line} strategy/success-measures-substance error`]);
    expect(analysis.findings[1]!.message).toContain('"Homicides recorded by the police"');
    expect(analysis.findings[2]!.message).toContain('does not name the national measure "homicides recorded by the police"');
  });

  it('wants at least one local measure', () => {
    const files = edit(STRATEGY.cy, (t) => withoutSection(t, 'local-youth-violence-public-space'), editEnglish(STRATEGY.en, (t) => withoutSection(t, 'local-youth-violence-public-space')));
    expect(summary(check(files))).toEqual([
      expect.stringMatching(/^content\/strategy\/en\/index\.mdx:\d+ strategy\/local-measure warning$/),
      expect.stringMatching(/^content\/strategy\/cy\/index\.mdx:\d+ strategy\/local-measure warning$/),
    ]);
  });
});

describe('requirement keys', () => {
  const heading = (files: Files, path: string, key: string) => files[path]!.split('\n').findIndex((l) => l.endsWith(`{#${key}}`)) + 1;

  it.each([
    ['goverance', 'governance'],
    ['llywodraethu', 'governance'],
    ['equalities', 'equality'],
    ['crynodeb-gweithredol', 'executive-summary'],
  ])('reports the unknown key {#%s} with "did you mean {#%s}"', (typo, meant) => {
    const files = edit(STRATEGY.cy, (t) => t.replace(`{#${meant}}`, `{#${typo}}`));
    const analysis = check(files);
    const line = heading(files, STRATEGY.cy, typo);
    const unknown = analysis.findings.filter((f) => f.rule === 'content/unknown-key');
    expect(unknown.map((f) => `${f.line} ${f.severity}`)).toEqual([`${line} error`]);
    expect(unknown[0]!.message).toContain(`Did you mean {#${meant}}?`);
    // The section it was meant to mark now counts as missing.
    expect(analysis.findings.some((f) => f.rule === `strategy/${meant}` && f.file === STRATEGY.cy)).toBe(true);
  });

  it('reports a key nothing resembles without a suggestion', () => {
    const files = edit(STRATEGY.en, (t) => t.replace('## Executive summary {#executive-summary}', '## Executive summary {#executive-summary}\n\n## Our partners in sport {#football}\n\nText.'));
    const unknown = check(rehash(files)).findings.filter((f) => f.rule === 'content/unknown-key');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).not.toContain('Did you mean');
  });

  it('allows local- and national- keys only inside the success measures, and SNA keys only under the SNA summary', () => {
    const misplaced = editEnglish(STRATEGY.en, (t) => `${t}\n## Other work {#local-other-work}\n\nText.\n`);
    expect(summary(check(misplaced))).toEqual([`${STRATEGY.en}:${misplaced[STRATEGY.en]!.split('\n').length - 3} content/unknown-key error`]);
    const snaKey = editEnglish(STRATEGY.en, (t) => `${t}\n## Drivers {#drivers}\n\nText.\n`);
    expect(check(snaKey).findings[0]!.message).toBe('The key {#drivers} marks a section of the SNA summary, not of the strategy.');
    const nested = (t: string) => t.replace('## Actions {#actions}', '### Causes {#drivers}\n\nExploitation and exclusion.\n\n## Actions {#actions}').replace('## Camau gweithredu {#actions}', '### Achosion {#drivers}\n\nCamfanteisio a gwahardd.\n\n## Camau gweithredu {#actions}');
    expect(summary(check(rehash(edit(STRATEGY.cy, nested, edit(STRATEGY.en, nested)))))).toEqual([]);
  });

  it('reports a key used twice in one document', () => {
    const files = editEnglish(STRATEGY.en, (t) => `${t}\n## More governance {#governance}\n\nMore text.\n`);
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:${files[STRATEGY.en]!.split('\n').length - 3} content/duplicate-key error`]);
    expect(analysis.findings[0]!.message).toBe(`The key {#governance} is already used on line ${heading(files, STRATEGY.en, 'governance')}. Each key can be used once in a document.`);
  });
});
