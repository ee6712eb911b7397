/**
 * Small helpers the rules share: which documents a rule looks at, where in a
 * file a frontmatter setting is, and the two cases where a finding is
 * reported more gently than its rule's normal severity.
 */
import type { Yaml } from 'mdast';
import { requiresWelsh } from '../schema/site.ts';
import type { Collection, Lang, Project, RuleMeta, SvdDocument } from '../engine/types.ts';
import type { VFile } from 'vfile';

export const OTHER: Record<Lang, Lang> = { en: 'cy', cy: 'en' };

/** Documents of a collection whose frontmatter is valid (the others already have an error). */
export function documentsIn(project: Project, collection: Collection): SvdDocument[] {
  return project.documents.filter((d) => d.collection === collection && d.data && !d.unreadable);
}

export function isPublished(document: SvdDocument): boolean {
  return document.data?.status === 'published';
}

/** The same document in the other language, published or not. */
export function counterpart(project: Project, document: SvdDocument, lang: Lang = OTHER[document.lang]): SvdDocument | undefined {
  return project.documents.find((d) => d.data && d.lang === lang && d.collection === document.collection && d.data.translationKey === document.data?.translationKey);
}

/**
 * A draft is checked so the author sees what is still missing, but it is not
 * published, so nothing in it can breach the Duty yet: its findings are
 * warnings until the status changes.
 */
export function forDocument(meta: RuleMeta, document: SvdDocument): RuleMeta {
  return isPublished(document) || meta.severity === 'warning' ? meta : { ...meta, severity: 'warning' };
}

/**
 * Welsh is a legal requirement only where an area covered is in Wales (paras
 * 120, 163). Elsewhere a partnership may still publish Welsh; gaps in it are
 * worth a warning, never a blocked build.
 */
export function forWelsh(meta: RuleMeta, project: Project): RuleMeta {
  return project.site && requiresWelsh(project.site) ? meta : { ...meta, severity: 'warning', statutory: false };
}

/** The line of `name:` in a document's frontmatter (the first match, at any depth). */
export function frontmatterPlace(document: SvdDocument, name: string): { line: number; column: number } {
  const yaml = document.tree.children.find((node): node is Yaml => node.type === 'yaml');
  const start = yaml?.position?.start.line ?? 1;
  const lines = (yaml?.value ?? '').split('\n');
  const pattern = new RegExp(`^(\\s*)${name}\\s*:`);
  for (let i = 0; i < lines.length; i += 1) {
    const match = pattern.exec(lines[i]!);
    if (match) return { line: start + 1 + i, column: match[1]!.length + 1 };
  }
  // Flow style (`translation: { source: en, sourceHash: x }`) keeps the key mid-line.
  const inline = lines.findIndex((line) => line.includes(`${name}:`));
  if (inline >= 0) return { line: start + 1 + inline, column: lines[inline]!.indexOf(`${name}:`) + 1 };
  return { line: start, column: 1 };
}

/** The line of a setting in a YAML file such as site.yaml (first match). */
export function yamlPlace(file: VFile, name: string, after?: string): { line: number; column: number } {
  const lines = String(file.value).split('\n');
  let from = 0;
  let fallback = { line: 1, column: 1 };
  if (after) {
    const index = lines.findIndex((line) => new RegExp(`^\\s*${after}\\s*:`).test(line));
    if (index >= 0) {
      from = index;
      fallback = { line: index + 1, column: lines[index]!.search(/\S/) + 1 };
    }
  }
  const pattern = new RegExp(`^(\\s*(?:-\\s*)?)${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`);
  for (let i = from; i < lines.length; i += 1) {
    const match = pattern.exec(lines[i]!);
    if (match) return { line: i + 1, column: match[1]!.length + 1 };
  }
  // Flow style (`errors: [a, b]`): the list's own line.
  const inline = lines.findIndex((line, i) => i >= from && line.includes(name));
  return inline >= 0 ? { line: inline + 1, column: lines[inline]!.indexOf(name) + 1 } : fallback;
}

export const START = { line: 1, column: 1 };
