/**
 * The engine's seams: one clock (`now` from --now, SVD_NOW or an option,
 * never the machine's date), one run loop over a Project built from texts in
 * memory or read from disk, and the scan of loose files going through that
 * same loop (so its waivers behave as the site's do).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromTexts } from '../src/lib/content/load.ts';
import { analyse, run } from '../src/lib/engine/analyse.ts';
import { parseNow, resolveNow } from '../src/lib/engine/clock.ts';
import { allRules } from '../src/lib/engine/registry.ts';
import { scanPaths } from '../src/lib/redaction/paths.ts';
import { has, resources, ruleKey, ruleText, t } from '../src/lib/i18n.ts';
import { SNA_SECTIONS, STRATEGY_SECTIONS } from '../src/lib/checks/requirements.ts';
import { completeFiles, STRATEGY, summary, withoutSection } from './fixtures/checks/project.ts';
import { analyseTexts, EN_PAGE, makeProject, mdx } from './helpers/project.ts';

const SVD = join(import.meta.dirname, '..', 'scripts', 'svd.mjs');
const LATER = parseNow('2028-06-01');

describe('one clock', () => {
  it('reads --now, then SVD_NOW, and refuses a date it cannot read', () => {
    expect(resolveNow('2028-06-01', { SVD_NOW: '2026-01-01' }).toISOString()).toBe('2028-06-01T12:00:00.000Z');
    expect(resolveNow(undefined, { SVD_NOW: '2026-11-20' }).toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(() => parseNow('next Tuesday')).toThrow(/YYYY-MM-DD/);
  });

  it('takes "now" from the Project, so the same content is overdue only when now is past its review date', () => {
    const files = completeFiles();
    expect(summary(analyseTexts(files, { sets: ['check'] })).filter((f) => f.includes('review-overdue'))).toEqual([]);
    expect(summary(analyseTexts(files, { sets: ['check'], now: LATER }))).toContain('content/site.yaml:21 dates/review-overdue error');
  });

  it('gives svd check a --now option', () => {
    const root = makeProject(completeFiles());
    const later = spawnSync(process.execPath, [SVD, 'check', root, '--json', '--now', '2028-06-01'], { encoding: 'utf8' });
    expect(later.status).toBe(1);
    expect(JSON.parse(later.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('dates/review-overdue');
    const bad = spawnSync(process.execPath, [SVD, 'check', root, '--now', 'soon'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--now: "soon" is not a date/);
  });
});

describe('one run loop', () => {
  it('finds the same in texts held in memory as in the same files on disk', () => {
    const files = completeFiles();
    files[STRATEGY.en] = withoutSection(files[STRATEGY.en]!, 'governance');
    const fromDisk = analyse(makeProject(files), { sets: ['check'] });
    const inMemory = analyseTexts(files, { sets: ['check'] });
    expect(summary(inMemory)).toEqual(summary(fromDisk));
    expect(inMemory.errors).toBeGreaterThan(0);
  });

  it('runs rules over a hand-made Project without touching the disk', () => {
    const project = projectFromTexts({ 'content/pages/en/about.mdx': mdx(EN_PAGE, 'Call 07700 900123 for help.\n') }, { now: LATER });
    expect(project.now).toBe(LATER);
    // No site.yaml: the loader says so, and the site's rules wait for it.
    expect(run(project).findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['content/site.yaml content/unreadable']);
  });

  it('reports a waiver naming no rule in loose files, as it does in a site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svd-loose-'));
    writeFileSync(join(dir, 'draft.mdx'), 'Text.\n\n{/* svd-waive redaction/phon: our number. Approved by J. Whitfield */}\n\nMore text.\n');
    const analysis = scanPaths([join(dir, 'draft.mdx')], { cwd: dir, now: LATER });
    expect(analysis.findings).toContainEqual(expect.objectContaining({ file: 'draft.mdx', rule: 'waiver/unused', message: expect.stringContaining('redaction/phon') }));
  });

  it('has one registry: every rule id once', () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['config/unknown-rule', 'dates/review-overdue', 'redaction/phone', 'redaction/image-metadata', 'waiver/unused']));
  });
});

describe('one i18n system', () => {
  it('has a message and a fix for every rule in locales/, in English and Welsh, and they differ', () => {
    for (const rule of allRules()) {
      const key = rule.words ?? ruleKey(rule);
      for (const lang of ['en', 'cy'] as const) {
        expect(has(lang, `${key}.message`), `${lang} ${key}.message`).toBe(true);
        expect(has(lang, `${key}.fix`), `${lang} ${key}.fix`).toBe(true);
      }
      if (rule.words || /^\{\{\w+\}\}$/.test(ruleText(rule, 'message').en)) continue;
      expect(ruleText(rule, 'message').cy, rule.id).not.toBe(ruleText(rule, 'message').en);
    }
  });

  it('has the words of every rubric point in locales/ (rules/rubric.json), in English and Welsh, filled, and no words no point uses', () => {
    const used = new Set<string>();
    for (const rule of [...STRATEGY_SECTIONS, ...SNA_SECTIONS]) {
      for (const point of rule.requirement.rubric?.points ?? []) {
        used.add(point.words);
        for (const lang of ['en', 'cy'] as const) {
          for (const part of ['needs', 'hint'] as const) {
            expect(has(lang, `${point.words}.${part}`), `${lang} ${point.words}.${part}`).toBe(true);
            expect(point[part][lang], `${rule.requirement.id} ${point.id} ${part} ${lang}`).not.toMatch(/\{\{|rules\/rubric/);
          }
        }
        expect(point.needs.cy, `${point.words} is translated`).not.toBe(point.needs.en);
      }
    }
    // Each entry with a "needs" is a point's words: none left behind when a point is removed.
    const entries = (node: object, path: string[]): string[] =>
      Object.entries(node).flatMap(([name, value]) => (name === 'needs' ? [`rules/rubric:${path.join('.')}`] : typeof value === 'object' ? entries(value, [...path, name]) : []));
    expect(entries(resources.en['rules/rubric'], []).sort()).toEqual([...used].sort());
    expect(entries(resources.cy['rules/rubric'], []).sort()).toEqual([...used].sort());
  });

  it('fills placeholders with i18next, a Localised value in the message language', () => {
    const analysis = analyseTexts(withoutGovernance());
    const governance = analysis.messages.find((m) => m.ruleId === 'strategy/governance')!;
    expect(governance.text.en).toBe('The strategy has no "Governance" section (a heading marked {#governance}).');
    expect(governance.text.cy).toBe('Nid oes gan y strategaeth adran "Llywodraethu" (pennawd wedi\'i farcio â {#governance}).');
    expect(governance.fixText.cy).toContain('## Llywodraethu {#governance}');
  });

  it('uses Welsh plural forms for counts', () => {
    // i18next picks zero/one/two/few/many/other by Intl.PluralRules('cy'); every form is in locales/cy/cli.json.
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(has('cy', `cli:summary.errors_${form}`), form).toBe(true);
    expect(new Intl.PluralRules('cy').select(2)).toBe('two');
    expect([0, 1, 2, 3, 6, 11].map((count) => t('cy', 'cli:summary.errors', { count }))).toEqual(['0 gwall', '1 gwall', '2 gwall', '3 gwall', '6 gwall', '11 gwall']);
    expect([1, 2].map((count) => t('en', 'cli:summary.errors', { count }))).toEqual(['1 error', '2 errors']);
  });
});

function withoutGovernance() {
  const files = completeFiles();
  files[STRATEGY.en] = withoutSection(files[STRATEGY.en]!, 'governance');
  files[STRATEGY.cy] = withoutSection(files[STRATEGY.cy]!, 'governance');
  return files;
}
