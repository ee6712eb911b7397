/**
 * An old edition's kept PDF and Word files (content/editions/<year>/downloads/)
 * are skipped by the redaction scan only while they are byte for byte what
 * `svd review --start` copied from the build: a file changed or added there
 * by hand is scanned like any other published document.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDownloads } from '../src/lib/editions/keep-downloads.ts';
import { publishedFiles } from '../src/lib/redaction/files.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function pdf(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.addPage();
  return doc.save();
}

async function project(): Promise<string> {
  root = mkdtempSync(join(tmpdir(), 'svd-kept-'));
  mkdirSync(join(root, 'dist', 'downloads'), { recursive: true });
  writeFileSync(join(root, 'dist', 'downloads', 'strategy-en.pdf'), await pdf('Serious violence strategy'));
  writeFileSync(join(root, 'dist', 'downloads', 'strategy-en.docx'), 'PK\u0003\u0004 a Word file');
  return root;
}

const scanned = (root: string) => publishedFiles(root).map((f) => f.path).sort();

describe('kept downloads', () => {
  it('records what it copied with its SHA-256, so the scan skips exactly those files', async () => {
    const root = await project();
    const kept = keepDownloads(root, join(root, 'dist'), 2026, ['strategy-en', 'strategaeth-cy']);
    expect(kept).toEqual({ folder: 'content/editions/2026/downloads', kept: ['strategy-en.pdf', 'strategy-en.docx'], missing: ['strategaeth-cy.pdf', 'strategaeth-cy.docx'] });
    const sums = readFileSync(join(root, kept.folder, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/^[0-9a-f]{64} {2}strategy-en\.pdf\n[0-9a-f]{64} {2}strategy-en\.docx\n$/);
    expect(scanned(root)).toEqual([]);
  });

  it('scans a kept file that was changed, and a file added by hand', async () => {
    const root = await project();
    const { folder } = keepDownloads(root, join(root, 'dist'), 2026, ['strategy-en']);
    appendFileSync(join(root, folder, 'strategy-en.docx'), 'edited');
    writeFileSync(join(root, folder, 'annex-en.pdf'), await pdf('Annex'));
    expect(scanned(root)).toEqual([`${folder}/annex-en.pdf`, `${folder}/strategy-en.docx`]);
  });

  it('scans every file in a downloads folder with no record', async () => {
    const root = await project();
    const folder = join(root, 'content', 'editions', '2025', 'downloads');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'strategy-en.pdf'), await pdf('2025'));
    expect(scanned(root)).toEqual(['content/editions/2025/downloads/strategy-en.pdf']);
  });
});
