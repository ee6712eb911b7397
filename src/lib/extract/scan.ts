/**
 * `svd scan draft.docx`: the text of Word, OpenDocument and PDF files is
 * scanned too, not only their properties, so a clean result means the words
 * were read. Each file's text becomes a document of the loose Project (the
 * detectors are the site's, unchanged); findings on it are then moved to the
 * paragraph, page, footnote or comment they are in.
 */
import { readFileSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import { createProject } from '../content/load.ts';
import { parseMarkdown } from '../content/parse.ts';
import { run, summarise, type Analysis } from '../engine/analyse.ts';
import { fileUnreadable } from '../engine/input-rules.ts';
import { createReport, isSvdMessage } from '../engine/report.ts';
import type { SvdDocument } from '../engine/types.ts';
import { documentDetectors } from '../redaction/index.ts';
import { expandPaths, guessLang, projectOfPaths, type ScanPathsOptions } from '../redaction/paths.ts';
import { blockText, relocate, type Block, type BlockText } from './blocks.ts';
import { docxBlocks } from './docx.ts';
import { odtBlocks } from './odt.ts';
import { pdfBlocks } from './pdf.ts';

const READERS: Record<string, (buffer: Buffer) => Block[] | Promise<Block[]>> = { '.docx': docxBlocks, '.odt': odtBlocks, '.pdf': pdfBlocks };

export const TEXT_DOCUMENT_EXTENSIONS = new Set(Object.keys(READERS));

/** The text of one Office or PDF file as a document to scan, and the map back to its blocks. */
export async function textDocument(full: string, cwd: string, report = createReport()): Promise<{ document: SvdDocument; lines: BlockText['lines'] }> {
  const file = new VFile({ path: relative(cwd, full).split(sep).join('/') || full, cwd, value: '' });
  let lines: BlockText['lines'] = [];
  try {
    const text = blockText(await READERS[extname(full).toLowerCase()]!(readFileSync(full)));
    file.value = text.text;
    lines = text.lines;
  } catch (error) {
    report(file, undefined, fileUnreadable, { detail: (error as Error).message });
  }
  file.data.parser = 'markdown';
  const tree = parseMarkdown(file);
  return { document: { path: file.path, collection: 'pages', lang: guessLang(String(file.value)), file, tree, data: undefined }, lines };
}

/** Scan files given directly, reading the text of .docx, .odt and .pdf files as well as their metadata. */
export async function scanFiles(paths: string[], options: ScanPathsOptions = {}): Promise<Analysis> {
  const cwd = resolve(options.cwd ?? '.');
  const files = projectOfPaths(paths, options);
  const extracted = await Promise.all(expandPaths(paths).filter((f) => TEXT_DOCUMENT_EXTENSIONS.has(extname(f).toLowerCase())).map((f) => textDocument(f, cwd)));
  const project = createProject({ root: files.root, site: files.site, siteFile: files.files.includes(files.siteFile) ? files.siteFile : undefined, assets: files.assets, now: files.now, documents: [...files.documents, ...extracted.map((e) => e.document)] });
  const analysis = run(project, { sets: ['scan'], loose: true });
  // Only the text detectors' findings are on the text; the metadata detectors' are on the file itself.
  const textRules = new Set(documentDetectors.map((rule) => rule.meta.id));
  for (const { document, lines } of extracted) for (const message of document.file.messages) if (isSvdMessage(message) && textRules.has(message.ruleId)) relocate(message, lines);
  return summarise(project, analysis.waived);
}
