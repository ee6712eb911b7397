/**
 * Which document is translated from which. Normally the Welsh is the
 * translation of the English; a Welsh-first partnership says so in the
 * English file (`translation: { source: cy }`), and a document that exists in
 * one language only is the source of the one still to be made.
 */
import { basename } from 'node:path';
import type { Lang, Project, SvdDocument } from '../engine/types.ts';
import { counterpart, OTHER } from '../checks/shared.ts';
import { memoryPath } from './memory.ts';

/** The language this document was translated from, or undefined if it is a source. */
export function sourceLangOf(project: Project, document: SvdDocument): Lang | undefined {
  const own = document.data?.translation?.source;
  if (own && own !== document.lang) return own;
  const other = counterpart(project, document);
  if (!other) return undefined;
  if (other.data?.translation?.source === other.lang) return undefined;
  if (other.data?.translation?.source === document.lang) return undefined;
  return document.lang === 'cy' ? 'en' : undefined;
}

export interface Pair {
  source: SvdDocument;
  /** The translation as it is now, if there is one. */
  target: SvdDocument | undefined;
  targetLang: Lang;
  /** Where the translation is (or will be) written, relative to the root. */
  targetPath: string;
  memoryPath: string;
}

export function pairsOf(project: Project, targetLang?: Lang): Pair[] {
  const pairs: Pair[] = [];
  for (const source of project.documents) {
    if (!source.data || sourceLangOf(project, source)) continue;
    const lang = OTHER[source.lang];
    if (targetLang && lang !== targetLang) continue;
    const target = counterpart(project, source, lang);
    pairs.push({
      source,
      target,
      targetLang: lang,
      targetPath: target?.path ?? `content/${source.collection}/${lang}/${basename(source.path)}`,
      memoryPath: memoryPath(source.collection, source.data.translationKey, lang),
    });
  }
  return pairs;
}
