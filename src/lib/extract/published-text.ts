/**
 * The site's own scan reads the text of the Office and PDF files it
 * publishes (public/, content/), not only their properties: a Word version
 * of the strategy with a child's name and age in its body is as much a
 * publication as the page. The text detectors are the site's, run with the
 * site's settings (its published phone numbers, its office holders), and
 * each finding is moved to the paragraph, page, footnote or comment it is
 * in. Asynchronous because reading a PDF's text is, so `svd scan` and the
 * build call it after the one synchronous analysis and add what it finds.
 */
import { extname } from 'node:path';
import { createProject } from '../content/load.ts';
import { run, summarise, type Analysis } from '../engine/analyse.ts';
import { fileUnreadable } from '../engine/input-rules.ts';
import { isSvdMessage } from '../engine/report.ts';
import { documentDetectors } from '../redaction/index.ts';
import { relocate } from './blocks.ts';
import { TEXT_DOCUMENT_EXTENSIONS, textDocument } from './scan.ts';

/** `analysis` (a site's scan), with the findings in the text of its published documents added. */
export async function withPublishedText(analysis: Analysis): Promise<Analysis> {
  const { project } = analysis;
  const documents = project.assets.filter((asset) => asset.kind === 'document' && TEXT_DOCUMENT_EXTENSIONS.has(extname(asset.full).toLowerCase()));
  if (documents.length === 0 || !project.site) return analysis;
  const extracted = await Promise.all(documents.map((asset) => textDocument(asset.full, project.root)));
  run(createProject({ root: project.root, site: project.site, now: project.now, data: project.data, documents: extracted.map((e) => e.document) }), { sets: ['scan'], loose: true });
  // Only what the text detectors found in the words, and files that could not be read; the properties were checked by the site's own scan.
  const textRules = new Set(documentDetectors.map((rule) => rule.meta.id));
  for (const { document, lines } of extracted) {
    const kept = document.file.messages.filter(isSvdMessage).filter((m) => textRules.has(m.ruleId) || m.ruleId === fileUnreadable.id);
    for (const message of kept) if (textRules.has(message.ruleId)) relocate(message, lines);
    document.file.messages = kept;
  }
  return summarise({ ...project, files: [...project.files, ...extracted.map((e) => e.document.file)] }, analysis.waived);
}
