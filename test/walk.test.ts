import { SKIP as VISIT_SKIP, EXIT as VISIT_EXIT, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, walk, type Action } from '../src/lib/markdown/walk.ts';

interface N {
  type: string;
  id: number;
  children?: N[];
}

/** A small seeded generator (mulberry32), so a failure names the seed that made it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tree(next: () => number): N {
  let id = 0;
  const make = (depth: number): N => {
    const node: N = { type: next() < 0.5 ? 'element' : 'text', id: id++ };
    if (node.type === 'element' && depth < 5) node.children = Array.from({ length: Math.floor(next() * 5) }, () => make(depth + 1));
    return node;
  };
  return { type: 'root', id: id++, children: Array.from({ length: 1 + Math.floor(next() * 6) }, () => make(1)) };
}

type Choice = 'go' | 'skip' | 'exit' | 'splice' | 'back' | 'empty';

/** What a visitor does at a node, fixed by the node's id and the seed, so both walks meet the same choices. */
function choiceFor(seed: number, id: number): Choice {
  const r = random(seed * 7919 + id)();
  return r < 0.6 ? 'go' : r < 0.72 ? 'skip' : r < 0.74 ? 'exit' : r < 0.86 ? 'splice' : r < 0.93 ? 'back' : 'empty';
}

/** Run a visitor that records what it saw and changes the tree as `choiceFor` says, in either walk's own words. */
function run(seed: number, use: 'walk' | 'visit'): { seen: string[]; tree: N } {
  const root = tree(random(seed));
  const seen: string[] = [];
  let fresh = 10_000;
  const backed = new Set<number>();
  const visitor = (node: N, index: number | undefined, parent: N | undefined): Action => {
    seen.push(`${node.id}@${index ?? '-'}<${parent?.id ?? '-'}`);
    if (seen.length > 5_000) return EXIT; // a walk that loops fails the comparison, not the run
    const choice = choiceFor(seed, node.id);
    if (choice === 'skip') return use === 'walk' ? SKIP : (VISIT_SKIP as never);
    if (choice === 'exit') return use === 'walk' ? EXIT : (VISIT_EXIT as never);
    if (choice === 'empty' && node.children) node.children = [];
    if (!parent || index === undefined) return undefined;
    // Replace this node by two new leaves and go on after them, as the phone-link step does.
    if (choice === 'splice') {
      parent.children!.splice(index, 1, { type: 'text', id: fresh++ }, { type: 'text', id: fresh++ });
      return index + 2;
    }
    // Go back once to the start of the parent's list (an index behind the current one).
    if (choice === 'back' && !backed.has(node.id)) {
      backed.add(node.id);
      return 0;
    }
    return undefined;
  };
  if (use === 'walk') walk(root, visitor);
  else visit(root, visitor as never);
  return { seen, tree: root };
}

describe('walk', () => {
  it('visits, skips, stops and splices exactly as unist-util-visit does, on 2,000 random trees', () => {
    let compared = 0;
    for (let seed = 1; seed <= 2_000; seed++) {
      const ours = run(seed, 'walk');
      const theirs = run(seed, 'visit');
      expect(ours.seen, `seed ${seed}`).toEqual(theirs.seen);
      expect(ours.tree, `seed ${seed}`).toEqual(theirs.tree);
      compared += theirs.seen.length;
    }
    // The corpus is not trivial: it reaches many nodes, and its visitors do change trees.
    expect(compared).toBeGreaterThan(20_000);
  });

  it('goes into children a visitor has just given a node, and not into those of a skipped one', () => {
    const root: N = { type: 'root', id: 0, children: [{ type: 'element', id: 1, children: [] }, { type: 'element', id: 2, children: [{ type: 'text', id: 3 }] }] };
    const seen: number[] = [];
    walk(root, (node) => {
      seen.push(node.id);
      if (node.id === 1) node.children = [{ type: 'text', id: 9 }];
      if (node.id === 2) return SKIP;
      return undefined;
    });
    expect(seen).toEqual([0, 1, 9, 2]);
  });
});
