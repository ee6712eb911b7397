/**
 * The date rules (with a fixed "now") and what a partnership's config can
 * and cannot change.
 */
import { describe, expect, it } from 'vitest';
import { check, completeFiles, rehash, SNA, STRATEGY, summary, withoutSection, withSetting, type Files } from './fixtures/checks/project.ts';

const line = (files: Files, path: string, name: string) => files[path]!.split('\n').findIndex((l) => l.startsWith(`${name}:`)) + 1;
const siteLine = (files: Files, name: string) => files['content/site.yaml']!.split('\n').findIndex((l) => l.trim().startsWith(`${name}:`)) + 1;

/** Change a setting in every strategy and SNA file, keeping the Welsh hashes current. */
function everywhere(name: string, value: string | undefined, files: Files = completeFiles()): Files {
  const out = { ...files };
  for (const path of [STRATEGY.en, STRATEGY.cy, SNA.en, SNA.cy]) out[path] = withSetting(out[path]!, name, value);
  return rehash(out);
}

describe('dates', () => {
  it('reports an overdue review in every document and in site.yaml once the next review date has passed', () => {
    const files = completeFiles();
    const analysis = check(files, new Date('2027-10-30T09:00:00Z'));
    expect(summary(analysis)).toEqual([
      `content/site.yaml:${siteLine(files, 'nextReview')} dates/review-overdue error`,
      `${STRATEGY.en}:${line(files, STRATEGY.en, 'nextReview')} dates/review-overdue error`,
      `${STRATEGY.cy}:${line(files, STRATEGY.cy, 'nextReview')} dates/review-overdue error`,
      `${SNA.en}:${line(files, SNA.en, 'nextReview')} dates/review-overdue error`,
      `${SNA.cy}:${line(files, SNA.cy, 'nextReview')} dates/review-overdue error`,
    ]);
    expect(analysis.findings[1]!.message).toBe('The review was due on 2027-10-29 and today is 2027-10-30: the review is overdue.');
    expect(analysis.findings[1]!.paragraph).toBe('41c, 153');
  });

  it('counts the review date as a UK calendar day: not overdue on the day itself', () => {
    expect(summary(check(completeFiles(), new Date('2027-10-29T22:30:00Z')))).toEqual([]);
    // 23:30 UTC on 29 March 2027 is already 30 March in the UK (summer time).
    const files = everywhere('nextReview', '2027-03-29');
    files['content/site.yaml'] = files['content/site.yaml']!.replace('nextReview: 2027-10-29', 'nextReview: 2027-03-29');
    expect(check(files, new Date('2027-03-29T22:30:00Z')).findings).toHaveLength(0);
    expect(check(files, new Date('2027-03-29T23:30:00Z')).findings.map((f) => f.rule)).toEqual(Array(5).fill('dates/review-overdue'));
  });

  it('wants the next review no more than 12 months after publication, or after the last review', () => {
    const late = everywhere('nextReview', '2027-11-03');
    const analysis = check(late);
    expect(summary(analysis)).toEqual([STRATEGY.en, STRATEGY.cy, SNA.en, SNA.cy].map((p) => `${p}:${line(late, p, 'nextReview')} dates/review-interval error`));
    expect(analysis.findings[0]!.message).toBe('The next review date (2027-11-03) is more than 12 months after the publication date (2026-11-02).');
    expect(analysis.findings[0]!.fix).toBe('Set nextReview to 2027-11-02 or earlier: the strategy must be reviewed at least once a year.');
    const reviewed = everywhere('lastReviewed', '2027-09-01', everywhere('nextReview', '2028-08-31'));
    expect(summary(check(reviewed, new Date('2027-09-15T12:00:00Z')))).toEqual([]);
  });

  it('requires the strategy to state its next review date', () => {
    const files = everywhere('nextReview', undefined);
    expect(summary(check(files))).toEqual([`${STRATEGY.en}:${line(files, STRATEGY.en, 'published')} dates/next-review-missing error`, `${STRATEGY.cy}:${line(files, STRATEGY.cy, 'published')} dates/next-review-missing error`]);
  });

  it('refuses a published document dated in the future, but not a draft', () => {
    const files = rehash({ ...completeFiles(), [SNA.en]: withSetting(completeFiles()[SNA.en]!, 'published', '2026-12-01') });
    const analysis = check(files);
    expect(summary(analysis).filter((f) => f.includes('future'))).toEqual([`${SNA.en}:${line(files, SNA.en, 'published')} dates/future-publication error`]);
    expect(analysis.findings.find((f) => f.rule === 'dates/future-publication')!.message).toBe('The publication date (2026-12-01) is in the future (today is 2026-11-20), but the status is published.');
    const draft = { ...files, [SNA.en]: withSetting(files[SNA.en]!, 'status', 'draft') };
    expect(check(draft).findings.some((f) => f.rule === 'dates/future-publication')).toBe(false);
  });

  it('lets a partnership waive a guidance-level error with a reason and an approver, but never a statutory one', () => {
    const waiver = (rule: string) => `waivers:\n  - rule: ${rule}\n    reason: Staged a day ahead of the launch.\n    approvedBy: Head of the Violence Prevention Unit`;
    const future = withSetting(withSetting(completeFiles()[SNA.en]!, 'published', '2026-12-01'), 'lastReviewed', '2026-12-01').replace('\n---\n', `\n${waiver('dates/future-publication')}\n---\n`);
    const waived = check(rehash({ ...completeFiles(), [SNA.en]: future }));
    expect(waived.findings.filter((f) => f.rule.startsWith('dates/'))).toEqual([]);
    expect(waived.waived.map((w) => w.rule)).toEqual(['dates/future-publication']);

    const statutory = withoutSection(completeFiles()[STRATEGY.en]!, 'equality').replace('\n---\n', `\n${waiver('strategy/equality')}\n---\n`);
    const refused = check(rehash({ ...completeFiles(), [STRATEGY.en]: statutory }));
    expect(refused.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['strategy/equality error', 'waiver/statutory error']);
  });

  it('reports a last review before publication', () => {
    const files = everywhere('lastReviewed', '2026-10-01');
    expect(summary(check(files))).toEqual([STRATEGY.en, STRATEGY.cy, SNA.en, SNA.cy].map((p) => `${p}:${line(files, p, 'lastReviewed')} dates/reviewed-before-published error`));
  });
});

describe('configuration', () => {
  const withChecks = (yaml: string, files: Files = completeFiles()): Files => ({ ...files, 'content/site.yaml': `${files['content/site.yaml']}checks:\n${yaml}` });

  it('adds a partnership\'s own required section, in both languages', () => {
    const files = withChecks('  requireSections:\n    strategy: [youth-voice]\n');
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:1 config/required-section error`, `${STRATEGY.cy}:1 config/required-section error`]);
    expect(analysis.findings[0]!.message).toBe('Your partnership requires a section marked {#youth-voice} (checks.requireSections in content/site.yaml), and this document has none.');

    const add = (heading: string) => (t: string) => t.replace('## Equality {#equality}', `${heading}\n\n## Equality {#equality}`).replace('## Cydraddoldeb {#equality}', `${heading}\n\n## Cydraddoldeb {#equality}`);
    const met = rehash({
      ...files,
      [STRATEGY.en]: add('## Young people\'s voice {#youth-voice}\n\nA youth panel reviews every action.')(files[STRATEGY.en]!),
      [STRATEGY.cy]: add('## Llais pobl ifanc {#youth-voice}\n\nMae panel ieuenctid yn adolygu pob cam gweithredu.')(files[STRATEGY.cy]!),
    });
    expect(summary(check(met))).toEqual([]);
    const empty = rehash({ ...met, [STRATEGY.en]: add('## Young people\'s voice {#youth-voice}\n\nTBC')(files[STRATEGY.en]!) });
    expect(check(empty).findings.filter((f) => f.file === STRATEGY.en).map((f) => f.rule)).toEqual(['config/required-section']);
  });

  it('makes a guidance-level section an error when the partnership requires it or lists it in checks.errors', () => {
    // Taken out of both languages, so Welsh parity (translation/sections) has nothing to say.
    const both = rehash({ ...completeFiles(), [STRATEGY.en]: withoutSection(completeFiles()[STRATEGY.en]!, 'governance') });
    const base = { ...both, [STRATEGY.cy]: withoutSection(both[STRATEGY.cy]!, 'governance') };
    expect(summary(check(base))).toEqual([`${STRATEGY.en}:1 strategy/governance warning`, `${STRATEGY.cy}:1 strategy/governance warning`]);
    expect(summary(check(withChecks('  requireSections:\n    strategy: [governance]\n', base)))).toEqual([`${STRATEGY.en}:1 strategy/governance error`, `${STRATEGY.cy}:1 strategy/governance error`]);
    expect(summary(check(withChecks('  errors: [strategy/governance]\n', base)))).toEqual([`${STRATEGY.en}:1 strategy/governance error`, `${STRATEGY.cy}:1 strategy/governance error`]);
  });

  it('warns about a rule id in checks.errors that does not exist, suggesting the nearest', () => {
    const files = withChecks('  errors:\n    - strategy/goverance\n');
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`content/site.yaml:${files['content/site.yaml']!.split('\n').length - 1} config/unknown-rule warning`]);
    expect(analysis.findings[0]!.message).toBe('checks.errors lists "strategy/goverance", which is not a rule this tool has, so it changes nothing. Did you mean "strategy/governance"?');
  });

  it('has no setting that turns a statutory error off or down', () => {
    const files = withChecks('  warnings: [strategy/equality]\n', rehash({ ...completeFiles(), [STRATEGY.en]: withoutSection(completeFiles()[STRATEGY.en]!, 'equality') }));
    const analysis = check(files);
    expect(analysis.findings.map((f) => f.rule)).toEqual(['config/site']);
    expect(analysis.errors).toBe(1);
  });
});

describe('dates/what-changed-unwritten', () => {
  const stock = {
    en: 'Edition 2 (version 2.0), after the annual review. It replaces the 2026 edition, which you can still read.',
    cy: 'Argraffiad 2 (fersiwn 2.0), ar ôl yr adolygiad blynyddol. Mae’n disodli argraffiad 2026, y gallwch ei ddarllen o hyd.',
  };
  const changes = (...notes: string[]) => `\n${notes.map((note) => `  - date: 2027-10-20\n    note: "${note}"`).join('\n')}`;
  const withChanges = (en: string, cy: string, files: Files = completeFiles()) => {
    const out = { ...files, [STRATEGY.en]: withSetting(files[STRATEGY.en]!, 'changes', en), [STRATEGY.cy]: withSetting(files[STRATEGY.cy]!, 'changes', cy) };
    return rehash(out);
  };
  const noteLine = (files: Files, path: string, n = 0) => files[path]!.split('\n').map((l, i) => (/^\s*note:/.test(l) ? i + 1 : 0)).filter(Boolean)[n];
  const rule = (analysis: ReturnType<typeof check>) => analysis.findings.filter((f) => f.rule === 'dates/what-changed-unwritten');

  it('refuses a published edition whose entry is still the stock sentence, in either language, at the note’s line', () => {
    const files = withChanges(changes(stock.en), changes(stock.cy));
    const found = rule(check(files));
    expect(found.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual([`${STRATEGY.en}:${noteLine(files, STRATEGY.en)} error`, `${STRATEGY.cy}:${noteLine(files, STRATEGY.cy)} error`]);
    expect(found[0]!.message).toContain('does not say what this edition changes.');
    expect(found[0]!.paragraph).toBe('153, 154o');
  });

  it('knows the stock sentence whatever its edition, version and year, and in the other language', () => {
    const en = stock.en.replace('Edition 2 (version 2.0)', 'Edition 4 (version 4.0)').replace('2026', '2028');
    const files = withChanges(changes('Annual review: added a priority on exploitation.', en), changes(stock.en));
    expect(rule(check(files)).map((f) => `${f.file}:${f.line}`)).toEqual([`${STRATEGY.en}:${noteLine(files, STRATEGY.en, 1)}`, `${STRATEGY.cy}:${noteLine(files, STRATEGY.cy)}`]);
  });

  it('passes an entry the partnership rewrote, and a first edition with no entry', () => {
    const rewritten = withChanges(changes(`${stock.en} We added a priority on violence in the night-time economy.`), changes('Adolygiad blynyddol: blaenoriaeth newydd ar drais yn yr economi liw nos.'));
    expect(rule(check(rewritten))).toEqual([]);
    expect(rule(check(completeFiles()))).toEqual([]);
  });

  it('only warns on a draft', () => {
    const files = withChanges(changes(stock.en), changes('Adolygiad blynyddol: data newydd.'));
    files[STRATEGY.en] = withSetting(files[STRATEGY.en]!, 'status', 'draft');
    expect(rule(check(rehash(files))).map((f) => f.severity)).toEqual(['warning']);
  });
});
