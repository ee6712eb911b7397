/**
 * Places for JSX attributes. satteri gives every node a position except an
 * element's attributes, and a comms officer told "line 20, column 1" about
 * `<img src="https://...">` has to hunt for the address; micromark said
 * column 6, where `src` starts. The element's own position says where its
 * tag is, so each attribute is found again in that text, in order, with a
 * small scan that knows only what can sit between attributes: white space,
 * names, `=`, quoted values and `{...}` expressions (which may hold quotes
 * and braces of their own).
 */
import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { walk } from '../markdown/walk.ts';

interface Attribute {
  type: string;
  name?: string;
  position?: Position;
}

/** The offset just past a `{...}` expression starting at `at` (braces inside strings do not count). */
function pastExpression(source: string, at: number, end: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = at; i < end; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return end;
}

/** The offset just past the attribute value (or bare name) starting after `at`. */
function pastValue(source: string, at: number, end: number): number {
  let i = at;
  while (i < end && /\s/.test(source[i]!)) i++;
  if (source[i] !== '=') return at;
  i++;
  while (i < end && /\s/.test(source[i]!)) i++;
  const c = source[i];
  if (c === '"' || c === "'") {
    const close = source.indexOf(c, i + 1);
    return close === -1 || close >= end ? end : close + 1;
  }
  return c === '{' ? pastExpression(source, i, end) : i;
}

/** Give each JSX attribute without a position the place it has in `source` (the text the tree was parsed from). */
export function placeAttributes(tree: Root, source: string): void {
  let place: ReturnType<typeof location> | undefined;
  walk<Root | RootContent>(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const attributes = (node as { attributes?: Attribute[] }).attributes;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!attributes?.length || start === undefined || end === undefined) return;
    place ??= location(source);
    // Past `<` and the element's name.
    let cursor = start + 1;
    while (cursor < end && !/[\s/>{]/.test(source[cursor]!)) cursor++;
    for (const attribute of attributes) {
      if (attribute.position) continue;
      while (cursor < end && /\s/.test(source[cursor]!)) cursor++;
      let from: number;
      let to: number;
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        from = source.indexOf('{', cursor);
        if (from === -1 || from >= end) return;
        to = pastExpression(source, from, end);
      } else {
        from = attribute.name ? source.indexOf(attribute.name, cursor) : -1;
        if (from === -1 || from >= end) return; // not where expected: leave the rest to their element
        to = pastValue(source, from + attribute.name!.length, end);
      }
      const first = place.toPoint(from);
      const last = place.toPoint(to);
      if (first && last) attribute.position = { start: { ...first, offset: from }, end: { ...last, offset: to } };
      cursor = to;
    }
  });
}
