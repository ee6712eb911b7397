/**
 * The dev toolbar app's pure part: which findings a page shows. A page is
 * matched to its document by the address the build gives it (with the
 * site's base), shows that document's findings and site.yaml's with their
 * file:line:column, in the page's language, errors first; other documents'
 * findings stay off it. (That a build ships none of the app is asserted
 * where the real build runs: test/new.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { pageFindings } from '../src/toolbar/findings.ts';
import { completeFiles, SNA, STRATEGY, withoutSection } from './fixtures/checks/project.ts';
import { analyseTexts, TEST_NOW } from './helpers/project.ts';

function emptied(text: string, key: string): string {
  // Keep the heading, drop what is under it: the section is there but empty.
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.endsWith(`{#${key}}`));
  const rest = withoutSection(text, key).split('\n');
  return [...rest.slice(0, at), lines[at]!, '', ...rest.slice(at)].join('\n');
}

describe('findings for the page open in the browser', () => {
  const files = completeFiles();
  files[STRATEGY.en] = emptied(files[STRATEGY.en]!, 'local-definition');
  files[SNA.cy] = emptied(files[SNA.cy]!, 'drivers');
  const analysis = analyseTexts(files, { now: TEST_NOW });
  const base = analysis.project.site!.site.base;
  const strategyLine = files[STRATEGY.en]!.split('\n').findIndex((line) => line.endsWith('{#local-definition}')) + 1;

  it('lists the English strategy page\'s own findings with file:line, and no other document\'s', () => {
    const page = pageFindings(analysis, `${base.replace(/\/$/, '')}/en/strategy/`);
    const own = page.findings.find((f) => f.rule === 'strategy/local-definition');
    expect(own?.where).toBe(`${STRATEGY.en}:${strategyLine}:1`);
    expect(own?.severity).toBe('error');
    expect(own?.message).toMatch(/has no text/);
    expect(page.findings.every((f) => f.where.startsWith(`${STRATEGY.en}:`) || f.where.startsWith('content/site.yaml:'))).toBe(true);
    expect(page.findings.some((f) => f.rule === 'sna/drivers')).toBe(false);
    expect(page.title).toMatch(new RegExp(`^${STRATEGY.en}: [1-9]\\d* errors?, \\d+ warnings?$`));
    // Errors come first: they are what stops the build.
    const severities = page.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort());
  });

  it('words the Welsh page\'s findings in Welsh, and finds the page with or without its trailing slash', () => {
    const slug = /^slug: (.+)$/m.exec(files[SNA.cy]!)![1]!;
    const page = pageFindings(analysis, `${base.replace(/\/$/, '')}/cy/${slug}`);
    const drivers = page.findings.find((f) => f.rule === 'sna/drivers');
    expect(drivers?.where).toMatch(new RegExp(`^${SNA.cy}:\\d+:1$`));
    expect(drivers?.message).toMatch(/^Nid oes testun yn yr adran "/);
    expect(drivers?.label).toBe('gwall');
    expect(drivers?.paragraph).toMatch(/^paragraff y canllawiau /);
    expect(page.empty).toBe("Dim byd i'w gywiro ar y dudalen hon.");
  });

  it('shows nothing of the documents on a page that is not one of them', () => {
    const page = pageFindings(analysis, `${base.replace(/\/$/, '')}/en/search/`);
    expect(page.findings.filter((f) => !f.where.startsWith('content/site.yaml:'))).toEqual([]);
    expect(page.title).toContain('content/site.yaml');
  });
});
