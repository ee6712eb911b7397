/**
 * A translated XLIFF file back into MDX. Nothing is written unless the whole
 * file is sound: every unit of each document present and translated, no
 * placeholder lost, doubled, invented or altered, and the source in the file
 * still the source in content/ (otherwise the translation is of text that no
 * longer exists). The translated document is the source's syntax tree with
 * each unit's words replaced, so its structure, components, code, links and
 * figures are the source's own; only the words are the translator's.
 */
import type { Lang, Project } from '../engine/types.ts';
import type { SectionRecord } from '../schema/document.ts';
import { segmentDocument, type Segmented } from './export.ts';
import { writeTranslation } from './frontmatter.ts';
import type { Memory } from './memory.ts';
import { pairsOf, type Pair } from './pairs.ts';
import { placeholdersOf, wordsOf, type Pair as PairedPiece, type Piece, type Placeholder } from './pieces.ts';
import type { Unit } from './segment.ts';
import { TOOL, type FileIn, type UnitIn } from './xliff.ts';

export type ProblemCode = 'unknown-file' | 'missing-unit' | 'untranslated' | 'source-changed' | 'unsupported' | 'missing-placeholder' | 'extra-placeholder' | 'damaged-placeholder' | 'wrong-language';

export interface Problem {
  code: ProblemCode;
  /** The document the unit belongs to. */
  file: string;
  unit?: string;
  line?: number;
  /** Placeholder id and what it stands for, when one is at fault. */
  placeholder?: string;
  detail?: string;
}

export interface Written {
  pair: Pair;
  text: string;
  memory: Memory;
  /** Sections whose record changed (translated now), and those kept as they were. */
  updated: string[];
  kept: string[];
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

function describe(p: Placeholder | PairedPiece): string {
  return p.kind === 'ph' ? `${p.code || p.ctype}` : p.ctype;
}

/** What is wrong with one unit's translation, if anything. */
function checkUnit(unit: Unit, found: UnitIn | undefined, file: string): Problem[] {
  const at = { file, unit: unit.id, line: unit.line };
  if (!found) return [{ code: 'missing-unit', ...at }];
  if (found.unsupported) return [{ code: 'unsupported', ...at, detail: found.unsupported }];
  if (!found.target || !normal(wordsOf(found.target)) && placeholdersOf(found.target).length === 0) return [{ code: 'untranslated', ...at }];
  const source = placeholdersOf(unit.pieces);
  const fileSource = placeholdersOf(found.source);
  if (normal(wordsOf(found.source)) !== normal(wordsOf(unit.pieces)) || fileSource.map((p) => p.id).join() !== source.map((p) => p.id).join()) {
    return [{ code: 'source-changed', ...at }];
  }
  const problems: Problem[] = [];
  const target = placeholdersOf(found.target);
  for (const expected of source) {
    const copies = target.filter((p) => p.id === expected.id);
    const name = `${expected.id} (${describe(expected)})`;
    if (copies.length === 0) problems.push({ code: 'missing-placeholder', ...at, placeholder: name });
    else if (copies.length > 1) problems.push({ code: 'extra-placeholder', ...at, placeholder: name });
    else {
      const copy = copies[0]!;
      const given = fileSource.find((p) => p.id === expected.id)!;
      const damaged = copy.kind !== expected.kind || (copy.kind === 'ph' && given.kind === 'ph' && normal(copy.code) !== normal(given.code));
      if (damaged) problems.push({ code: 'damaged-placeholder', ...at, placeholder: name, detail: copy.kind === 'ph' ? copy.code : copy.ctype });
    }
  }
  for (const extra of target.filter((p) => !source.some((s) => s.id === p.id))) problems.push({ code: 'extra-placeholder', ...at, placeholder: `${extra.id} (${describe(extra)})` });
  return problems;
}

/** Section key -> its record after this import: new where the source or the translation changed, else as before. */
function sectionRecords(source: Segmented, previous: Segmented | undefined, pair: Pair, targets: Map<string, Piece[]>, stamp: { date: string; by: string }) {
  const before = pair.target?.data?.translation?.sections ?? {};
  const old = new Map(previous?.units.map((u) => [u.id, normal(wordsOf(u.pieces))]) ?? []);
  const records: Record<string, { sourceHash: string; date?: string; by?: string }> = {};
  const updated: string[] = [];
  const kept: string[] = [];
  for (const section of source.sections) {
    const hash = section.hash;
    const prior = before[section.key] as SectionRecord | undefined;
    const same = prior?.sourceHash === hash && section.units.every((u) => old.get(u.id) === normal(wordsOf(targets.get(u.id) ?? [])));
    if (same && prior) {
      records[section.key] = { sourceHash: hash, ...(prior.date ? { date: prior.date.toISOString().slice(0, 10) } : {}), ...(prior.by ? { by: prior.by } : {}) };
      kept.push(section.key);
    } else {
      records[section.key] = { sourceHash: hash, ...stamp };
      updated.push(section.key);
    }
  }
  return { records, updated, kept };
}

/** memoQ names the translator on each unit (mq:lastchangedby): the name most units carry. */
function lastChangedBy(file: FileIn): string | undefined {
  const counts = new Map<string, number>();
  for (const unit of file.units.values()) {
    const name = unit.attributes['mq:lastchangedby'];
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export interface ImportResult {
  problems: Problem[];
  written: Written[];
}

/** Check `files` (parsed XLIFF) against the project and build the translated documents. Writes nothing. */
export function planImport(project: Project, files: FileIn[], stamp: { date: string; by?: string }): ImportResult {
  const problems: Problem[] = [];
  const written: Written[] = [];
  const pairs = pairsOf(project);
  for (const file of files) {
    const pair = pairs.find((p) => p.source.path === file.original);
    if (!pair) {
      problems.push({ code: 'unknown-file', file: file.original });
      continue;
    }
    const wanted: Lang = pair.targetLang;
    if (file.targetLang && !file.targetLang.toLowerCase().startsWith(wanted)) {
      problems.push({ code: 'wrong-language', file: file.original, detail: file.targetLang });
      continue;
    }
    const source = segmentDocument(pair.source);
    const before = problems.length;
    const targets = new Map<string, Piece[]>();
    for (const unit of source.units) {
      const found = file.units.get(unit.id);
      const unitProblems = checkUnit(unit, found, file.original);
      problems.push(...unitProblems);
      if (unitProblems.length === 0) targets.set(unit.id, found!.target!);
    }
    if (problems.length > before) continue;
    for (const unit of source.units) unit.apply(targets.get(unit.id)!);
    // Our own name in the header only says the file was not re-saved by a CAT tool.
    const tool = file.tool && !file.tool.startsWith(TOOL.name) ? file.tool : undefined;
    const person = stamp.by ?? file.person ?? lastChangedBy(file);
    const by = [person, person && tool ? `(${tool})` : tool].filter(Boolean).join(' ') || 'unknown';
    const previous = pair.target ? segmentDocument(pair.target) : undefined;
    const { records, updated, kept } = sectionRecords(source, previous, pair, targets, { date: stamp.date, by });
    const text = writeTranslation(source.tree, pair, source.data ?? {}, records);
    const memory: Memory = { source: pair.source.path, target: pair.targetPath, units: Object.fromEntries(source.units.map((u) => [u.id, u.hash])) };
    written.push({ pair, text, memory, updated, kept });
  }
  return { problems, written };
}
