/**
 * Scanning files given directly (`svd scan draft.md photo.jpg`): an officer
 * can check a draft pasted out of Word before it is anywhere near the site.
 * This module only turns the given files into a loose Project; the engine's
 * one run loop then runs the same scan rules, with the current project's
 * site.yaml when there is one (its allowed numbers, office holders and
 * threshold), and the same waivers, so the answer matches what the build says.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Root, Yaml } from 'mdast';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { parse as parseYaml } from 'yaml';
import { createProject, loadSite } from '../content/load.ts';
import { parseMarkdown, parseMdx } from '../content/parse.ts';
import { run, type Analysis } from '../engine/analyse.ts';
import { resolveNow } from '../engine/clock.ts';
import { reportMdxError } from '../content/mdx-errors.ts';
import { fileUnreadable } from '../engine/input-rules.ts';
import { createReport } from '../engine/report.ts';
import type { Lang, Project, SvdDocument } from '../engine/types.ts';
import { documentSchema } from '../schema/document.ts';
import { kindOf } from './files.ts';

export const TEXT_EXTENSIONS = new Set(['.mdx', '.md', '.markdown', '.txt']);

/** Expand folders into the files inside them that can be scanned. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    const full = resolve(path);
    if (statSync(full).isDirectory()) {
      for (const name of (readdirSync(full, { recursive: true }) as string[]).sort()) {
        const inner = join(full, name);
        if (!name.split(sep).includes('node_modules') && (TEXT_EXTENSIONS.has(extname(name).toLowerCase()) || kindOf(name)) && statSync(inner).isFile()) out.push(inner);
      }
    } else out.push(full);
  }
  return out;
}

// Words common in Welsh prose and rare in English: enough to tell a pasted draft's language.
const WELSH = /\b(?:yn|yr|mae|ac|gyda|ar gyfer|wedi|bod|ein|eu|hyn|sydd|neu|gan|fel|ond|hefyd|trais|pobl|ifanc|cymru|cymunedol|rydym|byddwn)\b/gi;
const ENGLISH = /\b(?:the|and|of|to|is|are|with|for|that|this|we|will|have|young|people)\b/gi;

export function guessLang(text: string): Lang {
  const sample = text.slice(0, 20_000);
  return (sample.match(WELSH)?.length ?? 0) > (sample.match(ENGLISH)?.length ?? 0) ? 'cy' : 'en';
}

function readDocument(full: string, cwd: string, report: ReturnType<typeof createReport>): SvdDocument {
  const file = new VFile({ path: relative(cwd, full).split(sep).join('/') || full, cwd });
  let tree: Root = { type: 'root', children: [] };
  try {
    file.value = readFileSync(full, 'utf8');
  } catch (error) {
    file.value = '';
    report(file, undefined, fileUnreadable, { detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    return { path: file.path, collection: 'pages', lang: 'en', file, tree, data: undefined };
  }
  if (extname(full).toLowerCase() === '.mdx') {
    try {
      tree = parseMdx(file);
    } catch (error) {
      if (!(error instanceof VFileMessage)) throw error;
      reportMdxError(report, file, error);
      // Still scan it, as plain Markdown: the risks in it do not wait for the syntax.
      file.data.parser = 'markdown';
      tree = parseMarkdown(file);
    }
  } else {
    file.data.parser = 'markdown';
    tree = parseMarkdown(file);
  }
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  let data: SvdDocument['data'];
  let lang: Lang | undefined;
  if (yaml) {
    try {
      const raw = parseYaml(yaml.value) as Record<string, unknown> | null;
      if (raw?.lang === 'en' || raw?.lang === 'cy') lang = raw.lang;
      const parsed = documentSchema.safeParse(raw);
      if (parsed.success) data = parsed.data;
    } catch {
      // Frontmatter that does not parse is `svd check`'s business; the text is still scanned.
    }
  }
  return { path: file.path, collection: 'pages', lang: lang ?? guessLang(String(file.value)), file, tree, data };
}

export interface ScanPathsOptions {
  /** The project whose site.yaml applies (default: the current folder). */
  root?: string;
  /** Paths in messages are relative to this (default: the current folder). */
  cwd?: string;
  now?: Date;
}

/** The given files as a loose Project: drafts as documents, images and Office files as assets. */
export function projectOfPaths(paths: string[], options: ScanPathsOptions = {}): Project {
  const cwd = resolve(options.cwd ?? '.');
  const root = resolve(options.root ?? cwd);
  const site = existsSync(join(root, 'content', 'site.yaml')) ? loadSite(root, createReport()).site : undefined;
  const report = createReport();
  const files = expandPaths(paths);
  const documents = files.filter((f) => TEXT_EXTENSIONS.has(extname(f).toLowerCase())).map((f) => readDocument(f, cwd, report));
  const assets = files.flatMap((full) => {
    const kind = kindOf(full);
    return kind ? [{ full, path: relative(cwd, full).split(sep).join('/'), kind }] : [];
  });
  return createProject({ root: cwd, site, documents, assets, now: options.now ?? resolveNow() });
}

/** Scan files given directly, with the same rules, waivers and summary as the site's scan. */
export function scanPaths(paths: string[], options: ScanPathsOptions = {}): Analysis {
  return run(projectOfPaths(paths, options), { sets: ['scan'], loose: true });
}
