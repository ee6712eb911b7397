/**
 * Which requirement keys a document may use, and the nearest one to a typo.
 * Authors write keys by hand, so a "did you mean" is worth more than a list:
 * it accepts small slips (`goverance`) and headings keyed in Welsh
 * (`{#llywodraethu}` -> `governance`), matched through each section's title.
 */
import type { Project } from '../engine/types.ts';
import { distance } from 'fastest-levenshtein';
import { NATIONAL_MEASURES, SNA_SECTIONS, STRATEGY_SECTIONS, sectionsFor } from './requirements.ts';

type Kind = 'strategy' | 'sna';

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Section keys valid at the top of a document of this kind (built-in and the partnership's own). */
export function sectionKeys(project: Project, kind: Kind): Set<string> {
  return new Set([...sectionsFor(kind).map((r) => r.requirement.key), ...(project.site?.checks.requireSections[kind] ?? [])]);
}

export const NATIONAL_KEYS = new Set<string>(NATIONAL_MEASURES.map((m) => m.key));

/** Edit distance between two keys (fastest-levenshtein: one well-kept implementation for the whole checker). */
export { distance } from 'fastest-levenshtein';

/** The valid key closest to `key`, if one is close enough to be a slip. */
export function suggest(key: string, project: Project, kind: Kind): string | undefined {
  const wanted = key.toLowerCase();
  const candidates = new Map<string, string>();
  for (const valid of [...sectionKeys(project, kind), ...(kind === 'strategy' ? NATIONAL_KEYS : [])]) candidates.set(valid, valid);
  for (const rule of kind === 'strategy' ? STRATEGY_SECTIONS : SNA_SECTIONS) {
    const { key: valid, title } = rule.requirement;
    candidates.set(slugify(title.en), valid);
    candidates.set(slugify(title.cy), valid);
  }
  for (const m of kind === 'strategy' ? NATIONAL_MEASURES : []) {
    candidates.set(slugify(m.title.en), m.key);
    candidates.set(slugify(m.title.cy), m.key);
  }
  let best: { key: string; score: number } | undefined;
  for (const [written, valid] of candidates) {
    const score = distance(wanted, written);
    const allowed = Math.max(3, Math.floor(written.length / 3));
    if (score <= allowed && (!best || score < best.score)) best = { key: valid, score };
  }
  return best?.key;
}
