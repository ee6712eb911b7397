/**
 * `svd scan` reads the TEXT of Word, OpenDocument and PDF files, not only
 * their properties: a phone number and a child's name with age placed only
 * in a .docx's body (its properties are clean) are found, at their paragraph;
 * deleted text still in the file, comments and footnotes are read too; an
 * .odt's paragraphs and a PDF's pages likewise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeletedTextRun, Document, FootnoteReferenceRun, Packer, Paragraph, TextRun, CommentRangeStart, CommentRangeEnd, CommentReference } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';

const SVD = join(import.meta.dirname, '..', 'scripts', 'svd.mjs');
const work = mkdtempSync(join(tmpdir(), 'svd-scan-docs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function scan(...args: string[]) {
  const result = spawnSync(process.execPath, [SVD, 'scan', ...args, '--json'], { cwd: work, encoding: 'utf8' });
  return (JSON.parse(result.stdout) as { findings: { rule: string; file: string; line: number; message: string }[] }).findings;
}

async function draftDocx(): Promise<Buffer> {
  const doc = new Document({
    title: 'Serious violence strategy: draft',
    comments: { children: [{ id: 0, author: 'Reviewer', children: [new Paragraph('Ring Dan on 07700 900123 about this.')] }] },
    footnotes: { 1: { children: [new Paragraph('Figures from the duty desk, 0113 496 0721.')] } },
    sections: [
      {
        children: [
          new Paragraph('Our approach to serious violence'),
          new Paragraph('The partnership met four times this year.'),
          new Paragraph('Kyle, 17, was referred to the YOT after being found with a knife.'),
          new Paragraph({ children: [new TextRun("For urgent referrals ring the outreach worker's mobile on 07700 900461."), new FootnoteReferenceRun(1)] }),
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun('We will review this.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), new DeletedTextRun({ text: ' Ffion (15) told us she no longer feels safe.', id: 1, author: 'Editor', date: '2026-10-02T09:00:00Z' })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function odt(paragraphs: string[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('application/vnd.oasis.opendocument.text'), 'mimetype', { compress: false });
  const body = paragraphs.map((p) => `<text:p>${p}</text:p>`).join('');
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`), 'content.xml');
  zip.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
  });
}

async function pdf(pages: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 11, font });
  return Buffer.from(await doc.save());
}

describe('svd scan of documents', () => {
  // One scan of the Word draft, shared by the first two tests (each svd run costs seconds).
  let docx: ReturnType<typeof scan>;
  beforeAll(async () => {
    writeFileSync(join(work, 'draft.docx'), await draftDocx());
    docx = scan('draft.docx').filter((f) => f.file === 'draft.docx');
  });

  it('finds a name with age and a phone number in a .docx body, at their paragraphs', () => {
    const found = docx;
    const at = (rule: string) => found.filter((f) => f.rule === rule).map((f) => `${f.line} ${f.message.match(/\(In ([^)]*)\.\)$/)?.[1]}`);
    expect(at('redaction/person')).toEqual(expect.arrayContaining(['3 paragraph 3']));
    expect(at('redaction/phone')).toEqual(expect.arrayContaining(['4 paragraph 4']));
    // The file's properties are clean but for Word's own "Un-named" author: that finding stays on the file, not on a paragraph.
    expect(found.filter((f) => f.rule === 'redaction/document-metadata').every((f) => !/\(In paragraph/.test(f.message))).toBe(true);
  });

  it('reads deleted text, comments and footnotes, which are still in the file', () => {
    const found = docx.map((f) => `${f.rule} ${f.message.match(/\(In ([^)]*)\.\)$/)?.[1]}`);
    expect(found).toEqual(expect.arrayContaining(['redaction/person text deleted as a tracked change in paragraph 5', 'redaction/phone a comment by Reviewer', 'redaction/phone footnote 1']));
  });

  it('reads an .odt by paragraph and a PDF by page', async () => {
    writeFileSync(join(work, 'notes.odt'), await odt(['The board met in June.', 'Kyle, 17, was referred to the YOT after being found with a knife.']));
    writeFileSync(join(work, 'report.pdf'), await pdf(['Summary of the strategy.', 'The duty desk can be reached on 0113 496 0721 out of hours.']));
    const found = scan('notes.odt', 'report.pdf').map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(found).toEqual(expect.arrayContaining(['notes.odt:2 redaction/person', 'report.pdf:2 redaction/phone']));
  });
});
