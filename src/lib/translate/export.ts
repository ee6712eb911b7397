/**
 * What to send the translator: every unit of each source document, marked
 * new (never translated), changed (its source differs from the one it was
 * last translated from) or unchanged. Unchanged units carry the current
 * translation, cut from the translated MDX the same way, as a final target.
 *
 * What counts as "last translated from", per unit:
 * 1. the memory file written by the last import (memory.ts), else
 * 2. the section record in the translation's settings: a section whose
 *    recorded hash matches today's source counts as translated unit by unit
 *    (a translation made with `svd translated`, or before the memory existed), else
 * 3. the whole-file record of older versions (`translation.sourceHash`),
 *    when it still matches the source.
 * A unit whose translation cannot be lined up with it (the translated
 * section has a different shape, or placeholders that differ) is offered as
 * changed rather than guessed at.
 */
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Lang, Project, SvdDocument } from '../engine/types.ts';
import { sourceHash } from '../checks/translation/hash.ts';
import { readMemory } from './memory.ts';
import { pairsOf, type Pair } from './pairs.ts';
import { canonical, countWords, placeholdersOf, wordsOf, type Piece } from './pieces.ts';
import { segment, type SectionInfo, type Unit } from './segment.ts';

export type UnitStatus = 'new' | 'changed' | 'unchanged';

export interface PlannedUnit {
  unit: Unit;
  status: UnitStatus;
  /** The current translation, for unchanged units. */
  target?: Piece[];
  /** The translation as it was, for changed units (shown to the translator as a note). */
  previous?: string;
}

export interface DocumentPlan {
  pair: Pair;
  units: PlannedUnit[];
  sections: SectionInfo[];
  words: Record<UnitStatus, number>;
}

export interface Segmented {
  /** A private copy of the document's tree: applying a unit rewrites it. */
  tree: Root;
  units: Unit[];
  sections: SectionInfo[];
  data: Record<string, unknown> | undefined;
}

/** Cut a loaded document into units over a private copy of its tree (import rewrites the copy). */
export function segmentDocument(document: SvdDocument): Segmented {
  const tree = structuredClone(document.tree) as Root;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  let data: Record<string, unknown> | undefined;
  try {
    data = yaml ? ((parseYaml(yaml.value) as Record<string, unknown>) ?? {}) : undefined;
  } catch {
    data = undefined;
  }
  return { tree, ...segment(tree, String(document.file.value), data), data };
}

/** The placeholders of a unit in order, by kind and code: two units line up when these match. */
function signature(pieces: Piece[]): string {
  return placeholdersOf(pieces)
    .map((p) => `${p.kind}:${p.id}:${p.ctype}:${p.kind === 'ph' ? p.code : ''}`)
    .join('|');
}

/** Unit id -> the hash of the source it was translated from, by the best record there is. */
function translatedFrom(project: Project, pair: Pair, source: Segmented): Map<string, string> {
  const memory = readMemory(project.root, pair.memoryPath);
  if (memory) return new Map(Object.entries(memory.units));
  const from = new Map<string, string>();
  const record = pair.target?.data?.translation;
  if (!record) return from;
  const wholeFileCurrent = record.sourceHash === sourceHash(String(pair.source.file.value));
  for (const section of source.sections) {
    const recorded = record.sections?.[section.key]?.sourceHash;
    const current = section.hash;
    if (recorded === current || (!record.sections && wholeFileCurrent)) for (const unit of section.units) from.set(unit.id, unit.hash);
  }
  return from;
}

export function planDocument(project: Project, pair: Pair): DocumentPlan {
  const source = segmentDocument(pair.source);
  const translation = pair.target ? segmentDocument(pair.target) : undefined;
  const existing = new Map(translation?.units.map((u) => [u.id, u]) ?? []);
  const from = translatedFrom(project, pair, source);
  const words: Record<UnitStatus, number> = { new: 0, changed: 0, unchanged: 0 };
  const units = source.units.map((unit): PlannedUnit => {
    const recorded = from.get(unit.id);
    const current = existing.get(unit.id);
    const lined = current && signature(current.pieces) === signature(unit.pieces) ? current.pieces : undefined;
    let planned: PlannedUnit;
    // No record: new if there is no translation of it at all; if there is one,
    // nobody can say which source it matches, so it is offered as changed.
    if (recorded === undefined) planned = current ? { unit, status: 'changed', previous: wordsOf(current.pieces).trim() } : { unit, status: 'new' };
    else if (recorded === unit.hash && lined) planned = { unit, status: 'unchanged', target: lined };
    else planned = { unit, status: 'changed', ...(current ? { previous: wordsOf(current.pieces).trim() } : {}) };
    words[planned.status] += countWords(unit.pieces);
    return planned;
  });
  return { pair, units, sections: source.sections, words };
}

export function planExport(project: Project, targetLang?: Lang): DocumentPlan[] {
  return pairsOf(project, targetLang).map((pair) => planDocument(project, pair));
}

/** Canonical text of a unit's pieces with its slots, for comparing a file's source with today's. */
export function canonicalOf(unit: Unit, pieces: Piece[] = unit.pieces): string {
  return canonical(pieces, unit.slots);
}
