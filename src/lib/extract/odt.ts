/**
 * The text of an OpenDocument text file (.odt): its paragraphs and headings
 * (text:p, text:h) in order, comments (office:annotation) and tracked
 * deletions (text:tracked-changes), from content.xml.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { zipEntries } from '../redaction/zip.ts';
import { WHERE, type Block } from './blocks.ts';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const DC = 'http://purl.org/dc/elements/1.1/';

function inside(node: Element, ns: string, name: string): boolean {
  for (let at = node.parentNode as Element | null; at; at = at.parentNode as Element | null) if (at.namespaceURI === ns && at.localName === name) return true;
  return false;
}

export function odtBlocks(buffer: Buffer): Block[] {
  const content = zipEntries(buffer).get('content.xml')?.().toString('utf8');
  if (!content) return [];
  const root = new DOMParser().parseFromString(content, 'text/xml').documentElement as unknown as Element;
  const blocks: Block[] = [];
  let n = 0;
  const walk = (node: Element) => {
    for (let child = node.firstChild as Element | null; child; child = child.nextSibling as Element | null) {
      if (child.nodeType !== 1) continue;
      if (child.namespaceURI === OFFICE && child.localName === 'annotation') {
        const author = child.getElementsByTagNameNS(DC, 'creator').item(0)?.textContent ?? '';
        const list = child.getElementsByTagNameNS(TEXT, 'p');
        blocks.push({ text: Array.from({ length: list.length }, (_, i) => list.item(i)!.textContent ?? '').join(' '), number: Math.max(n, 1), where: WHERE.comment(author) });
      } else if (child.namespaceURI === TEXT && child.localName === 'tracked-changes') {
        const list = child.getElementsByTagNameNS(TEXT, 'deletion');
        for (let i = 0; i < list.length; i += 1) blocks.push({ text: list.item(i)!.textContent ?? '', number: 1, where: WHERE.deletedAnywhere() });
      } else if (child.namespaceURI === TEXT && (child.localName === 'p' || child.localName === 'h') && !inside(child, OFFICE, 'annotation')) {
        n += 1;
        const clone = child.cloneNode(true) as Element;
        // Comments inside a paragraph are their own blocks.
        const notes = clone.getElementsByTagNameNS(OFFICE, 'annotation');
        for (let i = notes.length - 1; i >= 0; i -= 1) notes.item(i)!.parentNode?.removeChild(notes.item(i)!);
        blocks.push({ text: clone.textContent ?? '', number: n, where: WHERE.paragraph(n) });
        walk(child);
      } else walk(child);
    }
  };
  walk(root);
  return blocks;
}
