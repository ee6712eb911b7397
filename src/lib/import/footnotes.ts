/**
 * Word footnotes as GFM footnotes. mammoth writes a footnote as
 * `<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>` in the text
 * and an `<ol>` of `<li id="footnote-1">` at the end, each with a "↑" link
 * back; these rehype-remark handlers turn them into `[^1]` references and
 * `[^1]: ...` definitions, and drop the back links (the site makes its own).
 */
import type { Element, ElementContent } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import { defaultHandlers } from 'hast-util-to-mdast';

const NOTE = /^#?(?:foot|end)note-(\d+)$/;
const BACK = /^#(?:foot|end)note-ref-\d+$/;

function noteId(node: ElementContent | undefined, attribute: 'href' | 'id'): string | undefined {
  if (node?.type !== 'element') return undefined;
  const value = node.properties?.[attribute];
  return typeof value === 'string' ? NOTE.exec(value)?.[1] : undefined;
}

function withoutBackLinks(node: Element): Element {
  const children = node.children
    .filter((child) => !(child.type === 'element' && child.tagName === 'a' && BACK.test(String(child.properties?.href ?? ''))))
    .map((child) => (child.type === 'element' ? withoutBackLinks(child) : child));
  return { ...node, children };
}

const sup: Handle = (state, node) => {
  const link = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
  const id = noteId(link, 'href');
  if (id && node.children.length === 1) return { type: 'footnoteReference', identifier: id, label: id };
  return state.all(node) as never;
};

const ol: Handle = (state, node) => {
  const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  if (items.length === 0 || !items.every((li) => noteId(li, 'id'))) return defaultHandlers.ol(state, node);
  return items.map((li) => {
    const id = noteId(li, 'id')!;
    return { type: 'footnoteDefinition', identifier: id, label: id, children: state.toFlow(state.all(withoutBackLinks(li))) };
  }) as never;
};

export const footnoteHandlers = { sup, ol };
