/**
 * Readers for the submission bundle's artefacts, with real parsers: yauzl for
 * zips (.docx and submission.zip), pdf-lib for PDFs, ajv for the manifest
 * schema. Tests assert on what these read, never on our own writers.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import yauzl from 'yauzl';

const APP = join(import.meta.dirname, '..', '..');

export interface ZipRead {
  name: string;
  data: Buffer;
  mtime: Date;
}

/** Every entry of a zip, in the order stored. */
export function unzip(buffer: Buffer): Promise<ZipRead[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: ZipRead[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks), mtime: entry.getLastModDate() });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** name -> SHA-256 of every file in a folder (not recursive). */
export function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = sha256(readFileSync(join(dir, name)));
  return out;
}

const Ajv2020 = (Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module;
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** Validate a manifest against schemas/manifest.schema.json; returns ajv's errors (empty when valid). */
export function validateManifest(manifest: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(APP, 'schemas', 'manifest.schema.json'), 'utf8'));
  const validate = ajv.compile(schema);
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

export interface PdfFacts {
  pdf: PDFDocument;
  pages: number;
  title: string | undefined;
  author: string | undefined;
  created: Date | undefined;
  lang: string | undefined;
  marked: boolean;
  structTree: boolean;
  /** Bookmark titles, depth first. */
  outline: string[];
  /** Link targets on each page. */
  links: string[][];
  trailerId: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = pdf.catalog;
  const outline: string[] = [];
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      outline.push(text(node.lookup(PDFName.of('Title'))) ?? '');
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  const links = pdf.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const out: string[] = [];
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots!.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = text(action?.lookup(PDFName.of('URI')));
      if (uri) out.push(uri);
    }
    return out;
  });
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  return {
    pdf,
    pages: pdf.getPageCount(),
    title: pdf.getTitle(),
    author: pdf.getAuthor(),
    created: pdf.getCreationDate(),
    lang: text(catalog.lookup(PDFName.of('Lang'))),
    marked: String(markInfo?.get(PDFName.of('Marked'))) === 'true',
    structTree: catalog.has(PDFName.of('StructTreeRoot')),
    outline,
    links,
    trailerId: String(pdf.context.trailerInfo.ID ?? ''),
  };
}
