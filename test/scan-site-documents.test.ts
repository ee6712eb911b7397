/**
 * A site's own scan (`svd scan` of the site, and so the build) reads the TEXT
 * of the Word and PDF files it publishes under public/, not only their
 * properties: a Word version of the strategy whose properties are clean but
 * whose body names a child with her age, and a PDF whose second page gives
 * a personal mobile, are found at their paragraph and page, and the build
 * refuses to publish. The partnership's own published number, in the same
 * PDF, is not a finding: the text is scanned with the site's settings.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroRootFor } from '../src/lib/build/config.ts';
import { FIXTURES } from './helpers/project.ts';

const APP = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'svd-scan-site-'));
const ROOT = join(work, 'site');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(astroRootFor(ROOT), { recursive: true, force: true });
});

function svd(...args: string[]) {
  const result = spawnSync(process.execPath, [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: APP, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function wordVersion(): Promise<Buffer> {
  const doc = new Document({
    creator: 'Marchmoor Community Safety Partnership',
    title: 'Marchmoor Serious Violence Strategy',
    sections: [
      {
        children: [
          new Paragraph('Marchmoor Serious Violence Strategy 2026 to 2029'),
          new Paragraph('The partnership met four times this year.'),
          new Paragraph('Our youth workers supported Chloe, 14, after she was threatened outside school.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function annualReport(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['Call us on 0113 496 0000 for a copy in another format.', 'Text Dan on his personal mobile, 07700 900461, if a referral is urgent.']) doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 11, font });
  return Buffer.from(await doc.save());
}

type Found = { rule: string; file: string; line: number; message: string };

describe('the site scan reads the text of published documents', () => {
  let found: Found[];
  beforeAll(async () => {
    cpSync(join(FIXTURES, 'sites', 'england', 'content'), join(ROOT, 'content'), { recursive: true });
    mkdirSync(join(ROOT, 'public', 'downloads'), { recursive: true });
    writeFileSync(join(ROOT, 'public', 'downloads', 'strategy-full.docx'), await wordVersion());
    writeFileSync(join(ROOT, 'public', 'downloads', 'annual-report.pdf'), await annualReport());
    const scan = svd('scan', ROOT, '--json');
    found = (JSON.parse(scan.stdout) as { findings: Found[] }).findings;
  });

  it('finds the name with age in the Word file at its paragraph, and the mobile in the PDF at its page', () => {
    const at = found.map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(at).toContain('public/downloads/strategy-full.docx:3 redaction/person');
    expect(at).toContain('public/downloads/annual-report.pdf:2 redaction/phone');
    expect(found.find((f) => f.file.endsWith('.docx') && f.rule === 'redaction/person')?.message).toMatch(/"Chloe"[\s\S]*\(In paragraph 3\.\)$/);
  });

  it('scans with the site\'s settings: the partnership\'s published number is not a finding', () => {
    expect(found.filter((f) => f.file.endsWith('.pdf') && f.line === 1 && f.rule === 'redaction/phone')).toEqual([]);
  });

  it('and the build refuses to publish them', () => {
    const build = svd('build', ROOT, '--out', join(work, 'dist'));
    expect(build.code).toBe(1);
    expect(build.stdout + build.stderr).toMatch(/public\/downloads\/strategy-full\.docx:3:\d+\s+error\s+redaction\/person/);
    expect(existsSync(join(work, 'dist', 'index.html'))).toBe(false);
  }, 120_000);
});
