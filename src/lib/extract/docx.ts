/**
 * Everything a reader of a .docx could see, or dig out: the body's
 * paragraphs (table cells included) with tracked insertions, deleted text
 * (still in the file until the change is accepted), headers and footers,
 * footnotes, endnotes and comments. Parts read with the project's zip reader
 * (redaction/zip.ts, fflate) and @xmldom/xmldom.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { zipEntries } from '../redaction/zip.ts';
import { WHERE, type Block } from './blocks.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function xml(text: string): Element {
  return new DOMParser().parseFromString(text, 'text/xml').documentElement as unknown as Element;
}

function all(node: Element, name: string): Element[] {
  const list = node.getElementsByTagNameNS(W, name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

/** A paragraph's visible text (w:t, tabs and breaks as spaces) and its deleted text (w:delText). */
function paragraphText(p: Element): { text: string; deleted: string } {
  let text = '';
  let deleted = '';
  const walk = (node: Element) => {
    for (let child = node.firstChild as Element | null; child; child = child.nextSibling as Element | null) {
      if (child.nodeType !== 1) continue;
      if (child.namespaceURI === W && child.localName === 't') text += child.textContent ?? '';
      else if (child.namespaceURI === W && child.localName === 'delText') deleted += child.textContent ?? '';
      else if (child.namespaceURI === W && (child.localName === 'tab' || child.localName === 'br')) text += ' ';
      else walk(child);
    }
  };
  walk(p);
  return { text, deleted };
}

/** Top-level paragraphs only once: a paragraph inside a text box is its own w:p. */
function paragraphs(root: Element): Element[] {
  return all(root, 'p');
}

export function docxBlocks(buffer: Buffer): Block[] {
  const entries = zipEntries(buffer);
  const read = (name: string) => entries.get(name)?.().toString('utf8');
  const blocks: Block[] = [];
  const body = read('word/document.xml');
  if (body) {
    paragraphs(xml(body)).forEach((p, i) => {
      const { text, deleted } = paragraphText(p);
      blocks.push({ text, number: i + 1, where: WHERE.paragraph(i + 1) });
      if (deleted.trim()) blocks.push({ text: deleted, number: i + 1, where: WHERE.deleted(i + 1) });
    });
  }
  for (const name of [...entries.keys()].filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort()) {
    const where = name.includes('header') ? WHERE.header() : WHERE.footer();
    for (const p of paragraphs(xml(read(name)!))) blocks.push({ text: paragraphText(p).text, number: 1, where });
  }
  for (const [name, tag, label] of [['word/footnotes.xml', 'footnote', WHERE.footnote], ['word/endnotes.xml', 'endnote', WHERE.endnote]] as const) {
    const text = read(name);
    if (!text) continue;
    for (const note of all(xml(text), tag)) {
      const id = Number(note.getAttributeNS(W, 'id'));
      // Ids 0 and -1 are Word's separator lines, not notes.
      if (!(id > 0)) continue;
      blocks.push({ text: all(note, 'p').map((p) => paragraphText(p).text).join(' '), number: id, where: label(id) });
    }
  }
  const comments = read('word/comments.xml');
  if (comments) {
    for (const comment of all(xml(comments), 'comment')) {
      blocks.push({ text: all(comment, 'p').map((p) => paragraphText(p).text).join(' '), number: 1, where: WHERE.comment(comment.getAttributeNS(W, 'author') ?? '') });
    }
  }
  return blocks;
}
