/**
 * The bundle is never published: a council copies dist/ to its web server,
 * so the bundle (draft emails, manifest, cover sheets) is made beside dist/,
 * and dist/ holds only the public PDF and Word downloads, linked from the
 * pages with their real format and size. Also: the cover sheet and manifest
 * give each recipient one state, and the emails read as formal letters. All
 * read from the fixture built by test/global-setup.ts ("now" 2026-11-20,
 * nothing recorded as sent, so both recipients are overdue).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { formatSize } from '../src/lib/bundle/cover.ts';
import { bundleLocation } from '../src/lib/bundle/location.ts';
import type { Manifest } from '../src/lib/bundle/manifest.ts';
import { sha256 } from './helpers/bundle.ts';
import { OUTPUT } from './helpers/project.ts';

const DIST = join(OUTPUT, 'bilingual');
const BUNDLE = bundleLocation(DIST);
const everything = () => (readdirSync(DIST, { recursive: true }) as string[]).map((name) => name.replaceAll('\\', '/'));
const manifest = (): Manifest => JSON.parse(readFileSync(join(BUNDLE.dir, 'manifest.json'), 'utf8'));

describe('the published folder', () => {
  it('holds no bundle: no emails, manifest, cover sheets or zip anywhere in dist/', () => {
    expect(BUNDLE.dir).toBe(join(OUTPUT, 'submission'));
    expect(existsSync(join(BUNDLE.dir, 'manifest.json'))).toBe(true);
    expect(existsSync(BUNDLE.zip)).toBe(true);
    const files = everything();
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((name) => /(^|\/)submission(\.zip)?(\/|$)|\.eml$|manifest\.json$|SHA256SUMS$/.test(name))).toEqual([]);
  });

  it('holds the PDF and Word versions, the same bytes as the bundle sends', () => {
    const downloads = readdirSync(join(DIST, 'downloads')).sort();
    expect(downloads).toEqual(['strategaeth-cy.docx', 'strategaeth-cy.pdf', 'strategy-en.docx', 'strategy-en.pdf']);
    for (const name of downloads) expect(sha256(readFileSync(join(DIST, 'downloads', name))), name).toBe(sha256(readFileSync(join(BUNDLE.dir, name))));
  });

  it('links each document page to its downloads with the right format and size, and every link resolves', () => {
    for (const [page, lang, pages] of [['en/strategy', 'en', 'pages'], ['cy/strategaeth', 'cy', 'tudalen']] as const) {
      const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
      const block = html.match(/<section class="app-downloads" data-downloads="([^"]+)">([\s\S]*?)<\/section>/);
      expect(block, `${page} shows its downloads`).not.toBeNull();
      const links = [...block![2]!.matchAll(/href="\/sv\/(downloads\/[^"]+)"[^>]*>[^<]+<\/a><br><span[^>]*>([^<]+)<\/span>/g)];
      expect(links.map((m) => m[1])).toEqual(block![1]!.split(' ').map((name) => `downloads/${name}`));
      for (const [, path, meta] of links) {
        const file = join(DIST, path!);
        expect(existsSync(file), path).toBe(true);
        const size = formatSize(statSync(file).size, lang);
        if (path!.endsWith('.pdf')) expect(meta).toMatch(new RegExp(`^PDF, ${size}, \\d+ ${pages}$`));
        else expect(meta).toBe(`${lang === 'cy' ? 'Dogfen Word' : 'Word document'}, ${size}`);
      }
    }
    // Pages that are not documents have no downloads block at all.
    expect(readFileSync(join(DIST, 'en', 'about', 'index.html'), 'utf8')).not.toContain('app-downloads');
    expect(relative(DIST, BUNDLE.dir).startsWith('..')).toBe(true);
  });
});

describe('one state per recipient', () => {
  it('in the manifest: overdue, with the days past, and no "passed" beside a sent date', () => {
    const m = manifest();
    expect(m.deadline).toEqual({ days: 7, due: '2026-11-09', asOf: '2026-11-20', paragraphs: '120, 162' });
    expect(m.recipients.map((r) => [r.id, r.status, r.sent, r.daysLeft])).toEqual([
      ['home-office', 'overdue', null, -11],
      ['welsh-ministers', 'overdue', null, -11],
    ]);
    expect(JSON.stringify(m)).not.toContain('"passed"');
  });

  it('on the cover sheets: overdue to each, what to do, and no "days left" or "sent"', () => {
    const en = readFileSync(join(BUNDLE.dir, 'index.html'), 'utf8');
    expect(en).toContain('Overdue: it was due to the Home Office by 9 November 2026 (counted on 20 November 2026). Send it now.');
    expect(en).toContain('Overdue: it was due to Welsh Ministers by 9 November 2026');
    expect(en).not.toMatch(/days left|Sent to|Nothing is left to send/);
    expect(en).toContain('Open <a href="email-home-office.eml">');
    const cy = readFileSync(join(BUNDLE.dir, 'index.cy.html'), 'utf8');
    expect(cy).toContain('Yn hwyr: roedd i’w hanfon at Weinidogion Cymru erbyn 9 Tachwedd 2026');
    // Tables scroll sideways in a labelled region instead of breaking words.
    expect(en).not.toContain('overflow-wrap:anywhere');
    expect(en).toMatch(/<div class="scroll" role="region" tabindex="0" aria-label="Files in this bundle"><table>/);
  });
});

describe('the emails', () => {
  it('are formal letters with the period, a named role and the young people’s summary', async () => {
    const home = (await simpleParser(readFileSync(join(BUNDLE.dir, 'email-home-office.eml')))).text ?? '';
    expect(home).toContain('The strategy covers the period from November 2026 to October 2029.');
    expect(home).toContain('please contact our Serious Violence Duty Coordinator at violence@example.gov.uk');
    expect(home).toContain('A summary for young people is published at:\nhttps://example.gov.uk/sv/en/young-people/');
    expect(home).toMatch(/Yours sincerely,\nSerious Violence Duty Coordinator\nTest Valley Violence Partnership\s*$/);
    expect(home).not.toMatch(/Kind regards|Cofion/);

    const welsh = (await simpleParser(readFileSync(join(BUNDLE.dir, 'email-welsh-ministers.eml')))).text ?? '';
    const [cy, en] = welsh.split('-'.repeat(40));
    expect(cy).toContain('Annwyl Syr neu Fadam,');
    expect(cy).toContain('rhwng mis Tachwedd 2026 a mis Hydref 2029');
    expect(cy).toContain('https://example.gov.uk/sv/cy/pobl-ifanc/');
    expect(cy).toMatch(/Yn gywir,\nCydlynydd y Ddyletswydd Trais Difrifol\nPartneriaeth Trais Cwm Prawf/);
    expect(en).toContain('Yours faithfully,');
  });
});
