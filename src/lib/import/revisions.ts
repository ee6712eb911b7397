/**
 * Word comments and tracked changes, which must never be dropped silently:
 * a deleted sentence may be the one a colleague removed for a reason, a
 * comment may say "do not publish this figure". mammoth ignores both, so they
 * are read from word/document.xml (w:ins, w:del) and word/comments.xml
 * (w:comment) with @xmldom/xmldom, the DOM parser mammoth itself uses.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface Revision {
  kind: 'insertion' | 'deletion' | 'comment';
  author: string;
  date?: string;
  text: string;
  /** The paragraph (1-based, in document order) it is in; for comments, where it is anchored. */
  paragraph?: number;
}

function textOf(node: Element, tags: string[]): string {
  const parts: string[] = [];
  for (const tag of tags) {
    const found = node.getElementsByTagNameNS(W, tag);
    for (let i = 0; i < found.length; i += 1) parts.push(found.item(i)!.textContent ?? '');
  }
  return parts.join('').trim();
}

function paragraphOf(node: Element, paragraphs: Element[]): number | undefined {
  let at: Element | null = node;
  while (at && !(at.namespaceURI === W && at.localName === 'p')) at = at.parentNode as Element | null;
  const index = at ? paragraphs.indexOf(at) : -1;
  return index >= 0 ? index + 1 : undefined;
}

function parse(xml: string): Element {
  return new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
}

/** Every tracked insertion and deletion in a document part, and every comment. */
export function findRevisions(documentXml: string, commentsXml?: string): Revision[] {
  const root = parse(documentXml);
  const list = root.getElementsByTagNameNS(W, 'p');
  const paragraphs = Array.from({ length: list.length }, (_, i) => list.item(i)!);
  const revisions: Revision[] = [];
  for (const [tag, kind, texts] of [['ins', 'insertion', ['t']], ['del', 'deletion', ['delText']]] as const) {
    const found = root.getElementsByTagNameNS(W, tag);
    for (let i = 0; i < found.length; i += 1) {
      const node = found.item(i)!;
      revisions.push({ kind, author: node.getAttributeNS(W, 'author') ?? '', date: node.getAttributeNS(W, 'date') || undefined, text: textOf(node, [...texts]), paragraph: paragraphOf(node, paragraphs) });
    }
  }
  if (commentsXml) {
    const anchors = new Map<string, number | undefined>();
    const starts = root.getElementsByTagNameNS(W, 'commentRangeStart');
    for (let i = 0; i < starts.length; i += 1) anchors.set(starts.item(i)!.getAttributeNS(W, 'id') ?? '', paragraphOf(starts.item(i)!, paragraphs));
    const comments = parse(commentsXml).getElementsByTagNameNS(W, 'comment');
    for (let i = 0; i < comments.length; i += 1) {
      const node = comments.item(i)!;
      const id = node.getAttributeNS(W, 'id') ?? '';
      revisions.push({ kind: 'comment', author: node.getAttributeNS(W, 'author') ?? '', date: node.getAttributeNS(W, 'date') || undefined, text: textOf(node, ['t']), paragraph: anchors.get(id) });
    }
  }
  return revisions.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
}
