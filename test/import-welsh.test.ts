/**
 * `svd import --lang cy`: a Welsh strategy made with the `docx` package, with
 * Welsh headings as a Welsh document words them and a photo with no alt
 * text. The table and messages are in Welsh, the settings say lang: cy, the
 * Welsh headings get their keys, the photo is saved and listed as having no
 * description, and the site's scan reports it (redaction/image-alt) at the
 * picture's line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/lib/i18n.ts';
import { FIXTURES } from './helpers/project.ts';
import { photoWithGps } from './helpers/word.ts';

const APP = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'svd-import-cy-'));
const ROOT = join(work, 'site');
const DOCX = join(work, 'Strategaeth Trais Difrifol.docx');
const TARGET = join(ROOT, 'content', 'strategy', 'cy', 'index.mdx');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function svd(...args: string[]) {
  const result = spawnSync(process.execPath, [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: APP, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Welsh headings as Welsh strategies word them, each with the key it should get. */
const HEADINGS: [string, string][] = [
  ['1. Crynodeb', 'executive-summary'],
  ['2. Ein diffiniad o drais difrifol', 'local-definition'],
  ['3. Trefniadau partneriaeth', 'delivery-arrangements'],
  ['4. Llywodraethu ac atebolrwydd', 'governance'],
  ['5. Rhannu data a gwybodaeth', 'data-framework'],
  ['6. Ein partneriaid', 'partners'],
  ['7. Ymgynghori ac ymgysylltu', 'consultation'],
  ['8. Cydraddoldeb', 'equality'],
];

async function welshStrategy(): Promise<Buffer> {
  const photo = await photoWithGps();
  const children = [new Paragraph({ text: 'Strategaeth Trais Difrifol Marchmoor 2026 i 2029', heading: HeadingLevel.TITLE })];
  for (const [heading] of HEADINGS) {
    children.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }));
    children.push(new Paragraph('Mae’r bartneriaeth yn cyfarfod bob chwarter ac yn adrodd i’r cyngor bob blwyddyn.'));
  }
  // A photo pasted in without a description: Word leaves its alt text empty.
  children.push(new Paragraph({ children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 60, height: 40 } })] }));
  return Packer.toBuffer(new Document({ title: 'Strategaeth Trais Difrifol Marchmoor', description: 'Sut y bydd partneriaid Marchmoor yn atal trais difrifol.', sections: [{ children }] }));
}

describe('svd import --lang cy', () => {
  let imported: ReturnType<typeof svd>;
  let mdx: string;
  beforeAll(async () => {
    cpSync(join(FIXTURES, 'sites', 'bilingual'), ROOT, { recursive: true });
    writeFileSync(DOCX, await welshStrategy());
    imported = svd('import', DOCX, '--lang', 'cy', '--root', ROOT, '--force', '--now', '2026-11-02');
    mdx = readFileSync(TARGET, 'utf8');
  });

  it('writes a Welsh document, and speaks Welsh', () => {
    expect(imported.code, imported.stderr).toBe(0);
    expect(mdx).toMatch(/^---\ntitle: Strategaeth Trais Difrifol Marchmoor 2026 i 2029\n[\s\S]*\nlang: cy\n/);
    expect(imported.stdout).toContain(`${t('cy', 'cli:import.heading')} `);
    expect(imported.stdout).toContain(t('cy', 'cli:import.key'));
  });

  it('gives the Welsh headings their keys', () => {
    for (const [heading, key] of HEADINGS) expect(mdx, heading).toContain(`# ${heading} {#${key}}`);
  });

  it('saves the photo, says it has no description, and the scan reports it at its line', () => {
    expect(imported.stdout).toContain(t('cy', 'cli:import.noAlt', { file: 'content/strategy/cy/images/strategy-1.jpg' }));
    const line = mdx.split('\n').findIndex((l) => l.includes('](./images/strategy-1.jpg)')) + 1;
    expect(line).toBeGreaterThan(0);
    const scan = svd('scan', ROOT, '--json');
    const findings = (JSON.parse(scan.stdout) as { findings: { rule: string; file: string; line: number }[] }).findings;
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toContain(`content/strategy/cy/index.mdx:${line} redaction/image-alt`);
  });
});
