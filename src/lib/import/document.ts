/**
 * One Word file into one MDX document: convert, mark the sections, list the
 * comments and tracked changes, and fill the settings from the file's
 * properties, with clear placeholders where it says nothing. Pure apart from
 * reading the archive: writing the files is the command's job.
 */
import { stringify as toYaml } from 'yaml';
import type { Lang } from '../engine/types.ts';
import { t } from '../i18n.ts';
import { convertDocx, toMdx } from './convert.ts';
import type { ImportedImage } from './images.ts';
import { readCoreProperties } from './properties.ts';
import { findRevisions, type Revision } from './revisions.ts';
import { keysAsAuthored, markSections, type Mapping } from './sections.ts';
import { zipEntries } from '../redaction/zip.ts';

export type ImportAs = 'strategy' | 'sna' | 'pages';

export interface ImportOptions {
  lang: Lang;
  as: ImportAs;
  slug: string;
  /** Today, from the one clock: the placeholder publication date. */
  now: Date;
}

export interface Imported {
  mdx: string;
  images: ImportedImage[];
  mapping: Mapping;
  revisions: Revision[];
  /** Settings the Word file did not give, filled with placeholders to replace. */
  placeholders: string[];
  warnings: string[];
}

/** A file that is not a Word document at all; `key` is its words in locales/{en,cy}/cli.json, for the command to say in the officer's language. */
export class NotWordError extends Error {
  readonly key = 'cli:import.notWord';
  constructor() {
    super(t('en', 'cli:import.notWord'));
  }
}

/** Placeholders in the document's own language: locales/{en,cy}/cli.json "import.placeholder". */
const placeholder = (lang: Lang, name: 'title' | 'summary' | 'published') => t(lang, `cli:import.placeholder.${name}`);

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function importDocx(buffer: Buffer, options: ImportOptions): Promise<Imported> {
  const entries = zipEntries(buffer);
  const part = (name: string) => entries.get(name)?.().toString('utf8');
  const documentXml = part('word/document.xml');
  if (!documentXml) throw new NotWordError();
  const revisions = findRevisions(documentXml, part('word/comments.xml'));
  const properties = readCoreProperties(part('docProps/core.xml'));
  const converted = await convertDocx(buffer, options.slug);
  const mapping = markSections(converted.tree, options.as);
  const placeholders: string[] = [];
  const title = converted.title ?? properties.title;
  if (!title) placeholders.push('title');
  if (!properties.description) placeholders.push('summary');
  placeholders.push('published');
  const settings: Record<string, unknown> = {
    title: title ?? placeholder(options.lang, 'title'),
    summary: properties.description ?? placeholder(options.lang, 'summary'),
    lang: options.lang,
    translationKey: options.as === 'pages' ? options.slug : options.as,
    slug: options.slug,
    status: 'draft',
    published: day(options.now),
  };
  if (options.as === 'strategy') settings.edition = 1;
  const yaml = toYaml(settings, { lineWidth: 0 }).replace(/^published: .*$/m, (line) => `${line} # ${placeholder(options.lang, 'published')}`);
  const body = keysAsAuthored(toMdx(converted.tree));
  return { mdx: `---\n${yaml}---\n\n${body}`, images: converted.images, mapping, revisions, placeholders, warnings: converted.warnings };
}
