/**
 * A translation unit's text as the translator sees it: plain text with
 * inline placeholders. Everything a translator must not change (code, MDX
 * components and expressions, images, line breaks, section keys, bare URLs)
 * becomes a standalone placeholder holding its original code; formatting a
 * translator must keep but may move (bold, italic, links, inline components
 * with words inside) becomes a paired placeholder around translatable text.
 * Placeholders are numbered within their unit, in source order, and each
 * number maps back to the original syntax-tree node (the "slot"), so the
 * import rebuilds the very same node around the translated words and a URL
 * or a component's props can never be altered through the XLIFF file.
 *
 * These map onto XLIFF 1.2's `<ph>` (standalone, native code inside), `<x/>`
 * (standalone, empty: line breaks) and `<g>` (paired): see xliff.ts.
 */
import type { PhrasingContent } from 'mdast';

export type Piece = string | Placeholder | Pair;

/** A standalone placeholder: `code` is the original text, shown to the translator but not theirs to change. */
export interface Placeholder {
  kind: 'ph';
  id: string;
  /** What it stands for: x-code, x-mdx, x-url, image, lb, x-section-key, x-html, x-footnote. */
  ctype: string;
  code: string;
}

/** A paired placeholder: formatting around translatable text. */
export interface Pair {
  kind: 'g';
  id: string;
  /** bold, italic, link, x-strike, x-mdx-<Component>. */
  ctype: string;
  children: Piece[];
}

/** A node whose text is translated elsewhere: an image's alt, an inline component's caption props. */
export interface SubText {
  /** Suffix of the sub-unit's id, e.g. `alt1`, `a2-title`. */
  suffix: string;
  text: string;
  set: (value: string) => void;
}

export interface Converted {
  pieces: Piece[];
  /** Placeholder id -> the node it stands for. */
  slots: Map<string, PhrasingContent>;
  subtexts: SubText[];
}

const PAIRED: Record<string, string> = { strong: 'bold', emphasis: 'italic', delete: 'x-strike', link: 'link', linkReference: 'link' };

/** Props of inline and block components whose values readers see, so are translated. */
export const TRANSLATABLE_PROPS = new Set(['title', 'description', 'caption', 'alt', 'label', 'summary']);

/** Source code of a node for a `<ph>`: its original text when we have it, else a readable stand-in. */
function codeOf(node: PhrasingContent, source: string | undefined): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source !== undefined && start !== undefined && end !== undefined) return source.slice(start, end);
  if ('value' in node && typeof node.value === 'string') return node.value;
  return node.type;
}

/** Phrasing nodes -> pieces. `source` is the text the tree was parsed from (for native code). */
export function toPieces(nodes: PhrasingContent[], source?: string): Converted {
  const slots = new Map<string, PhrasingContent>();
  const subtexts: SubText[] = [];
  let next = 1;
  const take = (node: PhrasingContent): string => {
    const id = String(next);
    next += 1;
    slots.set(id, node);
    return id;
  };
  const walk = (list: PhrasingContent[]): Piece[] => {
    const out: Piece[] = [];
    for (const node of list) {
      if (node.type === 'text') {
        if (typeof out.at(-1) === 'string') out[out.length - 1] += node.value;
        else out.push(node.value);
        continue;
      }
      const paired = PAIRED[node.type];
      if (paired && 'children' in node) {
        const id = take(node);
        // A bare URL (GFM autolink literal) reads as its own text: not the translator's to change.
        const literal = node.type === 'link' && node.children.length === 1 && node.children[0]!.type === 'text' && node.children[0]!.value === node.url.replace(/^mailto:/, '');
        if (literal) out.push({ kind: 'ph', id, ctype: 'x-url', code: node.url });
        else out.push({ kind: 'g', id, ctype: paired, children: walk(node.children as PhrasingContent[]) });
        continue;
      }
      if (node.type === 'mdxJsxTextElement') {
        const id = take(node);
        node.attributes.forEach((attribute, index) => {
          if (attribute.type !== 'mdxJsxAttribute' || !TRANSLATABLE_PROPS.has(attribute.name) || typeof attribute.value !== 'string') return;
          subtexts.push({ suffix: `a${id}-${attribute.name}`, text: attribute.value, set: (value) => void (node.attributes[index] = { ...attribute, value }) });
        });
        if (node.children.length > 0) out.push({ kind: 'g', id, ctype: `x-mdx-${node.name ?? 'fragment'}`, children: walk(node.children) });
        else out.push({ kind: 'ph', id, ctype: 'x-mdx', code: codeOf(node, source) });
        continue;
      }
      const id = take(node);
      if (node.type === 'image') {
        if (node.alt) subtexts.push({ suffix: `alt${id}`, text: node.alt, set: (value) => void (node.alt = value) });
        out.push({ kind: 'ph', id, ctype: 'image', code: codeOf(node, source) });
      } else if (node.type === 'break') out.push({ kind: 'ph', id, ctype: 'lb', code: '' });
      else if (node.type === 'inlineCode') out.push({ kind: 'ph', id, ctype: 'x-code', code: codeOf(node, source) });
      else if (node.type === 'html') out.push({ kind: 'ph', id, ctype: 'x-html', code: node.value });
      else if (node.type === 'footnoteReference') out.push({ kind: 'ph', id, ctype: 'x-footnote', code: `[^${node.identifier}]` });
      else out.push({ kind: 'ph', id, ctype: 'x-mdx', code: codeOf(node, source) });
    }
    return out;
  };
  return { pieces: walk(nodes), slots, subtexts };
}

/** The words of the pieces, placeholders left out (for word counts and "has it any text?"). */
export function wordsOf(pieces: Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.kind === 'g' ? wordsOf(p.children) : ' ')).join('');
}

export function countWords(pieces: Piece[]): number {
  return wordsOf(pieces).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A canonical form for hashing and comparing: whitespace runs collapsed (a
 * re-wrapped paragraph has not changed), placeholders by kind and code, and
 * what the slot holds that the XLIFF does not show (a link's URL), so a
 * changed URL still counts as a change.
 */
export function canonical(pieces: Piece[], slots?: Map<string, PhrasingContent>): string {
  return pieces
    .map((p) => {
      if (typeof p === 'string') return p.replace(/\s+/g, ' ');
      const node = slots?.get(p.id);
      const extra = node && 'url' in node ? `|${node.url}|${node.title ?? ''}` : '';
      if (p.kind === 'ph') return `{ph:${p.ctype}:${p.code.replace(/\s+/g, ' ')}}`;
      return `{g:${p.ctype}${extra}}${canonical(p.children, slots)}{/g}`;
    })
    .join('')
    .trim();
}

/** Every placeholder in the pieces, nested ones included. */
export function placeholdersOf(pieces: Piece[]): (Placeholder | Pair)[] {
  return pieces.flatMap((p) => (typeof p === 'string' ? [] : p.kind === 'g' ? [p, ...placeholdersOf(p.children)] : [p]));
}

/** Pieces back to phrasing nodes, each placeholder rebuilt from its slot. Assumes the pieces were validated. */
export function fromPieces(pieces: Piece[], slots: Map<string, PhrasingContent>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      if (piece) out.push({ type: 'text', value: piece });
      continue;
    }
    const slot = slots.get(piece.id);
    if (!slot) continue;
    if (piece.kind === 'g' && 'children' in slot) out.push({ ...slot, children: fromPieces(piece.children, slots) } as PhrasingContent);
    else out.push(slot);
  }
  return out;
}
