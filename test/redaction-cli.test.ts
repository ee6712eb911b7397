/**
 * `svd scan` as an officer runs it: the real command in a child process, over
 * temp projects and loose draft files, with real images (written by sharp,
 * read back with exifr), a real Word file (written by docx) and a PDF. And
 * the build refusing to publish an unwaived redaction error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/lib/build/pipeline.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { completeFiles, NOW, rehash, STRATEGY, withBody } from './fixtures/checks/project.ts';
import { CY_PAGE, EN_PAGE, makeProject, mdx } from './helpers/project.ts';

const SVD = join(import.meta.dirname, '..', 'scripts', 'svd.mjs');
const EN = 'content/pages/en/about.mdx';
const CY = 'content/pages/cy/amdanom-ni.mdx';

function svd(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [SVD, 'scan', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function site(enBody: string, cyBody = 'Rydym yn bartneriaeth o gyrff cyhoeddus.\n', extra: Record<string, string> = {}): string {
  return makeProject({ [EN]: mdx(EN_PAGE, enBody), [CY]: mdx(CY_PAGE, cyBody), ...extra });
}

async function photo(options: Parameters<ReturnType<typeof sharp>['withExif']>[0]): Promise<Buffer> {
  return sharp({ create: { width: 16, height: 12, channels: 3, background: '#1d5c63' } }).jpeg().withExif(options).toBuffer();
}

const GPS = { IFD0: { Artist: 'Jane Doe', Make: 'Apple', Model: 'iPhone 15' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 28/1 52/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 10/1 44/1' } };

describe('svd scan over a site', () => {
  it('prints each finding with file, line, column, rule and paragraph, and exits 1 on an error', () => {
    const root = site('If Kai goes missing, ring his worker on 07700 900461.\n');
    const { code, stdout } = svd(root);
    expect(code).toBe(1);
    expect(stdout).toContain(`${EN}:11:41  error  redaction/phone  The phone number "07700 900461" is not one of the partnership's published numbers.`);
    expect(stdout).toContain('(guidance para 41b, 168-196)  -> Remove it');
    expect(stdout).toContain('1 error, 0 warnings.');
  });

  it('keeps the svd check JSON contract, and speaks Welsh when asked', () => {
    const root = site('Nothing to see.\n', 'Ffoniwch y gweithiwr ieuenctid ar 07700 900632.\n');
    const json = JSON.parse(svd(root, '--json').stdout) as { findings: Array<Record<string, unknown>>; waivers: unknown[] };
    expect(json.findings).toEqual([
      { rule: 'redaction/phone', severity: 'error', file: CY, line: 11, column: 35, message: expect.stringContaining('"07700 900632"'), paragraph: '41b, 168-196', fix: expect.any(String) },
    ]);
    expect(json.waivers).toEqual([]);
    const welsh = svd(root, '--lang', 'cy');
    expect(welsh.stdout).toContain('gwall  redaction/phone  Nid yw\'r rhif ffôn "07700 900632" yn un o rifau cyhoeddedig y bartneriaeth.');
    expect(welsh.stdout).toContain('(paragraff y canllawiau 41b, 168-196)');
  });

  it('passes a clean site with exit 0', () => {
    const { code, stdout } = svd(site('We are a partnership of public bodies. Call us on 029 2018 0999.\n'));
    expect(stdout.trim()).toBe('No problems found.');
    expect(code).toBe(0);
  });

  it('exits 2 where there is no site to scan', () => {
    const empty = makeProject({});
    const { code, stderr } = svd(join(empty, 'content'));
    expect(code).toBe(2);
    expect(stderr).toContain('There is no content folder');
  });
});

describe('svd scan over draft files given directly', () => {
  it('scans .md, .txt and .mdx drafts with the project settings, even an .mdx that is not valid MDX', () => {
    const root = site('Clean.\n');
    mkdirSync(join(root, 'drafts'));
    writeFileSync(join(root, 'drafts', 'case-study.md'), '# Case study\n\nFfion (15) told us she no longer feels safe. <!-- SJ: can we use this? -->\n');
    writeFileSync(join(root, 'drafts', 'notes.txt'), 'OFFICIAL-SENSITIVE\n\nCall the partnership on 029 2018 0999 or the worker on 07700 900461.\n');
    writeFileSync(join(root, 'drafts', 'pasted.mdx'), 'Counts under <5 were suppressed.\n\nTODO: add the figures.\n');
    const { code, stdout } = svd(root, 'drafts', '--json');
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as { findings: Array<{ rule: string; file: string; line: number; column: number }> }).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);
    expect(found).toEqual([
      'drafts/case-study.md:3:1 redaction/person',
      'drafts/case-study.md:3:46 redaction/review-comment',
      'drafts/notes.txt:1:1 redaction/marking',
      'drafts/notes.txt:3:56 redaction/phone',
      // At the "<" the author typed; the file is still scanned, as Markdown.
      'drafts/pasted.mdx:1:14 content/mdx',
      'drafts/pasted.mdx:3:1 redaction/draft-residue',
    ]);
  });

  it('honours an inline waiver in a draft, and lists it', () => {
    const root = site('Clean.\n');
    writeFileSync(join(root, 'draft.mdx'), '{/* svd-waive redaction/phone: the youth line we publish. Approved by J. Jones, Head of VPU */}\nRing 07700 900555.\n');
    const { code, stdout } = svd(root, 'draft.mdx');
    expect(code).toBe(0);
    expect(stdout).toContain('Waivers in force:');
    expect(stdout).toContain('draft.mdx:2:6  redaction/phone  "the youth line we publish" (approved by J. Jones, Head of VPU)');
  });
});

describe('files under public/ and content/', () => {
  it('reports GPS and author in a photo, a device-only photo as a warning, and leaves a clean one alone', async () => {
    const root = site('Clean.\n');
    mkdirSync(join(root, 'public', 'images'), { recursive: true });
    writeFileSync(join(root, 'public', 'images', 'forum.jpg'), await photo(GPS));
    writeFileSync(join(root, 'public', 'images', 'phone.jpg'), await photo({ IFD0: { Make: 'Samsung', Model: 'Galaxy S24' } }));
    writeFileSync(join(root, 'public', 'images', 'clean.png'), await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer());
    const json = JSON.parse(svd(root, '--json').stdout) as { findings: Array<{ rule: string; severity: string; file: string; message: string }> };
    expect(json.findings.map((f) => `${f.file} ${f.rule} ${f.severity}`)).toEqual(['public/images/forum.jpg redaction/image-metadata error', 'public/images/phone.jpg redaction/image-metadata warning']);
    expect(json.findings[0]!.message).toContain('GPS position (51.48111, -3.17889)');
    expect(json.findings[0]!.message).toContain('author or owner (Jane Doe)');
    expect(json.findings[1]!.message).toContain('device (Samsung Galaxy S24)');
    // The field names are Welsh in the Welsh message, from the locales.
    const welsh = JSON.parse(svd(root, '--json', '--lang', 'cy').stdout) as typeof json;
    expect(welsh.findings[0]!.message).toContain('lleoliad GPS (51.48111, -3.17889), awdur neu berchennog (Jane Doe)');
    expect(welsh.findings[1]!.message).toContain('dyfais (Samsung Galaxy S24)');
  });

  it('--strip-metadata rewrites the images without it, keeping the picture, and the scan then passes', async () => {
    const root = site('Clean.\n');
    mkdirSync(join(root, 'public'), { recursive: true });
    const path = join(root, 'public', 'forum.jpg');
    writeFileSync(path, await photo(GPS));
    expect(await exifr.gps(path)).toBeDefined();
    const { code, stderr, stdout } = svd(root, '--strip-metadata');
    expect(stderr).toContain(`Removed metadata from ${path}`);
    expect(stdout.trim()).toBe('No problems found.');
    expect(code).toBe(0);
    expect(await exifr.parse(path, { gps: true, tiff: true, xmp: true })).toBeUndefined();
    const meta = await sharp(path).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 16, 12]);
  });

  it('reports the author of a Word file and a PDF, and an image in MDX without alt text', async () => {
    const word = await Packer.toBuffer(new Document({ creator: 'Sarah Hughes', sections: [{ children: [new Paragraph('Strategy')] }] }));
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n3 0 obj << /Author (Gareth Price) /Title (SNA) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n';
    const root = site('![](images/launch.jpg)\n', 'Rydym yn bartneriaeth.\n', { 'public/strategy.docx': '', 'content/sna.pdf': pdf });
    writeFileSync(join(root, 'public', 'strategy.docx'), word);
    // The picture itself must exist (content/image-missing): a real JPEG with no metadata.
    mkdirSync(join(root, dirname(EN), 'images'), { recursive: true });
    writeFileSync(join(root, dirname(EN), 'images', 'launch.jpg'), await sharp({ create: { width: 2, height: 2, channels: 3, background: '#ffffff' } }).jpeg().toBuffer());
    const json = JSON.parse(svd(root, '--json').stdout) as { findings: Array<{ rule: string; file: string; message: string }> };
    expect(json.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([`${EN} redaction/image-alt`, 'public/strategy.docx redaction/document-metadata', 'content/sna.pdf redaction/document-metadata']);
    expect(json.findings[1]!.message).toContain('author (Sarah Hughes');
    expect(json.findings[2]!.message).toContain('author (Gareth Price)');
  });
});

describe('the build', () => {
  it('refuses to publish a complete strategy while a redaction error stands, and leaves the output folder untouched', async () => {
    const files = completeFiles();
    // A clean complete site passes every check and scan: the case study alone stops it.
    expect(analyse(makeProject(files), { now: NOW }).errors).toBe(0);
    files[STRATEGY.en] = withBody(files[STRATEGY.en]!, 'executive-summary', 'Kyle, 17, was referred to the youth offending team after being found with a knife.');
    const root = makeProject(rehash(files));
    const outDir = join(root, 'dist');
    const lines: string[] = [];
    const result = await buildSite({ root, outDir, log: (line) => lines.push(line) });
    expect(result.ok).toBe(false);
    // (Only the redaction findings: the build's "now" is today, and date rules depend on it.)
    expect(result.analysis.findings.filter((f) => f.rule.startsWith('redaction/')).map((f) => `${f.file} ${f.rule} ${f.severity}`)).toEqual([`${STRATEGY.en} redaction/person error`]);
    expect(lines.join('\n')).toContain('Nothing was published');
    expect(existsSync(outDir)).toBe(false);
    expect(readFileSync(join(root, STRATEGY.en), 'utf8')).toContain('Kyle, 17');
  });
});
