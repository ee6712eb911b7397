/**
 * Figures agree across languages (translation/figures): each pair of
 * matching sections states the same numbers, percentages, money and dates,
 * with Welsh month names and their mutations understood.
 */
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../src/lib/checks/figures/extract.ts';
import { check, completeFiles, STRATEGY, summary, withBody, type Files } from './fixtures/checks/project.ts';
import { SITE_YAML } from './helpers/project.ts';

const values = (text: string) => figuresIn(text, { line: 1, column: 1 }).map((f) => `${f.kind}:${f.value}`);

function welsh(change: (text: string) => string): Files {
  const files = completeFiles();
  files[STRATEGY.cy] = change(files[STRATEGY.cy]!);
  return files;
}

describe('figures in a passage', () => {
  it('read the same figure the same way in English and Welsh', () => {
    expect(values('£1.1 million, 38%, 2 November 2026, by March 2027, 2,900 offences, 10.8 per 1,000')).toEqual(values('£1.1 miliwn, 38 y cant, 2 Tachwedd 2026, erbyn mis Mawrth 2027, 2,900 o droseddau, 10.8 fesul 1,000'));
    expect(values('ym mis Fawrth 2026')).toEqual(['month:2026-03']);
    expect(values('29ain Hydref 2027')).toEqual(['date:2027-10-29']);
    expect(values('£616,000')).toEqual(values('£616k'));
    expect(values('aged 10 to 24')).toEqual(values('rhwng 10 a 24 oed'));
  });

  it('read "hydref" without "mis" as autumn, not October, and ordinals and words are not figures', () => {
    expect(values('yn hydref 2025')).toEqual(values('in autumn 2025'));
    expect(values('ym mis Hydref 2025')).toEqual(['month:2025-10']);
    expect(values('the 1st and 2nd; y 1af a’r 2il')).toEqual([]);
  });
});

describe('translation/figures', () => {
  it('passes the complete fixture, where a figure written as a word in one language is digits in neither', () => {
    expect(summary(check(completeFiles()))).toEqual([]);
  });

  it('fails a Welsh date that differs, at its line, with both values', () => {
    const files = welsh((t) => t.replace('erbyn 29 Hydref 2027', 'erbyn 29 Hydref 2028'));
    const analysis = check(files);
    const line = files[STRATEGY.cy]!.split('\n').findIndex((l) => l.includes('29 Hydref 2028')) + 1;
    const enLine = files[STRATEGY.en]!.split('\n').findIndex((l) => l.includes('29 October 2027')) + 1;
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:${line} translation/figures error`]);
    expect(analysis.findings[0]!.message).toBe(`This Welsh version says 29 Hydref 2028 where the English version (${STRATEGY.en}, line ${enLine}) says 29 October 2027, in the section "Adolygu".`);
    expect(analysis.messages[0]!.text.cy).toContain('yn dweud 29 Hydref 2028 lle mae\'r fersiwn Saesneg');
  });

  it.each([
    ['a count', '## Review {#review}', 'The board has 12 members.', 'Mae gan y bwrdd 21 aelod.', '21', '12'],
    ['a percentage', '## Review {#review}', 'Reports rose by 6%.', 'Cynyddodd yr adroddiadau 8%.', '8%', '6%'],
    ['money', '## Review {#review}', 'Each review costs £4,500.', 'Mae pob adolygiad yn costio £5,400.', '£5,400', '£4,500'],
    ['a month', '## Review {#review}', 'The first review is in March 2027.', 'Mae’r adolygiad cyntaf ym mis Ebrill 2027.', 'Ebrill 2027', 'March 2027'],
  ])('fails %s that differs', (_what, _h, en, cy, mine, theirs) => {
    const files = completeFiles();
    files[STRATEGY.en] = files[STRATEGY.en]!.replace('The next review is due by 29 October 2027.', `The next review is due by 29 October 2027. ${en}`);
    files[STRATEGY.cy] = files[STRATEGY.cy]!.replace('erbyn 29 Hydref 2027.', `erbyn 29 Hydref 2027. ${cy}`);
    const found = check(files).findings.filter((f) => f.rule === 'translation/figures');
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe(STRATEGY.cy);
    expect(found[0]!.message).toContain(`says ${mine} where the English version`);
    expect(found[0]!.message).toContain(`says ${theirs}, in the section`);
  });

  it('fails a figure the Welsh leaves out, at the section heading, and one only the Welsh gives', () => {
    const files = welsh((t) => withBody(t, 'review', "Mae'r bwrdd yn adolygu'r strategaeth o leiaf unwaith y flwyddyn. Mae'r adolygiad nesaf i'w gynnal erbyn diwedd yr hydref."));
    const line = files[STRATEGY.cy]!.split('\n').findIndex((l) => l.endsWith('{#review}')) + 1;
    const found = check(files).findings.filter((f) => f.rule === 'translation/figures');
    expect(found.map((f) => [f.line, f.message.startsWith('The English version')])).toEqual([[line, true]]);
    const extra = welsh((t) => t.replace('erbyn 29 Hydref 2027.', 'erbyn 29 Hydref 2027, 14 mis ar ôl ei chyhoeddi.'));
    expect(check(extra).findings.filter((f) => f.rule === 'translation/figures').map((f) => f.message)).toEqual([expect.stringContaining('gives the figure 14 in the section "Adolygu", and the English version')]);
  });

  it('accepts a figure written as a word in one language and as digits in the other', () => {
    const files = welsh((t) => t.replace('dros y tair blynedd nesaf', 'dros y 3 blynedd nesaf'));
    expect(check(files).findings.filter((f) => f.rule === 'translation/figures')).toEqual([]);
  });

  it('is a warning, not an error, where no area is in Wales', () => {
    const england = SITE_YAML.replace(/country: wales/g, 'country: england');
    const files = { ...welsh((t) => t.replace('erbyn 29 Hydref 2027', 'erbyn 29 Hydref 2028')), 'content/site.yaml': england };
    const found = check(files).findings.filter((f) => f.rule === 'translation/figures');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('figures across documents (content/data/*.yaml and <Figure id />)', () => {
  const DATA = `figures:\n  - id: homicides\n    value: 12\n    unit: count\n    period: 1 April 2023 to 31 March 2026\n    source: police recorded crime\n    label: { en: homicides recorded by police, cy: dynladdiadau a gofnodwyd gan yr heddlu }\n    words: { en: [homicides], cy: [o ddynladdiadau] }\n`;
  const withData = (files: Files): Files => ({ ...files, 'content/data/figures.yaml': DATA });

  it('warns where prose states a declared measure with another value, naming both values and the data line, in either language', () => {
    const files = withData(completeFiles());
    files[STRATEGY.en] = files[STRATEGY.en]!.replace('We aim to keep homicides as low as possible and below the baseline.', 'There were 11 homicides in the three years to March 2026.');
    files[STRATEGY.cy] = files[STRATEGY.cy]!.replace(/(\{#national-homicide\}\n\n)/, '$1Bu 11 o ddynladdiadau yn y tair blynedd hyd at fis Mawrth 2026. ');
    const found = check(files).findings.filter((f) => f.rule === 'content/figure-contradicts');
    expect(found.map((f) => [f.file, f.severity])).toEqual([[STRATEGY.en, 'warning'], [STRATEGY.cy, 'warning']]);
    expect(found[0]!.message).toBe('This says 11 for homicides recorded by police, but content/data declares it as 12 (content/data/figures.yaml, line 2), so the documents disagree.');
  });

  it('accepts the declared value, another period, and a breakdown by area', () => {
    const files = withData(completeFiles());
    files[STRATEGY.en] = files[STRATEGY.en]!.replace('We aim to keep homicides as low as possible and below the baseline.', 'There were 12 homicides in the three years to March 2026, against 10 homicides in 2019 to 2022.');
    expect(check(files).findings.filter((f) => f.rule.startsWith('content/figure'))).toEqual([]);
  });

  it('fails a <Figure> whose id is not declared', () => {
    const files = withData(completeFiles());
    files[STRATEGY.en] = files[STRATEGY.en]!.replace('We aim to keep homicides as low as possible and below the baseline.', 'There were <Figure id="homicide" /> homicides.');
    const found = check(files).findings.filter((f) => f.rule === 'content/figure-unknown');
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]!.message).toContain('<Figure id="homicide" /> names no figure declared in content/data/ (declared: homicides)');
  });
});

describe('one publication date', () => {
  it('fails a strategy whose published date differs from site.yaml, naming both lines', () => {
    const files = completeFiles();
    files[STRATEGY.en] = files[STRATEGY.en]!.replace('published: 2026-11-02', 'published: 2026-11-09');
    const found = check(files).findings.filter((f) => f.rule === 'dates/publication-mismatch');
    expect(found.map((f) => [f.file, f.line])).toEqual([[STRATEGY.en, 8]]);
    expect(found[0]!.message).toMatch(/published on 2026-11-09, but content\/site\.yaml \(line \d+\) says 2026-11-02/);
  });

  it('treats a sent record older than a new edition as not sent', () => {
    const site = SITE_YAML.includes('submission:') ? SITE_YAML.replace(/submission:\n/, 'submission:\n  sentToHomeOffice: 2025-11-05\n') : `${SITE_YAML}\nsubmission:\n  sentToHomeOffice: 2025-11-05\n`;
    const found = check({ ...completeFiles(), 'content/site.yaml': site }).findings.filter((f) => f.rule === 'dates/sent-before-published');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('sent to the Home Office on 2025-11-05, before this edition was published on 2026-11-02')]);
  });

  it('counts a sent record against the current edition: sent for the first edition is not sent for the second', () => {
    const sent = (date: string, edition?: string) => {
      const dated = edition ? SITE_YAML.replace('  published: 2026-11-02\n', `  published: 2026-11-02\n  editionPublished: ${edition}\n`) : SITE_YAML;
      const site = dated.includes('submission:') ? dated.replace(/submission:\n/, `submission:\n  sentToHomeOffice: ${date}\n`) : `${dated}\nsubmission:\n  sentToHomeOffice: ${date}\n`;
      return check({ ...completeFiles(), 'content/site.yaml': site }).findings.filter((f) => f.rule === 'dates/sent-before-published').map((f) => f.message);
    };
    expect(sent('2026-11-05')).toEqual([]);
    expect(sent('2026-11-05', '2027-11-10')).toEqual([expect.stringContaining('sent to the Home Office on 2026-11-05, before this edition was published on 2027-11-10')]);
    expect(sent('2027-11-12', '2027-11-10')).toEqual([]);
  });

  it('refuses an edition published before the strategy was, at its line in site.yaml', () => {
    const site = (edition: string) => SITE_YAML.replace('  published: 2026-11-02\n', `  published: 2026-11-02\n  editionPublished: ${edition}\n`);
    const line = site('2025-11-10').split('\n').findIndex((l) => l.includes('editionPublished')) + 1;
    const found = check({ ...completeFiles(), 'content/site.yaml': site('2025-11-10') }).findings.filter((f) => f.rule === 'dates/edition-before-published');
    expect(found.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual([`content/site.yaml:${line} error`]);
    expect(found[0]!.message).toBe("The current edition's publication date (editionPublished, 2025-11-10) is before the strategy was first published (2026-11-02).");
    expect(check({ ...completeFiles(), 'content/site.yaml': site('2027-11-10') }).findings.filter((f) => f.rule === 'dates/edition-before-published')).toEqual([]);
  });
});
