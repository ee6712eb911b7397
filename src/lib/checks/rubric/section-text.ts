/**
 * What a reader of a section reads: its paragraphs, list items, table rows
 * and sub-headings as separate units of text. Comments (waivers included),
 * ESM and raw markup are not read; a waiver's reason must never satisfy the
 * rubric it waives.
 */
import type { Nodes, RootContent } from 'mdast';

export interface SectionText {
  /** All the words, one unit after another. */
  text: string;
  /** Paragraphs, headings, list items and table rows, each as its own string. */
  units: string[];
  /** Items that read as one action each: list items and table body rows. */
  items: number;
}

const SKIP = new Set(['yaml', 'code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'definition']);
const UNITS = new Set(['paragraph', 'heading', 'tableRow']);

function words(node: Nodes): string {
  if (SKIP.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (!('children' in node)) return '';
  // Cells and list pieces are separate phrases: keep a space between them.
  return (node.children as Nodes[]).map(words).join(node.type === 'tableRow' ? ' | ' : '');
}

export function sectionText(body: readonly RootContent[]): SectionText {
  const units: string[] = [];
  let items = 0;
  const walk = (node: Nodes, inTableBody: boolean) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'listItem') items += 1;
    if (node.type === 'tableRow' && inTableBody) items += 1;
    if (UNITS.has(node.type)) {
      const text = words(node).replace(/\s+/g, ' ').trim();
      if (text) units.push(text);
      return;
    }
    if (node.type === 'table') {
      node.children.forEach((row, index) => walk(row, index > 0));
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, false);
  };
  for (const node of body) walk(node, false);
  return { text: units.join('\n'), units, items };
}
