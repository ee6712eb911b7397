/**
 * Reads a project from disk: content/site.yaml and every MDX document under
 * content/{strategy,sna,pages}/{en,cy}/. Each document is parsed once; what
 * cannot be read becomes a finding with a place, never an exception, so one
 * broken file does not hide the problems in the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
  mdxInvalid,
  siteConfigInvalid,
  yamlInvalid,
} from '../engine/input-rules.ts';
import type { Collection, Lang, Project, Report, SvdDocument } from '../engine/types.ts';
import { defaultSlug } from '../site/routes.ts';
import { parseMdx } from './parse.ts';
import { cachedParse } from './parse-cache.ts';
import { checkSafeMdx } from '../safety/safe-mdx.ts';

export const COLLECTIONS: readonly Collection[] = ['strategy', 'sna', 'pages'];
const LANG_FOLDERS: readonly Lang[] = ['en', 'cy'];

export const DOCUMENT_NAMES: Record<Collection, { en: string; cy: string }> = {
  strategy: { en: 'strategy', cy: 'strategaeth' },
  sna: { en: 'Strategic Needs Assessment summary', cy: 'crynodeb o’r Asesiad Strategol o Anghenion' },
  pages: { en: 'page', cy: 'dudalen' },
};

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function listMdx(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true }) as string[])
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .sort();
  } catch {
    return [];
  }
}

function readFile(path: string, root: string, report: Report): VFile | undefined {
  const file = new VFile({ path: toPosix(relative(root, path)), cwd: root });
  try {
    file.value = readFileSync(path, 'utf8');
    return file;
  } catch (error) {
    file.value = '';
    report(file, undefined, fileUnreadable, { detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    return file;
  }
}

/** Parse YAML text, reporting syntax errors at their line. */
function parseYaml(text: string, file: VFile, lineOffset: number, report: Report): { doc: Document; data: unknown } | undefined {
  const doc = rememberSource(parseDocument(text, { prettyErrors: true }), text);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0];
      report(file, pos ? { line: pos.line + lineOffset, column: pos.col } : undefined, yamlInvalid, { detail: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') });
    }
    return undefined;
  }
  return { doc, data: doc.toJS() };
}

export function loadSite(root: string, report: Report): { site: SiteConfig | undefined; siteFile: VFile } {
  const path = join(root, 'content', 'site.yaml');
  const siteFile = readFile(path, root, report)!;
  if (siteFile.messages.length > 0) return { site: undefined, siteFile };
  const parsed = parseYaml(String(siteFile.value), siteFile, 0, report);
  if (!parsed) return { site: undefined, siteFile };
  const result = siteSchema.safeParse(parsed.data);
  if (result.success) return { site: result.data, siteFile };
  for (const issue of explainIssues(result.error.issues, parsed.data, parsed.doc)) {
    report(siteFile, issue.line ? { line: issue.line, column: issue.column ?? 1 } : undefined, siteConfigInvalid, { detail: issue.message });
  }
  return { site: undefined, siteFile };
}

export function loadDocument(path: string, root: string, collection: Collection, folderLang: Lang, report: Report): SvdDocument {
  const file = readFile(path, root, report)!;
  const document: SvdDocument = { path: file.path, collection, lang: folderLang, file, tree: { type: 'root', children: [] }, data: undefined };
  if (file.messages.length > 0) return document;
  try {
    document.tree = cachedParse(file, 'mdx', parseMdx);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    report(file, error.place as never, mdxInvalid, { detail: error.reason });
    return document;
  }
  // Content is data, never code: refuse anything outside the safe MDX subset.
  checkSafeMdx(document.tree, file, report);
  const yaml = document.tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml) {
    report(file, { line: 1, column: 1 }, frontmatterInvalid, {
      detail: 'This document has no settings at the top. Start the file with a line of three dashes (---), the settings (title, lang, status and so on), and another line of three dashes.',
    });
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

/** Checks that span documents but concern identity, not statutory content. */
function checkIdentities(documents: SvdDocument[], report: Report): void {
  const byKey = new Map<string, SvdDocument>();
  const bySlug = new Map<string, SvdDocument>();
  for (const document of documents) {
    if (!document.data) continue;
    const { lang, translationKey } = document.data;
    const keyId = `${lang}:${translationKey}`;
    const sameKey = byKey.get(keyId);
    if (sameKey) report(document.file, undefined, duplicateTranslationKey, { lang, key: translationKey, other: sameKey.path });
    else byKey.set(keyId, document);
    if (document.data.status !== 'published') continue;
    const slugId = `${lang}:${slugOf(document)}`;
    const sameSlug = bySlug.get(slugId);
    if (sameSlug) report(document.file, undefined, duplicateSlug, { lang, slug: slugOf(document), other: sameSlug.path });
    else bySlug.set(slugId, document);
  }
  for (const collection of ['strategy', 'sna'] as const) {
    const own = documents.filter((d) => d.collection === collection && d.data);
    if (own.length > 0 && own.every((d) => d.data!.status === 'draft')) {
      for (const document of own) report(document.file, undefined, draftOnly, { document: DOCUMENT_NAMES[collection][document.lang] });
    }
  }
}

export interface LoadOptions {
  now?: Date;
}

export function loadProject(root: string, report: Report, options: LoadOptions = {}): Project {
  const { site, siteFile } = loadSite(root, report);
  const documents: SvdDocument[] = [];
  for (const collection of COLLECTIONS) {
    for (const lang of LANG_FOLDERS) {
      for (const path of listMdx(join(root, 'content', collection, lang))) {
        documents.push(loadDocument(path, root, collection, lang, report));
      }
    }
  }
  checkIdentities(documents, report);
  return { root, site, siteFile, documents, files: [siteFile, ...documents.map((d) => d.file)], now: options.now ?? new Date() };
}

export function published(project: Project): SvdDocument[] {
  return project.documents.filter((d) => d.data?.status === 'published');
}

