/**
 * `svd translated`: a translator who edited the MDX directly says "this
 * translation matches its source now". The attestation is recorded section
 * by section (who, when, against which source), but only when the two
 * documents plainly are the same document: the same section keys, and in
 * each section a length that a translation could have. Welsh runs 5-25%
 * longer than English (1.00 to 1.26 per section across the example's 50
 * sections); a section with under 0.6 or over 1.8 times the source's words is
 * not a translation of it, whatever anyone says.
 */
import type { Project } from '../engine/types.ts';
import { countWords } from './pieces.ts';
import type { Pair } from './pairs.ts';
import { documentStatus, cut } from './status.ts';
import type { RecordOut } from './frontmatter.ts';
import type { Unit } from './segment.ts';

export const RATIO = { min: 0.6, max: 1.8 };
/** Below this many words on both sides a section is too short for its length to mean anything. */
const SHORT = 12;

export interface Mismatch {
  code: 'only-in-source' | 'only-in-translation' | 'length';
  key: string;
  title: string;
  /** Line in the source (only-in-source, length) or in the translation (only-in-translation). */
  line: number;
  sourceWords?: number;
  translationWords?: number;
}

const words = (units: Unit[]) => units.reduce((sum, unit) => sum + countWords(unit.pieces), 0);

/** How the translation's structure differs from the source's; empty when it plausibly matches. */
export function mismatches(pair: Pair): Mismatch[] {
  if (!pair.target) return [];
  const source = cut(pair.source).sections;
  const translation = cut(pair.target).sections;
  const theirs = new Map(translation.map((s) => [s.key, s]));
  const ours = new Set(source.map((s) => s.key));
  const found: Mismatch[] = [];
  for (const section of source) {
    const other = theirs.get(section.key);
    const sourceWords = words(section.units);
    if (!other) {
      if (sourceWords > 0) found.push({ code: 'only-in-source', key: section.key, title: section.title, line: section.line });
      continue;
    }
    const translationWords = words(other.units);
    if (Math.max(sourceWords, translationWords) < SHORT) continue;
    const ratio = translationWords / Math.max(sourceWords, 1);
    if (ratio < RATIO.min || ratio > RATIO.max) found.push({ code: 'length', key: section.key, title: section.title, line: section.line, sourceWords, translationWords });
  }
  for (const section of translation) {
    if (!ours.has(section.key) && words(section.units) > 0) found.push({ code: 'only-in-translation', key: section.key, title: section.title, line: section.line });
  }
  return found;
}

/**
 * The records after attesting: every section now current; those already
 * current keep who translated them and when, the others get `stamp`.
 */
export function attestedRecords(project: Project, pair: Pair, stamp: { date: string; by: string }): { records: Record<string, RecordOut>; changed: string[] } {
  const status = documentStatus(project, pair);
  const records: Record<string, RecordOut> = {};
  const changed: string[] = [];
  const hashes = new Map(cut(pair.source).sections.map((s) => [s.key, s.hash]));
  for (const section of status.sections) {
    const sourceHash = hashes.get(section.key)!;
    if (status.record === 'sections' && section.state === 'current') {
      records[section.key] = { sourceHash, ...(section.date ? { date: section.date } : {}), ...(section.by ? { by: section.by } : {}) };
    } else {
      records[section.key] = { sourceHash, ...stamp };
      changed.push(section.key);
    }
  }
  return { records, changed };
}
