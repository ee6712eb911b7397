/**
 * Runs Markdown steps that are pure functions over a whole tree inside
 * Astro's native Markdown processor, satteri (@astrojs/markdown-satteri), so
 * nothing is parsed twice: the hast steps on a page the sanitiser changes
 * (markdown/satteri-hast.ts), smart punctuation on a page with style or
 * script JSX, and any step a test runs in a real compile
 * (test/helpers/satteri.ts).
 *
 * satteri's visitors are per node and record edits through `ctx`; these steps
 * look across the document, so each group runs once per document in a hook:
 * it reads the materialised root, works on a plain copy, and hands the
 * result back with `ctx.replaceNode(root, copy)` (the one place satteri
 * takes a root as content). Copying is what costs: satteri materialises a
 * node in JavaScript only when it is read. So every step of a page that
 * needs only some nodes visits those alone: the safe-MDX refusal
 * (safety/safe-mdx.ts), smart punctuation
 * (markdown/satteri-smart-punctuation.ts), heading keys
 * (content/heading-keys.ts) and, on a page the sanitiser leaves as it is,
 * the hast steps.
 *
 * A thrown error stops the compile (satteri rejects; `ctx.report` with an
 * error severity does not), which is how the refusal stops a build.
 */
import type { Parents as HastParents, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { HastPluginDefinition, HastVisitorContext, MdastPluginDefinition, MdastVisitorContext } from 'satteri';

/**
 * A plain copy of a materialised satteri node: its nodes carry their arena id
 * and a resolver as own properties, which must not travel into a replacement
 * (satteri would take the copy for the original nodes).
 */
export function plainTree<T>(node: T): T {
  // Plain loops, not map() and Object.entries(): this copies every node of every page (0.4 s at 10x).
  if (Array.isArray(node)) {
    const out = new Array<unknown>(node.length);
    for (let i = 0; i < node.length; i++) out[i] = plainTree(node[i]);
    return out as T;
  }
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const from = node as Record<string, unknown>;
  // for...in, not Object.keys: no array of keys made for every node (100 MB of the 30x build's garbage).
  // It sees the same keys in the same order: satteri's nodes are plain objects, and its child stubs'
  // inherited members are class members, which are not enumerable.
  for (const key in from) {
    if (key !== '_resolver' && key !== '_id') out[key] = plainTree(from[key]);
  }
  return out as T;
}

/** The page's language, from the frontmatter Astro puts in the data bag (`lang: cy`). */
export function pageLang(data: Record<string, unknown>): 'en' | 'cy' {
  const astro = data.astro as { frontmatter?: { lang?: unknown } } | undefined;
  return astro?.frontmatter?.lang === 'cy' ? 'cy' : 'en';
}

/**
 * What a step does to the copy: edits it in place (returns true or nothing),
 * returns a new root, or returns false to say it changed nothing (then, if no
 * step changed anything, the tree is not sent back at all).
 */
export type TreeStep<Tree, Context> = (tree: Tree, ctx: Context) => Tree | boolean | void;
export type MdastStep = TreeStep<MdastRoot, MdastVisitorContext>;
export type HastStep = TreeStep<HastRoot, HastVisitorContext>;

function runSteps<Tree, Context>(root: Tree, ctx: Context, steps: TreeStep<Tree, Context>[]): Tree | undefined {
  let tree = plainTree(root);
  let changed = false;
  for (const step of steps) {
    const result = step(tree, ctx);
    if (result === false) continue;
    changed = true;
    if (result && typeof result === 'object') tree = result;
  }
  return changed ? tree : undefined;
}

/**
 * mdast steps over the whole tree, run in order on one copy (one copy and one
 * replacement for them all). `position` if a step reads places.
 */
export function mdastTreePlugin(name: string, steps: MdastStep[], options: { position?: boolean } = {}): MdastPluginDefinition {
  return {
    name,
    options,
    after(root, ctx) {
      const tree = runSteps(root as MdastRoot, ctx, steps);
      if (tree) ctx.replaceNode(root, tree as never);
    },
  };
}

/**
 * Where a page's hast steps run on one copy of the whole tree rather than as
 * visitors, and why: set in the data bag by the sanitiser's check
 * (safety/satteri-sanitise.ts), read by both kinds of step.
 */
const WHOLE_TREE = 'svdWholeTree';
export const wholeTree = (ctx: HastVisitorContext): boolean => ctx.data[WHOLE_TREE] !== undefined;
export const wholeTreeReason = (data: Record<string, unknown>): string | undefined => data[WHOLE_TREE] as string | undefined;
export function markWholeTree(ctx: HastVisitorContext, reason: string): void {
  ctx.data[WHOLE_TREE] ??= reason;
}

/** A handed node's ancestors, nearest first, as satteri materialises them (one each, kept for the pass). */
export function* ancestors(node: Readonly<{ type: string }>, ctx: HastVisitorContext): Generator<Readonly<HastParents>> {
  for (let parent = ctx.parent(node as never); parent; parent = ctx.parent(parent as never)) yield parent;
}

/** Run hast steps over the whole tree, in order, on one copy, and hand it back if they changed it. */
export function runHastSteps(root: Readonly<HastRoot>, ctx: HastVisitorContext, steps: HastStep[]): void {
  const tree = runSteps(root as HastRoot, ctx, steps);
  if (tree) ctx.replaceNode(root, tree as never);
}

/** hast steps over the whole tree, in order, on one copy. */
export function hastTreePlugin(name: string, steps: HastStep[]): HastPluginDefinition {
  return { name, after: (root, ctx) => runHastSteps(root, ctx, steps) };
}
