/**
 * The phone links step (rehype-tel.ts) as a satteri visitor, for a page the
 * sanitiser's check has left to the visitors (markdown/satteri-hast.ts).
 * Every text node crosses, but only its value: one that may hold a number
 * (the same cheap looks as the whole-tree step) is then placed, through its
 * ancestors, and only then are the siblings before it read, for the
 * sentence a calling word may be in.
 */
import type { ElementContent, Text } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { INLINE, LEAVE, linkPhoneNumbers, mayLink, sentenceSoFar, textOf } from './rehype-tel.ts';
import { ancestors } from './satteri-tree.ts';

type Parent = Readonly<{ type: string; tagName?: string; children: readonly ElementContent[] }>;

/** In a link, code, a heading or a caption, whose text is never linked. */
function leftAlone(node: Readonly<{ type: string }>, ctx: HastVisitorContext): boolean {
  for (const parent of ancestors(node, ctx)) if (parent.type === 'element' && LEAVE.has(parent.tagName)) return true;
  return false;
}

/**
 * The sentence before the node at `index` in `parent`, as the whole-tree
 * step reads it: the text of the siblings before it, after the sentence
 * before an inline parent. Only the last 80 characters count
 * (sentenceSoFar), so the parent's own sentence is read only when the
 * siblings have fewer.
 */
function lead(parent: Parent, index: number, ctx: HastVisitorContext): string {
  let text = '';
  for (let i = index - 1; i >= 0 && text.length < 80; i--) text = textOf(parent.children[i] as ElementContent) + text;
  if (text.length < 80 && parent.type === 'element' && INLINE.has(parent.tagName!)) {
    const grandparent = ctx.parent(parent as never) as Parent | undefined;
    if (grandparent) text = lead(grandparent, ctx.indexOf(parent as never)!, ctx) + text;
  }
  return sentenceSoFar(text);
}

/** Link the phone numbers in one text node, through `ctx`. */
export function linkPhones(node: Readonly<Text>, ctx: HastVisitorContext): void {
  if (!mayLink(node.value) || leftAlone(node, ctx)) return;
  const parent = ctx.parent(node) as Parent;
  const parts = linkPhoneNumbers(node.value, lead(parent, ctx.indexOf(node)!, ctx));
  if (parts.length === 1 && parts[0]!.type === 'text') return;
  ctx.replaceNode(node, parts);
}
