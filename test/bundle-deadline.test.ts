/**
 * The 7-day deadline (guidance paras 120, 162): counted in UK calendar days
 * from site.dates.published, and `svd deadline` failing once it has passed
 * without a recorded submission to every recipient the law names.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadlineOf, fixedTime, resolveNow } from '../src/lib/bundle/time.ts';
import type { SiteConfig } from '../src/lib/schema/site.ts';
import { makeProject, SITE_YAML } from './helpers/project.ts';

const SVD = join(import.meta.dirname, '..', 'scripts', 'svd.mjs');
const published = (iso: string) => ({ dates: { published: new Date(`${iso}T00:00:00Z`) } }) as SiteConfig;

function deadline(args: string[], siteYaml: string, env: Record<string, string> = {}) {
  const root = makeProject({ 'content/site.yaml': siteYaml });
  const { SVD_NOW: _, ...rest } = process.env;
  return spawnSync(process.execPath, [SVD, 'deadline', root, ...args], { encoding: 'utf8', env: { ...rest, ...env } });
}

describe('the deadline', () => {
  it('falls 7 days after publication, counted in whole UK days', () => {
    const site = published('2026-11-02');
    expect(deadlineOf(site, resolveNow('2026-11-02'))).toMatchObject({ due: '2026-11-09', daysLeft: 7, passed: false });
    expect(deadlineOf(site, resolveNow('2026-11-09'))).toMatchObject({ daysLeft: 0, passed: false });
    expect(deadlineOf(site, resolveNow('2026-11-10'))).toMatchObject({ daysLeft: -1, passed: true });
    // 23:30 UTC on 9 November is still 9 November in the UK (GMT)...
    expect(deadlineOf(site, new Date('2026-11-09T23:30:00Z'))).toMatchObject({ asOf: '2026-11-09', passed: false });
    // ...but in summer time it is already the next day.
    expect(deadlineOf(published('2026-06-01'), new Date('2026-06-08T23:30:00Z'))).toMatchObject({ due: '2026-06-08', asOf: '2026-06-09', passed: true });
  });

  it('takes "now" from SVD_NOW, and refuses a date it cannot read', () => {
    expect(resolveNow(undefined, { SVD_NOW: '2026-11-05' }).toISOString()).toBe('2026-11-05T12:00:00.000Z');
    expect(() => resolveNow('5th November')).toThrow(/YYYY-MM-DD/);
  });

  it('stamps files with SOURCE_DATE_EPOCH if set, else the publication date', () => {
    const site = published('2026-11-02');
    expect(fixedTime(site, {})).toEqual({ date: new Date('2026-11-02T00:00:00Z'), source: 'publication date' });
    expect(fixedTime(site, { SOURCE_DATE_EPOCH: '1793000000' })).toEqual({ date: new Date(1793000000 * 1000), source: 'SOURCE_DATE_EPOCH' });
  });
});

describe('svd deadline', () => {
  it('says how many days are left and passes before the deadline', () => {
    const run = deadline(['--now', '2026-11-05'], SITE_YAML);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Send it by 9 November 2026: 4 days left.');
    expect(run.stdout).toContain('Not yet recorded as sent to the Home Office');
    expect(run.stdout).toContain('Not yet recorded as sent to Welsh Ministers');
  });

  it('fails once passed with nothing recorded, and says what to do', () => {
    const run = deadline([], SITE_YAML, { SVD_NOW: '2026-11-10' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The 7-day deadline passed on 9 November 2026.');
    expect(run.stderr).toContain('sentToHomeOffice');
    expect(run.stderr).toContain('Overdue');
  });

  it('still fails for an area in Wales when only the Home Office has been sent it', () => {
    const run = deadline(['--now', '2026-11-20'], `${SITE_YAML}submission:\n  sentToHomeOffice: 2026-11-06\n`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Sent to the Home Office on 6 November 2026.');
    expect(run.stderr).toContain('Not yet recorded as sent to Welsh Ministers (CrimeandJustice@gov.wales)');
  });

  it('passes once both are recorded, noting a late one, in Welsh too', () => {
    const yaml = `${SITE_YAML}submission:\n  sentToHomeOffice: 2026-11-06\n  sentToWelshMinisters: 2026-11-12\n`;
    const run = deadline(['--now', '2026-11-20', '--lang', 'cy'], yaml);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Aeth y dyddiad cau 7 diwrnod heibio ar 9 Tachwedd 2026.');
    expect(run.stdout).toContain('Anfonwyd at y Swyddfa Gartref ar 6 Tachwedd 2026.');
    expect(run.stdout).toContain('Anfonwyd at Weinidogion Cymru ar 12 Tachwedd 2026, ar ôl y dyddiad cau.');
  });

  it('needs only the Home Office for an area wholly in England, and prints JSON', () => {
    const england = SITE_YAML.replace('country: wales', 'country: england');
    const run = deadline(['--now', '2026-11-20', '--json'], `${england}submission:\n  sentToHomeOffice: 2026-11-06\n`);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ due: '2026-11-09', daysLeft: -11, passed: true, overdue: false });
    expect(json.recipients).toEqual([{ recipient: 'home-office', address: 'seriousviolenceduty@homeoffice.gov.uk', sent: '2026-11-06', late: false }]);
  });

  it('rejects a date it cannot read', () => {
    const run = deadline(['--now', 'tomorrow'], SITE_YAML);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('YYYY-MM-DD');
  });
});
