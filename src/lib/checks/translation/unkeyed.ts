/**
 * Sections without a {#key}: a page's "Who we are", a strategy's "Priority
 * 1" under its actions. Nothing names them, so the two language versions are
 * paired the way a translator's alignment tool pairs segments: within the
 * same keyed section (or the document's top), in order, by heading level,
 * by the figures they state and by their length. What is left unpaired is a
 * section one version has and the other lacks.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingKey } from '../../content/heading-keys.ts';
import { figuresOf, textOf } from '../figures/extract.ts';
import { wordsOf } from '../rubric/match.ts';
import { fillOf, sectionsOf, type Fill } from '../sections.ts';

export interface Unkeyed {
  heading: Heading;
  title: string;
  depth: number;
  /** The key of the keyed section it sits in ('' at the top of the document). */
  within: string;
  /** Its own text (up to the next heading of any level): figures and length for pairing. */
  figures: Set<string>;
  words: number;
  fill: Fill;
  /** First and last line of its own text, heading included (for leaving its figures out of a pair it is not in). */
  lines: [number, number];
}

/**
 * Per tree, because translation/sections (both directions) and
 * translation/figures all align the same pair: worked out once per
 * analysis, not three times. Trees are not changed after parsing, and a
 * re-analysis parses (or reads from the cache) new tree objects.
 */
const unkeyedCache = new WeakMap<Root, Unkeyed[]>();
const alignCache = new WeakMap<Root, WeakMap<Root, Group[]>>();

/** Every heading without a key at the top level of the document, in order. */
export function unkeyedOf(tree: Root): Unkeyed[] {
  let out = unkeyedCache.get(tree);
  if (!out) unkeyedCache.set(tree, (out = findUnkeyed(tree)));
  return out;
}

function findUnkeyed(tree: Root): Unkeyed[] {
  const out: Unkeyed[] = [];
  const open: { depth: number; key: string }[] = [];
  const children = tree.children;
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
    const key = headingKey(node);
    if (key) open.push({ depth: node.depth, key });
    else {
      let end = index + 1;
      while (end < children.length && children[end]!.type !== 'heading') end += 1;
      const own: RootContent[] = children.slice(index + 1, end);
      // A heading with sub-headings is filled by them.
      const next = children[end];
      const parentOfMore = next?.type === 'heading' && next.depth > node.depth;
      out.push({
        heading: node,
        title: toString(node).trim(),
        depth: node.depth,
        within: open.at(-1)?.key ?? '',
        figures: new Set(figuresOf([node, ...own]).map((f) => `${f.kind}:${f.value}`)),
        words: wordsOf(textOf(own)).length,
        fill: parentOfMore ? 'filled' : fillOf(own).fill,
        lines: [node.position?.start.line ?? 0, (own.at(-1) ?? node).position?.end.line ?? 0],
      });
    }
  });
  return out;
}

const GAP = -1;

/** How alike two sections are: same level, shared figures, similar length. */
function likeness(a: Unkeyed, b: Unkeyed): number {
  let score = a.depth === b.depth ? 2 : -1;
  if (a.figures.size > 0 || b.figures.size > 0) {
    const shared = [...a.figures].filter((f) => b.figures.has(f)).length;
    score += (3 * shared) / new Set([...a.figures, ...b.figures]).size - 1;
  }
  if (a.words > 0 && b.words > 0) score += Math.min(a.words, b.words) / Math.max(a.words, b.words);
  return score;
}

/** Needleman-Wunsch over two lists of one keyed section's unkeyed sub-sections: the pairs, and the gaps. */
function alignGroup(a: Unkeyed[], b: Unkeyed[]): Pair[] {
  const score = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i + j) * GAP));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      score[i]![j] = Math.max(score[i - 1]![j - 1]! + likeness(a[i - 1]!, b[j - 1]!), score[i - 1]![j]! + GAP, score[i]![j - 1]! + GAP);
    }
  }
  const pairs: Pair[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && score[i]![j] === score[i - 1]![j - 1]! + likeness(a[i - 1]!, b[j - 1]!)) pairs.push([a[--i], b[--j]]);
    else if (i > 0 && score[i]![j] === score[i - 1]![j]! + GAP) pairs.push([a[--i], undefined]);
    else pairs.push([undefined, b[--j]]);
  }
  return pairs.reverse();
}

/**
 * The unkeyed sections of two versions, paired within each keyed section both
 * have (a keyed section only one has is translation/sections' own finding).
 * Always aligned in the same order, so both directions see the same pairs.
 */
export type Pair = [Unkeyed | undefined, Unkeyed | undefined];
type Group = { within: string; pairs: Pair[] };

export function alignUnkeyed(a: Root, b: Root): Group[] {
  let byB = alignCache.get(a);
  if (!byB) alignCache.set(a, (byB = new WeakMap()));
  let groups = byB.get(b);
  if (!groups) byB.set(b, (groups = align(a, b)));
  return groups;
}

function align(a: Root, b: Root): Group[] {
  const left = unkeyedOf(a);
  const right = unkeyedOf(b);
  const keysA = new Set(sectionsOf(a).map((s) => s.key));
  const keysB = new Set(sectionsOf(b).map((s) => s.key));
  const groups = [...new Set([...left, ...right].map((u) => u.within))].filter((w) => w === '' || (keysA.has(w) && keysB.has(w)));
  return groups.map((within) => ({ within, pairs: alignGroup(left.filter((u) => u.within === within), right.filter((u) => u.within === within)) }));
}

/** Where the sections are that the other version lacks or leaves empty: a figure there the other version lacks is translation/sections' finding, not a figure difference. */
export function unpairedLines(groups: { pairs: Pair[] }[], side: 0 | 1): [number, number][] {
  return groups.flatMap((g) => g.pairs.filter((pair) => pair[side] && pair[1 - side]?.fill !== 'filled').map((pair) => pair[side]!.lines));
}
