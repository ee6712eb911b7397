/**
 * Editions: `svd review --start` on a copy of the example content (a real
 * bilingual strategy with headline figures), then what it wrote, then that
 * the checks still pass, so the next build publishes. The build across an
 * edition change is in test/editions-build.test.ts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { run as review } from '../src/lib/commands/review.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { parseNow } from '../src/lib/engine/clock.ts';
import type { DeclaredFigure } from '../src/lib/checks/figures/data.ts';
import { freezeFigures } from '../src/lib/editions/freeze.ts';
import { nextVersion } from '../src/lib/editions/version.ts';

const EXAMPLE = join(import.meta.dirname, '..', 'content');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfExample(): string {
  const root = mkdtempSync(join(tmpdir(), 'svd-review-'));
  made.push(root);
  cpSync(EXAMPLE, join(root, 'content'), { recursive: true });
  return root;
}

function settings(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

async function quietly(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  try {
    return { code: await review(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('the next version number', () => {
  it.each([
    ['1.0', 1, '2.0'],
    ['1.2', 1, '2.0'],
    ['2', 2, '3'],
    [undefined, 1, '2.0'],
    ['draft', 3, '4.0'],
  ])('after %s (edition %i) is %s', (version, edition, next) => {
    expect(nextVersion(version, edition)).toBe(next);
  });
});

describe('freezing headline figures in an archived edition', () => {
  const declared = (id: string, value: number, unit: DeclaredFigure['unit']): [string, DeclaredFigure] => [id, { id, value, unit, period: '2025 to 2026', source: 'Gororau Police', label: { en: id, cy: id }, file: 'content/data/figures.yaml', line: 1 }];
  const figures = new Map([declared('offences', 2810, 'count'), declared('change', 6, 'percent')]);

  it('writes in the text each <Figure> showed, in the document’s language, and keeps every other byte', () => {
    const text = '---\ntitle: Strategy\n---\n\n## Executive summary {#executive-summary}\n\nPolice recorded <Figure id="offences" /> offences, up <Figure id="change" />.\r\n\n- <Figure id="offences" /> in all\n';
    expect(freezeFigures(text, figures, 'en')).toBe('---\ntitle: Strategy\n---\n\n## Executive summary {#executive-summary}\n\nPolice recorded 2,810 offences, up 6%.\r\n\n- 2,810 in all\n');
  });

  it('leaves an unknown figure for the build to report', () => {
    const text = 'We spent <Figure id="budget" /> in total.\n';
    expect(freezeFigures(text, figures, 'cy')).toBe(text);
  });
});

describe('svd review --start', () => {
  it('archives the current edition, moves the strategy on in both languages, links last year’s, and the checks still pass', async () => {
    const root = copyOfExample();
    const before = { en: readFileSync(join(root, 'content/strategy/en/index.mdx'), 'utf8'), cy: readFileSync(join(root, 'content/strategy/cy/index.mdx'), 'utf8') };
    const result = await quietly(['--start', root, '--now', '2027-10-20']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);

    // The 2026 edition, as published: the same text with its figures written in.
    const archived = readFileSync(join(root, 'content/editions/2026/strategy/en/index.mdx'), 'utf8');
    expect(archived).not.toContain('<Figure');
    expect(archived).toContain('Gororau Police recorded 2,810 offences');
    expect(settings(archived)).toMatchObject({ edition: 1, version: '1.0' });
    expect(archived.replace(/2,810/, '<Figure id="serious-violence-offences" />').split('\n').length).toBe(before.en.split('\n').length);
    expect(existsSync(join(root, 'content/editions/2026/strategy/cy/index.mdx'))).toBe(true);

    const notes = {
      en: 'Edition 2 (version 2.0), after the annual review. It replaces the 2026 edition, which you can still read.',
      cy: 'Argraffiad 2 (fersiwn 2.0), ar ôl yr adolygiad blynyddol. Mae’n disodli argraffiad 2026, y gallwch ei ddarllen o hyd.',
    };
    const links = {
      en: '[the 2026 edition of the strategy](https://www.cwm-arian.gov.uk/serious-violence/en/2026/strategy/)',
      cy: '[argraffiad 2026 o’r strategaeth](https://www.cwm-arian.gov.uk/serious-violence/cy/2026/strategaeth/)',
    };
    for (const lang of ['en', 'cy'] as const) {
      const text = readFileSync(join(root, `content/strategy/${lang}/index.mdx`), 'utf8');
      const data = settings(text);
      expect(data).toMatchObject({ edition: 2, version: '2.0', published: '2026-11-02', lastReviewed: '2027-10-20', nextReview: '2028-10-20' });
      expect(data.changes).toEqual([{ date: '2027-10-20', note: notes[lang] }]);
      // The annual assessment section (para 154o), before the review section, links last year's edition.
      const assessment = text.indexOf('{#annual-assessment}');
      expect(assessment).toBeGreaterThan(0);
      expect(assessment).toBeLessThan(text.indexOf('{#review}'));
      expect(text.slice(assessment, text.indexOf('{#review}'))).toContain(links[lang]);
      // Nothing else in the body moved.
      expect(text.slice(text.indexOf('{#review}'))).toBe(before[lang].slice(before[lang].indexOf('{#review}')));
    }
    const site = parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as { dates: Record<string, string>; submission?: Record<string, unknown> };
    // Edition 2 is dated (the deadline to send it counts from it), and the dates edition 1 was sent are gone.
    expect(site.dates).toMatchObject({ published: '2026-11-02', editionPublished: '2027-10-20', lastReviewed: '2027-10-20', nextReview: '2028-10-20' });
    expect(readFileSync(join(EXAMPLE, 'site.yaml'), 'utf8')).toContain('sentToHomeOffice: 2026-11-05');
    expect(site.submission).toEqual({ attachPdfs: true });
    expect(readFileSync(join(root, 'content/site.yaml'), 'utf8')).toContain('# The period the strategy covers.');

    // The same checks the build runs: only the stock "What changed" entries block the new edition,
    // until the partnership says what changed; the Welsh is still current.
    const blocking = (a: ReturnType<typeof analyse>) => a.messages.filter((m) => m.fatal).map((m) => `${m.file}: ${m.ruleId}`);
    expect(blocking(analyse(root, { now: parseNow('2027-10-21') }))).toEqual(['content/strategy/en/index.mdx: dates/what-changed-unwritten', 'content/strategy/cy/index.mdx: dates/what-changed-unwritten']);
    for (const lang of ['en', 'cy'] as const) {
      const path = join(root, `content/strategy/${lang}/index.mdx`);
      writeFileSync(path, readFileSync(path, 'utf8').replace(`note: ${notes[lang]}`, 'note: "Annual review: new data to March 2027 and a priority on the night-time economy."'));
    }
    const analysis = analyse(root, { now: parseNow('2027-10-21') });
    expect(blocking(analysis)).toEqual([]);
    expect(analysis.errors).toBe(0);
    expect(result.out).toContain('content/strategy/cy/index.mdx: recorded that it still translates content/strategy/en/index.mdx');
  });

  it('keeps the PDF and Word files from where the last build wrote the site, with --out', async () => {
    const root = copyOfExample();
    const site = mkdtempSync(join(tmpdir(), 'svd-review-site-'));
    made.push(site);
    mkdirSync(join(site, 'downloads'));
    for (const name of ['strategy-en.pdf', 'strategy-en.docx', 'strategaeth-cy.pdf', 'strategaeth-cy.docx']) writeFileSync(join(site, 'downloads', name), `as published: ${name}`);
    const result = await quietly(['--start', root, '--out', site, '--now', '2027-10-20']);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('No built copy');
    for (const name of ['strategy-en.pdf', 'strategaeth-cy.docx']) expect(readFileSync(join(root, 'content/editions/2026/downloads', name), 'utf8')).toBe(`as published: ${name}`);
    // Without it, the review looks in root/dist, where this copy has no build: it says so, and how to keep them.
    const elsewhere = copyOfExample();
    const missing = await quietly(['--start', elsewhere, '--now', '2027-10-20']);
    expect(missing.code).toBe(0);
    expect(missing.out).toContain(`No built copy of strategy-en.pdf`);
    expect(missing.out).toContain('with --out');
  });

  it('opens one edition a year: a second review the same year is refused, changing nothing', async () => {
    const root = copyOfExample();
    expect((await quietly(['--start', root, '--now', '2027-10-20'])).code).toBe(0);
    const after = readFileSync(join(root, 'content/strategy/en/index.mdx'), 'utf8');
    const again = await quietly(['--start', root, '--now', '2027-12-01']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('The current edition (edition 2) is the 2027 edition');
    expect(readFileSync(join(root, 'content/strategy/en/index.mdx'), 'utf8')).toBe(after);
    expect(existsSync(join(root, 'content/editions/2027'))).toBe(false);
    // The next year, it opens edition 3 and keeps edition 2 as the 2027 edition.
    expect((await quietly(['--start', root, '--now', '2028-10-02'])).code).toBe(0);
    expect(settings(readFileSync(join(root, 'content/editions/2027/strategy/en/index.mdx'), 'utf8'))).toMatchObject({ edition: 2, version: '2.0' });
  });

  it('says how to use it without --start, in Welsh with --lang cy', async () => {
    const result = await quietly(['--lang', 'cy']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Defnydd: svd review --start');
  });
});
