/**
 * A pre-order walk over a unist tree with unist-util-visit's semantics (the
 * same order, `SKIP`, `EXIT`, and a returned number as the index in the
 * parent to go on from, so a visitor may splice its parent's children), for
 * the steps that run on every page of every build.
 *
 * Why not unist-util-visit itself there: it makes a closure, a result array
 * and, for each parent, a copy of the ancestors list for every node it
 * passes, whatever the test. On the 30x bench that was 530 MB of garbage and
 * 1.1 s of the main thread's CPU in the Markdown steps alone (allocation and
 * CPU profiles of a build), most of it for nodes no visitor wanted.
 * test/walk.test.ts checks this walk against unist-util-visit on random
 * trees, with visitors that skip, stop and splice.
 */
export const SKIP = 'skip';
export const EXIT = false;

interface Node {
  type: string;
  children?: Node[];
}

/** What a visitor returns: nothing (go on), SKIP (not into this node), EXIT (stop), or the index in the parent to go on from. */
export type Action = typeof SKIP | typeof EXIT | number | true | undefined | void;

/** A node's parent: one of the same kind of nodes, with children. */
export type Parent<T extends Node> = T & { children: T[] };

export type Visitor<T extends Node = Node> = (node: T, index: number | undefined, parent: Parent<T> | undefined) => Action;

const STOP = Symbol('stop');

function visitNode<T extends Node>(node: T, index: number | undefined, parent: Parent<T> | undefined, visitor: Visitor<T>): number | typeof STOP | undefined {
  const result = visitor(node, index, parent);
  if (result === EXIT) return STOP;
  if (result !== SKIP && node.children) {
    // The list is read again at each step, as unist-util-visit does: a visitor may have changed it.
    let offset = 0;
    while (offset > -1 && offset < node.children.length) {
      const next = visitNode(node.children[offset] as T, offset, node as Parent<T>, visitor);
      if (next === STOP) return STOP;
      offset = typeof next === 'number' ? next : offset + 1;
    }
  }
  return typeof result === 'number' ? result : undefined;
}

/** Walk `tree` in pre-order, calling `visitor` on every node (filter by type in the visitor). */
export function walk<T extends Node>(tree: T, visitor: Visitor<T>): void {
  visitNode(tree, undefined, undefined, visitor);
}
