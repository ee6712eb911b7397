/**
 * A project in two steps, as remark-lint's tests separate files from rules:
 * `readProject` reads content/site.yaml, every MDX document under
 * content/{strategy,sna,pages}/{en,cy}/ and the list of published assets from
 * disk; `buildProject` turns those texts (from disk or from a test's strings)
 * into the parsed, validated `Project` every rule runs over. Each document is
 * parsed once; what cannot be read becomes a finding with a place, never an
 * exception, so one broken file does not hide the problems in the others.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Yaml } from 'mdast';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { parseDocument, type Document } from 'yaml';
import { documentSchema } from '../schema/document.ts';
import { explainIssues, rememberSource } from '../schema/explain.ts';
import { siteSchema, type SiteConfig } from '../schema/site.ts';
import {
  draftOnly,
  duplicateSlug,
  duplicateTranslationKey,
  fileUnreadable,
  frontmatterInvalid,
  languageFolderMismatch,
  siteConfigInvalid,
  yamlInvalid,
} from '../engine/input-rules.ts';
import { resolveNow } from '../engine/clock.ts';
import { both } from '../i18n.ts';
import { createReport } from '../engine/report.ts';
import type { Collection, Lang, Place, Project, Report, SvdDocument } from '../engine/types.ts';
import { publishedFiles, type PublishedFile } from '../redaction/files.ts';
import { defaultSlug } from '../site/routes.ts';
import { reportMdxError } from './mdx-errors.ts';
import { parseMarkdown, parseMdx } from './parse.ts';
import { cachedParse } from './parse-cache.ts';
import { checkSafeMdx } from '../safety/safe-mdx.ts';
import { checkImages } from '../safety/images.ts';
import { readContentFile, type Problem } from '../safety/read.ts';

export const COLLECTIONS: readonly Collection[] = ['strategy', 'sna', 'pages'];
const LANG_FOLDERS: readonly Lang[] = ['en', 'cy'];

/** What each collection is called in a sentence (locales/{en,cy}/schema.json `document`), in the message's language. */
export const documentName = (collection: Collection) => both(`schema:document.${collection}`);

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * A document to read: a file, or a shortcut (symlink). A shortcut that leads
 * nowhere is kept, so that reading it reports content/unreadable: left to
 * throw, it emptied the whole folder's listing and its documents vanished
 * without a word.
 */
function isDocumentPath(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  }
}

function listMdx(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name))
    .filter(isDocumentPath)
    .sort();
}

/** One file's text as read (or why it could not be read), path relative to the project root. */
export interface SourceFile {
  path: string;
  value?: string;
  /** The reason it could not be read (an errno code), when it could not. */
  error?: string;
  /** Why it must not be read or parsed (encoding, size, depth, outside the project). */
  problem?: Problem;
}

/** Everything a Project is built from, before any parsing: plain data a test can write by hand. */
export interface ProjectSource {
  root: string;
  files: SourceFile[];
  /** Images and documents the site publishes, for the metadata detectors. */
  assets: PublishedFile[];
}

function readSource(full: string, root: string): SourceFile {
  const path = toPosix(relative(root, full));
  return { path, ...readContentFile(full, root) };
}

function toVFile(source: SourceFile, root: string, report: Report): VFile {
  const file = new VFile({ path: source.path, cwd: root, value: source.value ?? '' });
  if (source.error !== undefined) report(file, undefined, fileUnreadable, { detail: source.error });
  if (source.problem) report(file, source.problem.place, source.problem.rule, source.problem.values);
  return file;
}

/** Parse YAML text, reporting syntax errors at their line. */
function parseYaml(text: string, file: VFile, lineOffset: number, report: Report): { doc: Document; data: unknown } | undefined {
  const doc = rememberSource(parseDocument(text, { prettyErrors: true }), text);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0];
      // The YAML library's words are for programmers; a repeated setting is the common slip, so say it plainly.
      const repeated = error.code === 'DUPLICATE_KEY' && pos ? /^\s*([^:#]+?)\s*:/.exec(text.split('\n')[pos.line - 1] ?? '')?.[1] : undefined;
      // Any other YAML error is the library's own sentence (English only): it names the exact token at fault.
      const detail = repeated ? both('schema:twice', { key: repeated }) : error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      report(file, pos ? { line: pos.line + lineOffset, column: pos.col } : undefined, yamlInvalid, { detail });
    }
    return undefined;
  }
  return { doc, data: doc.toJS() };
}

/** Validate site.yaml's text; its findings go on `siteFile`. */
export function siteFrom(siteFile: VFile, report: Report): SiteConfig | undefined {
  if (siteFile.messages.length > 0) return undefined;
  const parsed = parseYaml(String(siteFile.value), siteFile, 0, report);
  if (!parsed) return undefined;
  const result = siteSchema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of explainIssues(result.error.issues, parsed.data, parsed.doc)) {
    report(siteFile, issue.line ? { line: issue.line, column: issue.column ?? 1 } : undefined, siteConfigInvalid, { detail: issue.message });
  }
  return undefined;
}

const SITE_PATH = 'content/site.yaml';

export function loadSite(root: string, report: Report): { site: SiteConfig | undefined; siteFile: VFile } {
  const siteFile = toVFile(readSource(join(root, 'content', 'site.yaml'), root), root, report);
  return { site: siteFrom(siteFile, report), siteFile };
}

/** The validated settings of a file whose body MDX cannot parse (Markdown parsing never fails), or undefined. */
function settingsOf(file: VFile): SvdDocument['data'] {
  const yaml = parseMarkdown(new VFile({ value: file.value })).children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml) return undefined;
  const parsed = parseYaml(yaml.value, new VFile(), 0, () => {});
  const result = parsed ? documentSchema.safeParse(parsed.data) : undefined;
  return result?.success ? result.data : undefined;
}

export function loadDocument(source: SourceFile, root: string, collection: Collection, folderLang: Lang, report: Report): SvdDocument {
  const file = toVFile(source, root, report);
  const document: SvdDocument = { path: file.path, collection, lang: folderLang, file, tree: { type: 'root', children: [] }, data: undefined };
  if (file.messages.length > 0) return document;
  try {
    document.tree = cachedParse(file, 'mdx', parseMdx);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    reportMdxError(report, file, error);
    // Its settings still say which document it is, so the other language's
    // checks do not report it missing: the syntax error is the one finding.
    document.unreadable = true;
    document.data = settingsOf(file);
    return document;
  }
  // Content is data, never code: refuse anything outside the safe MDX subset.
  checkSafeMdx(document.tree, file, report);
  checkImages(document.tree, file, root, report);
  const yaml = document.tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml) {
    report(file, { line: 1, column: 1 }, frontmatterInvalid, { detail: both('schema:noSettings') });
    return document;
  }
  const lineOffset = yaml.position?.start.line ?? 1;
  const parsed = parseYaml(yaml.value, file, lineOffset, report);
  if (!parsed) return document;
  const result = documentSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of explainIssues(result.error.issues, parsed.data, parsed.doc, lineOffset)) {
      report(file, issue.line ? { line: issue.line, column: issue.column ?? 1 } : yaml, frontmatterInvalid, { detail: issue.message });
    }
    return document;
  }
  document.data = result.data;
  if (result.data.lang !== folderLang) {
    report(file, yaml, languageFolderMismatch, { folder: folderLang, lang: result.data.lang });
  }
  return document;
}

export function slugOf(document: SvdDocument): string {
  return defaultSlug(document.collection, basename(document.path, '.mdx'), document.data?.slug);
}

/** Where a frontmatter field is written (its line), else the frontmatter itself: duplicates name the line at fault. */
function fieldPlace(document: SvdDocument, field: string): Place {
  const yaml = document.tree.children.find((node): node is Yaml => node.type === 'yaml');
  const start = yaml?.position?.start.line ?? 1;
  const index = (yaml?.value ?? '').split('\n').findIndex((line) => new RegExp(`^${field}\\s*:`).test(line));
  return index >= 0 ? { line: start + 1 + index, column: 1 } : yaml;
}

/** Checks that span documents but concern identity, not statutory content. */
function checkIdentities(documents: SvdDocument[], report: Report): void {
  const byKey = new Map<string, SvdDocument>();
  const bySlug = new Map<string, SvdDocument>();
  for (const document of documents) {
    if (!document.data) continue;
    const { lang, translationKey } = document.data;
    const keyId = `${lang}:${translationKey}`;
    const sameKey = byKey.get(keyId);
    if (sameKey) report(document.file, fieldPlace(document, 'translationKey'), duplicateTranslationKey, { lang, key: translationKey, other: sameKey.path });
    else byKey.set(keyId, document);
    if (document.data.status !== 'published') continue;
    const slugId = `${lang}:${slugOf(document)}`;
    const sameSlug = bySlug.get(slugId);
    if (sameSlug) report(document.file, fieldPlace(document, 'slug'), duplicateSlug, { lang, slug: slugOf(document), other: sameSlug.path });
    else bySlug.set(slugId, document);
  }
  for (const collection of ['strategy', 'sna'] as const) {
    const own = documents.filter((d) => d.collection === collection && d.data);
    if (own.length > 0 && own.every((d) => d.data!.status === 'draft')) {
      for (const document of own) report(document.file, undefined, draftOnly, { document: documentName(collection) });
    }
  }
}

export interface LoadOptions {
  /** The moment rules treat as "now"; default: the one clock (SVD_NOW, else the machine's). */
  now?: Date;
}

/** Read everything a project is built from. Listing order is the analysis's order. */
export function readProject(root: string): ProjectSource {
  const files: SourceFile[] = [readSource(join(root, 'content', 'site.yaml'), root)];
  for (const collection of COLLECTIONS) {
    for (const lang of LANG_FOLDERS) {
      for (const path of listMdx(join(root, 'content', collection, lang))) files.push(readSource(path, root));
    }
  }
  const data = join(root, 'content', 'data');
  if (existsSync(data)) for (const name of readdirSync(data).filter((n) => /\.ya?ml$/.test(n)).sort()) files.push(readSource(join(data, name), root));
  return { root, files, assets: publishedFiles(root) };
}

const DOCUMENT_PATH = /^content\/(strategy|sna|pages)\/(en|cy)\/.+\.mdx$/;
const DATA_PATH = /^content\/data\/[^/]+\.ya?ml$/;

/**
 * Build the Project from its texts: parse and validate site.yaml and every
 * document at content/<collection>/<lang>/**.mdx. Findings about the input
 * (unreadable files, bad YAML, duplicate slugs) are on the files already.
 */
export function buildProject(source: ProjectSource, options: LoadOptions = {}): Project {
  const report = createReport();
  const root = source.root;
  const siteSource = source.files.find((f) => f.path === SITE_PATH) ?? { path: SITE_PATH, error: 'ENOENT' };
  const siteFile = toVFile(siteSource, root, report);
  const site = siteFrom(siteFile, report);
  const documents: SvdDocument[] = [];
  for (const file of source.files) {
    const match = DOCUMENT_PATH.exec(file.path);
    if (match) documents.push(loadDocument(file, root, match[1] as Collection, match[2] as Lang, report));
  }
  checkIdentities(documents, report);
  const data = source.files.filter((f) => DATA_PATH.test(f.path) && f.value !== undefined).map((f) => ({ path: f.path, value: f.value! }));
  return createProject({ root, site, siteFile, documents, assets: source.assets, data, now: options.now ?? resolveNow() });
}

/** A Project from its parts, the one place its shape is assembled (the scan of given files and tests use it too). */
export function createProject(parts: Pick<Project, 'documents' | 'now'> & Partial<Omit<Project, 'documents' | 'now' | 'files'>>): Project {
  const siteFile = parts.siteFile ?? new VFile({ path: SITE_PATH, value: '' });
  const documents = parts.documents;
  return {
    root: parts.root ?? '.',
    site: parts.site,
    siteFile,
    documents,
    files: [...(parts.siteFile ? [siteFile] : []), ...documents.map((d) => d.file)],
    assets: parts.assets ?? [],
    data: parts.data ?? [],
    now: parts.now,
  };
}

/** A Project from texts in memory, e.g. `{ 'content/site.yaml': ..., 'content/strategy/en/index.mdx': ... }`. */
export function projectFromTexts(texts: Record<string, string>, options: LoadOptions & { root?: string } = {}): Project {
  const files = Object.keys(texts)
    .sort()
    .map((path) => ({ path, value: texts[path] }));
  const order = (path: string) => {
    const match = DOCUMENT_PATH.exec(path);
    return match ? COLLECTIONS.indexOf(match[1] as Collection) * 2 + LANG_FOLDERS.indexOf(match[2] as Lang) : -1;
  };
  files.sort((a, b) => order(a.path) - order(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return buildProject({ root: options.root ?? '/memory', files, assets: [] }, options);
}

/** Read and build the project at `root`. */
export function loadProject(root: string, options: LoadOptions = {}): Project {
  return buildProject(readProject(root), options);
}

export function published(project: Project): SvdDocument[] {
  return project.documents.filter((d) => d.data?.status === 'published');
}

