/**
 * Where each section of a translation stands: current (its record matches
 * the source section as it is now), stale (the source section changed since
 * it was translated, and which units in it), or missing (never translated, or
 * no translation at all). One function, used by the translation/stale check
 * and by `svd translations`, so the two can never disagree.
 */
import { parse as parseYaml } from 'yaml';
import type { Project, SvdDocument } from '../engine/types.ts';
import { sourceHash } from '../checks/translation/hash.ts';
import { readMemory } from './memory.ts';
import type { Pair } from './pairs.ts';
import { segment, type SectionInfo, type Unit } from './segment.ts';

export type SectionState = 'current' | 'stale' | 'missing';

export interface SectionStatus {
  key: string;
  title: string;
  /** The section's first line in the source. */
  line: number;
  state: SectionState;
  /** When and by whom the section was last translated, if recorded. */
  date?: string;
  by?: string;
  /** Source units changed since translation, where the memory can tell; else every unit of a stale section. */
  changed: Unit[];
}

export interface DocumentStatus {
  pair: Pair;
  /** 'sections': per-section records; 'file': only the older whole-file hash; 'none': no record. */
  record: 'sections' | 'file' | 'none';
  sections: SectionStatus[];
}

const cache = new WeakMap<SvdDocument, { units: Unit[]; sections: SectionInfo[] }>();

/** Units and sections of a loaded document, without copying its tree (nothing is applied). */
export function cut(document: SvdDocument): { units: Unit[]; sections: SectionInfo[] } {
  let found = cache.get(document);
  if (!found) {
    const yaml = document.tree.children.find((node) => node.type === 'yaml');
    let data: Record<string, unknown> | undefined;
    try {
      data = yaml ? (parseYaml(yaml.value) as Record<string, unknown>) : undefined;
    } catch {
      data = undefined;
    }
    found = segment(document.tree, String(document.file.value), data ? { ...data } : undefined);
    cache.set(document, found);
  }
  return found;
}

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/** The source lines of changed units, short enough to read: "17, 18, 21, 30, 31, 40 (+3)". */
export function lineList(lines: number[]): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  return `${unique.slice(0, 6).join(', ')}${unique.length > 6 ? ` (+${unique.length - 6})` : ''}`;
}

export function documentStatus(project: Project, pair: Pair): DocumentStatus {
  const { sections } = cut(pair.source);
  const record = pair.target?.data?.translation;
  if (!pair.target || !record || (!record.sections && !record.sourceHash)) {
    return { pair, record: 'none', sections: sections.map((s) => ({ key: s.key, title: s.title, line: s.line, state: 'missing', changed: s.units })) };
  }
  if (!record.sections) {
    const current = record.sourceHash === sourceHash(String(pair.source.file.value));
    return { pair, record: 'file', sections: sections.map((s) => ({ key: s.key, title: s.title, line: s.line, state: current ? 'current' : 'stale', changed: current ? [] : s.units })) };
  }
  const memory = readMemory(project.root, pair.memoryPath)?.units;
  return {
    pair,
    record: 'sections',
    sections: sections.map((s): SectionStatus => {
      const entry = record.sections![s.key];
      const base = { key: s.key, title: s.title, line: s.line, ...(entry?.date ? { date: day(entry.date) } : {}), ...(entry?.by ? { by: entry.by } : {}) };
      if (!entry) return { ...base, state: 'missing', changed: s.units };
      if (entry.sourceHash === s.hash) return { ...base, state: 'current', changed: [] };
      const changed = memory ? s.units.filter((u) => memory[u.id] !== u.hash) : s.units;
      return { ...base, state: 'stale', changed: changed.length > 0 ? changed : s.units };
    }),
  };
}
