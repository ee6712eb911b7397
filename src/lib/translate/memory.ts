/**
 * The translation memory, in all but name: for each unit of a document, the
 * hash of the source it was last translated from. The Welsh words themselves
 * are not kept here: they are in the Welsh MDX, cut into units the same way
 * (segment.ts), so a translator who edits the Welsh file directly is never
 * overruled by an older copy.
 *
 * Kept in `content/.translations/<collection>/<translationKey>.<lang>.json`,
 * committed with the content: it is what lets the next export offer only the
 * units that changed, it must travel with the repository to any machine that
 * exports, and it is reviewable in a diff. It is not in the Welsh
 * frontmatter because a strategy has hundreds of units: the frontmatter keeps
 * the per-section record an author can read (translation.sections). If the
 * file is lost, nothing is wrong, only less is known: every unit of a section
 * whose record no longer matches is offered again.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Collection, Lang } from '../engine/types.ts';

export interface Memory {
  /** The source document, relative to the project root. */
  source: string;
  /** The translated document, relative to the project root. */
  target: string;
  /** Unit id -> hash of its source when it was last translated. */
  units: Record<string, string>;
}

export function memoryPath(collection: Collection, translationKey: string, lang: Lang): string {
  return `content/.translations/${collection}/${translationKey}.${lang}.json`;
}

export function readMemory(root: string, path: string): Memory | undefined {
  try {
    const data = JSON.parse(readFileSync(join(root, path), 'utf8')) as Memory;
    return data && typeof data.units === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

export function writeMemory(root: string, path: string, memory: Memory): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  // Sorted keys and one unit a line: a re-import that changes one unit changes one line.
  const units = Object.fromEntries(Object.entries(memory.units).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(full, `${JSON.stringify({ ...memory, units }, null, 2)}\n`);
}
