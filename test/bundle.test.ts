/**
 * The submission bundle of the bilingual fixture (an area in Wales), made by
 * the real build in test/global-setup.ts. Every assertion reads an artefact
 * with a real parser: pdf-lib, yauzl, mailparser, ajv.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../src/lib/bundle/manifest.ts';
import { readPdf, sha256, unzip, validateManifest } from './helpers/bundle.ts';
import { OUTPUT } from './helpers/project.ts';

const DIST = join(OUTPUT, 'bilingual');
// The bundle is beside the published folder, never in it (test/bundle-location.test.ts).
const BUNDLE = join(OUTPUT, 'submission');
const read = (name: string) => readFileSync(join(BUNDLE, name));

let manifest: Manifest;
beforeAll(() => {
  manifest = JSON.parse(read('manifest.json').toString('utf8'));
});

describe('the bundle for a partnership with an area in Wales', () => {
  it('holds every file, in both languages, for both recipients', () => {
    expect(readdirSync(BUNDLE).sort()).toEqual([
      'SHA256SUMS',
      'email-home-office.eml',
      'email-welsh-ministers.eml',
      'index.cy.html',
      'index.html',
      'manifest.json',
      'strategaeth-cy.docx',
      'strategaeth-cy.pdf',
      'strategy-en.docx',
      'strategy-en.pdf',
    ]);
    expect(existsSync(join(OUTPUT, 'submission.zip'))).toBe(true);
  });

  it('has a manifest that validates against its schema', () => {
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.recipients.map((r) => r.address)).toEqual(['seriousviolenceduty@homeoffice.gov.uk', 'CrimeandJustice@gov.wales']);
    expect(manifest.welshRequired).toBe(true);
    expect(manifest.published).toBe('2026-11-02');
    expect(manifest.deadline.due).toBe('2026-11-09');
    expect(manifest.analysis.errors).toBe(0);
    expect(manifest.source.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('rejects a manifest that breaks the schema', () => {
    const broken = { ...manifest, recipients: [{ ...manifest.recipients[0], address: 'someone@example.com' }] };
    expect(validateManifest(broken).join('\n')).toMatch(/address/);
    expect(validateManifest({ ...manifest, site: { ...manifest.site, url: 'http://example.gov.uk' } }).length).toBeGreaterThan(0);
  });

  it('gives only weblinks that are pages of the built site', () => {
    const base = new URL(manifest.site.home).pathname;
    expect(manifest.documents.length).toBe(2);
    for (const url of [manifest.site.home, ...manifest.documents.map((d) => d.url)]) {
      const { origin, pathname } = new URL(url);
      expect(origin).toBe(manifest.site.url);
      expect(pathname.startsWith(base), url).toBe(true);
      expect(existsSync(join(DIST, pathname.slice(base.length), 'index.html')), url).toBe(true);
    }
    expect(manifest.documents.map((d) => d.url)).toEqual(['https://example.gov.uk/sv/en/strategy/', 'https://example.gov.uk/sv/cy/strategaeth/']);
  });

  it('records each file with its real size and SHA-256', () => {
    for (const document of manifest.documents) {
      for (const file of [document.pdf, document.docx]) {
        const data = read(file.file);
        expect(file.bytes).toBe(data.byteLength);
        expect(file.sha256).toBe(sha256(data));
      }
    }
  });

  it('prints tagged PDFs with bookmarks, language, title, author, fixed dates and the web address on page 1', async () => {
    for (const document of manifest.documents) {
      const pdf = await readPdf(read(document.pdf.file));
      expect(pdf.structTree, document.pdf.file).toBe(true);
      expect(pdf.marked).toBe(true);
      expect(pdf.lang).toBe(document.lang);
      expect(pdf.pages).toBeGreaterThanOrEqual(1);
      expect(pdf.pages).toBeLessThanOrEqual(8);
      expect(pdf.pages).toBe(document.pdf.pages);
      expect(pdf.title).toBe(document.title);
      expect(pdf.outline[0]).toBe(document.title);
      expect(pdf.outline).toContain(document.lang === 'cy' ? 'Llywodraethu' : 'Governance');
      expect(pdf.author).toBe(document.lang === 'cy' ? 'Partneriaeth Trais Cwm Prawf' : 'Test Valley Violence Partnership');
      expect(pdf.created?.toISOString()).toBe('2026-11-02T00:00:00.000Z');
      expect(pdf.trailerId).toMatch(/^\[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]$/);
      expect(pdf.links[0]).toContain(document.url);
      // The local print server must never reach a PDF.
      for (const link of pdf.links.flat()) expect(link).toMatch(/^(https:\/\/example\.gov\.uk\/|mailto:|tel:)/);
      expect(read(document.pdf.file).includes('127.0.0.1')).toBe(false);
    }
  });

  it('writes Word files with real heading styles, a Word table and the document language', async () => {
    const entries = await unzip(read('strategaeth-cy.docx'));
    const part = (name: string) => entries.find((e) => e.name === name)?.data.toString('utf8') ?? '';
    expect(entries[0]?.name).toBe('[Content_Types].xml');
    const body = part('word/document.xml');
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Strategaeth prawf<\/w:t>/);
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Llywodraethu<\/w:t>/);
    expect(body).toMatch(/<w:tbl>[\s\S]*<w:tblHeader\/>[\s\S]*1,250[\s\S]*<\/w:tbl>/);
    expect(part('word/styles.xml')).toContain('w:styleId="Heading2"');
    expect(part('word/styles.xml')).toContain('<w:lang w:val="cy-GB"/>');
    expect(part('docProps/core.xml')).toContain('<dc:title>Strategaeth prawf</dc:title>');
    expect(part('docProps/core.xml')).toContain('>2026-11-02T00:00:00Z</dcterms:created>');
  });

  it('composes an email to the Home Office with the weblinks and the English PDF', async () => {
    const mail = await simpleParser(read('email-home-office.eml'));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual(['seriousviolenceduty@homeoffice.gov.uk']);
    expect(mail.from?.value[0]?.address).toBe('violence@example.gov.uk');
    expect(mail.subject).toBe('Serious Violence Duty strategy: Test Valley Violence Partnership');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.date?.toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(mail.messageId).toMatch(/^<svd-[0-9a-f]{24}@example\.gov\.uk>$/);
    expect(mail.text).toContain('https://example.gov.uk/sv/en/strategy/');
    expect(mail.text).toContain('https://example.gov.uk/sv/cy/strategaeth/');
    expect(mail.text).toContain('2 November 2026');
    expect(mail.text).toContain('Test Valley (Wales)');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['strategy-en.pdf', 'application/pdf']]);
    expect(sha256(mail.attachments[0]!.content)).toBe(manifest.documents[0]!.pdf.sha256);
  });

  it('composes a bilingual email to Welsh Ministers, Welsh first, with both PDFs', async () => {
    const mail = await simpleParser(read('email-welsh-ministers.eml'));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual(['CrimeandJustice@gov.wales']);
    expect(mail.subject).toMatch(/^Strategaeth y Ddyletswydd Trais Difrifol: Partneriaeth Trais Cwm Prawf \/ Serious Violence Duty strategy/);
    const text = mail.text ?? '';
    expect(text.indexOf('Annwyl')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Annwyl')).toBeLessThan(text.indexOf('Dear'));
    expect(text).toContain('2 Tachwedd 2026');
    expect(text).toContain('Cwm Prawf (Cymru)');
    // The recipient's language first, in the attachments as in the text.
    expect(mail.attachments.map((a) => a.filename)).toEqual(['strategaeth-cy.pdf', 'strategy-en.pdf']);
  });

  it('lists every file in SHA256SUMS with its hash', () => {
    const lines = read('SHA256SUMS').toString('utf8').trim().split('\n');
    const listed = lines.map((line) => line.split('  ')[1]);
    expect(listed).toEqual(readdirSync(BUNDLE).filter((name) => name !== 'SHA256SUMS').sort());
    for (const line of lines) {
      const [hash, name] = line.split('  ');
      expect(sha256(read(name!)), name).toBe(hash);
    }
  });

  it('zips the same files, sorted, with one fixed time', async () => {
    const entries = await unzip(readFileSync(join(OUTPUT, 'submission.zip')));
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(readdirSync(BUNDLE).sort().map((name) => `submission/${name}`));
    for (const entry of entries) {
      expect(entry.data.equals(read(entry.name.slice('submission/'.length))), entry.name).toBe(true);
      expect([entry.mtime.getFullYear(), entry.mtime.getMonth() + 1, entry.mtime.getDate()]).toEqual([2026, 11, 2]);
    }
  });

  it('has cover sheets in each language that link to every file', () => {
    for (const [name, lang] of [['index.html', 'en'], ['index.cy.html', 'cy']] as const) {
      const html = read(name).toString('utf8');
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html.match(/<h1>/g)?.length).toBe(1);
      expect(html).toContain('<th scope="col">');
      const links = [...html.matchAll(/href="([^"#:]+)"/g)].map((m) => m[1]!);
      for (const file of ['email-home-office.eml', 'email-welsh-ministers.eml', 'strategy-en.pdf', 'strategaeth-cy.docx', 'manifest.json']) expect(links).toContain(file);
      for (const link of links) expect(existsSync(join(BUNDLE, link)), `${name} links to ${link}`).toBe(true);
    }
    expect(read('index.cy.html').toString('utf8')).toContain('i’r Swyddfa Gartref ac i Weinidogion Cymru');
    // The checks' counts in words, each by its own language's plural rules ("1 warning", "1 rhybudd").
    const { errors, warnings } = JSON.parse(read('manifest.json').toString('utf8')).analysis as { errors: number; warnings: number };
    const english = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    expect(read('index.html').toString('utf8')).toContain(`<p>${english(errors, 'error')}, ${english(warnings, 'warning')}.</p>`);
    expect(read('index.cy.html').toString('utf8')).toContain(`<p>${errors} gwall, ${warnings} rhybudd.</p>`);
  });
});
