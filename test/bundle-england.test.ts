/**
 * An England-only partnership (test/fixtures/sites/england): English only,
 * the Home Office alone, links only (attachPdfs: false), the site at the
 * root of its host (base /), a waiver on record and a submission already
 * recorded. One real build, then assertions on the artefacts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../src/lib/bundle/manifest.ts';
import { buildSite } from '../src/lib/build/pipeline.ts';
import { readPdf, unzip, validateManifest } from './helpers/bundle.ts';
import { FIXTURES } from './helpers/project.ts';

const ROOT = join(FIXTURES, 'sites', 'england');
const APP = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'svd-england-'));
const DIST = join(work, 'dist');
const BUNDLE = join(work, 'submission');
const read = (name: string) => readFileSync(join(BUNDLE, name));
const lines: string[] = [];
let manifest: Manifest;

beforeAll(async () => {
  process.env.SVD_NOW = '2026-11-05';
  try {
    const result = await buildSite({ root: ROOT, outDir: DIST, log: (line) => lines.push(line) });
    if (!result.ok) throw new Error(`The England fixture did not build:\n${lines.join('\n')}`);
  } finally {
    delete process.env.SVD_NOW;
  }
  manifest = JSON.parse(read('manifest.json').toString('utf8'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bundle for an England-only partnership', () => {
  it('is in English only, for the Home Office only', () => {
    expect(readdirSync(BUNDLE).sort()).toEqual(['SHA256SUMS', 'email-home-office.eml', 'index.html', 'manifest.json', 'sna-en.docx', 'sna-en.pdf', 'strategy-en.docx', 'strategy-en.pdf']);
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.welshRequired).toBe(false);
    expect(manifest.languages).toEqual(['en']);
    expect(manifest.recipients.map((r) => r.id)).toEqual(['home-office']);
    expect(JSON.stringify(manifest)).not.toContain('CrimeandJustice@gov.wales');
  });

  it('counts the days left from "now" and records the submission already made', () => {
    expect(manifest.deadline).toEqual({ days: 7, due: '2026-11-09', asOf: '2026-11-05', paragraphs: '120, 162' });
    // One state: sent. Nothing about days left or a deadline passing beside it.
    expect(manifest.recipients[0]).toMatchObject({ status: 'sent', sent: '2026-11-05', sentLate: false, daysLeft: null });
    const cover = read('index.html').toString('utf8');
    expect(cover).toContain('Sent to the Home Office on 5 November 2026.');
    expect(cover).not.toMatch(/days left|Overdue|Open email-home-office/);
    expect(cover).toContain('Nothing is left to send');
  });

  it('lists each waiver with its reason and approver', () => {
    const waiver = manifest.analysis.waived.find((w) => w.rule === 'strategy/commissioning');
    expect(waiver).toMatchObject({ file: 'content/strategy/en/index.mdx', reason: expect.stringContaining('own plans'), approvedBy: 'Chair of the Marchmoor Strategic Board', via: 'frontmatter' });
    for (const w of manifest.analysis.waived) expect(w.reason && w.approvedBy).toBeTruthy();
    expect(read('index.html').toString('utf8')).toContain('Chair of the Marchmoor Strategic Board');
  });

  it('sends weblinks only when attachPdfs is false', async () => {
    const mail = await simpleParser(read('email-home-office.eml'));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual(['seriousviolenceduty@homeoffice.gov.uk']);
    expect(mail.attachments).toEqual([]);
    expect(mail.text).toContain('https://www.marchmoor.gov.uk/en/strategy/');
    expect(mail.text).toContain('https://www.marchmoor.gov.uk/en/sna/');
    expect(mail.text).toContain('Area covered: Marchmoor Borough (England)');
    expect(mail.text).toContain('The web pages above are the published versions.');
    expect(mail.text).not.toMatch(/Welsh|Cymraeg/);
    expect(manifest.recipients[0]!.attachments).toEqual([]);
  });

  it('maps every weblink to a page at the root of the built site', () => {
    expect(manifest.site.home).toBe('https://www.marchmoor.gov.uk/');
    for (const document of manifest.documents) {
      const path = new URL(document.url).pathname;
      expect(existsSync(join(DIST, path, 'index.html')), document.url).toBe(true);
    }
  });

  it('prints the SNA summary too, and links in the text point at the public site', async () => {
    const sna = manifest.documents.find((d) => d.type === 'sna')!;
    expect(sna.title).toBe('Marchmoor Strategic Needs Assessment summary 2026');
    const strategy = await readPdf(read('strategy-en.pdf'));
    expect(strategy.pages).toBeGreaterThanOrEqual(2);
    expect(strategy.pages).toBeLessThanOrEqual(8);
    expect(strategy.outline).toEqual(expect.arrayContaining(['Marchmoor Serious Violence Strategy 2026 to 2029', 'Governance', 'Hospital admissions for assault with a knife or sharp object']));
    expect(strategy.links.flat()).toContain('https://www.marchmoor.gov.uk/en/sna/');
    expect(strategy.links.flat().filter((link) => link.startsWith('http')).every((link) => link.startsWith('https://www.marchmoor.gov.uk/'))).toBe(true);
  });

  it('turns lists, tables and links into their Word equivalents', async () => {
    const entries = await unzip(read('strategy-en.docx'));
    const part = (name: string) => entries.find((e) => e.name === name)?.data.toString('utf8') ?? '';
    const body = part('word/document.xml');
    expect(body.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBeGreaterThanOrEqual(17);
    expect(body).toMatch(/<w:pStyle w:val="Heading3"\/><\/w:pPr><w:r><w:t xml:space="preserve">Homicides recorded by the police<\/w:t>/);
    expect(body).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>[\s\S]*The delivery group reviews progress every month\./);
    expect(body).toContain('<w:tblHeader/>');
    expect(body).not.toContain('svd-waive');
    expect(part('word/_rels/document.xml.rels')).toContain('Target="https://www.marchmoor.gov.uk/en/sna/" TargetMode="External"');
    expect(part('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
  });

  it('is satisfied by svd deadline once sent, even after the deadline', () => {
    const run = spawnSync(process.execPath, [join(APP, 'scripts', 'svd.mjs'), 'deadline', ROOT, '--now', '2026-12-01'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Sent to the Home Office on 5 November 2026.');
  });
});
