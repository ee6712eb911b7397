/**
 * Hidden details in documents under public/ and content/ (an attached PDF
 * of the full strategy, a Word version for the Home Office): the author and
 * last editor, review comments, and tracked changes that still hold the
 * deleted text. Read without any extra library: PDFs by their Info and XMP
 * blocks, Office and OpenDocument files by the XML parts inside the ZIP.
 */
import { readFileSync } from 'node:fs';
import type { Localised, ProjectRule, RuleMeta } from '../engine/types.ts';
import { fileFor } from './image-metadata.ts';
import { commaList, phrase } from './phrases.ts';
import { zipEntries } from './zip.ts';

export const meta: RuleMeta = {
  id: 'redaction/document-metadata',
  severity: 'error',
  paragraph: '41b, 173',
};

interface Found {
  author?: string;
  comments?: boolean;
  tracked?: boolean;
}

function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}[^>]*>([^<]+)</${tag}>`, 'i').exec(xml);
  return match?.[1]?.trim() || undefined;
}

export function inspectDocument(buffer: Buffer, path: string): Found {
  if (path.toLowerCase().endsWith('.pdf')) {
    const text = buffer.toString('latin1');
    const info = /\/Author\s*\(((?:\\.|[^\\)])*)\)/.exec(text)?.[1] ?? /<dc:creator>[\s\S]*?<rdf:li[^>]*>([^<]+)<\/rdf:li>/i.exec(text)?.[1] ?? /<pdf:Author>([^<]+)</i.exec(text)?.[1];
    const author = info?.replace(/\\(.)/g, '$1').replace(/^\uFEFF|^þÿ/, '').replace(/\0/g, '').trim();
    return { author: author || undefined, comments: /\/Subtype\s*\/(?:Text|FreeText|Popup)\b/.test(text) };
  }
  const entries = zipEntries(buffer);
  const read = (name: string) => entries.get(name)?.().toString('utf8') ?? '';
  const core = read('docProps/core.xml') || read('meta.xml');
  const authors = [xmlText(core, 'dc:creator'), xmlText(core, 'cp:lastModifiedBy'), xmlText(core, 'meta:initial-creator')].filter((a): a is string => Boolean(a));
  const body = read('word/document.xml') || read('content.xml');
  const names = [...entries.keys()];
  return {
    author: authors.length ? [...new Set(authors)].join(', ') : undefined,
    comments: names.some((n) => /(?:^|\/)comments\d*\.xml$|commentAuthors\.xml$|threadedComments/i.test(n)) || /<office:annotation\b/.test(body),
    tracked: /<w:(?:ins|del)\b|<text:tracked-changes>\s*<text:changed-region/.test(body),
  };
}

export const documentMetadata: ProjectRule = {
  meta,
  check(project, report) {
    for (const document of project.assets.filter((f) => f.kind === 'document')) {
      let found: Found;
      try {
        found = inspectDocument(readFileSync(document.full), document.path);
      } catch {
        continue;
      }
      const fields: Localised[] = [];
      if (found.author) fields.push(phrase('document-metadata.author', { value: found.author }));
      if (found.comments) fields.push(phrase('document-metadata.comments'));
      if (found.tracked) fields.push(phrase('document-metadata.tracked'));
      if (fields.length) report(fileFor(project, document.path), { line: 1, column: 1 }, meta, { fields: commaList(fields) });
    }
  },
};
