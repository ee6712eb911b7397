/**
 * Tables that work on a phone and with a screen reader: each table sits in
 * its own focusable, labelled scrolling region (so the page never scrolls
 * sideways, WCAG 1.4.10), column headers get `scope="col"`, the first
 * column's cells become row headers (`scope="row"`: a screen reader then says
 * "2025, Offences, 1,180" rather than a bare number), and a paragraph just
 * before the table starting "Table:" (Welsh "Tabl:") becomes its caption.
 * Every table gets a real caption with a number unique on the page: the
 * author's ("Table 2: ..."), else the next free one, named after the caption
 * paragraph or, failing that, the section the table is in.
 *
 * A table inside an MDX `<Chart>` is the chart's data: the plugin hands the
 * chart the numbers (so the picture and the table can never disagree) and
 * captions the table with the chart's title when it has no caption of its own;
 * the chart itself is then "Figure N", so a chart and a table never share
 * the same "Table N".
 */
import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast';
import { translator } from '../i18n.ts';
import { walk } from './walk.ts';

type Node = Root | RootContent;
const isElement = (node: Node): node is Element => node.type === 'element';

// "Table: ..." becomes the caption's text; "Table 2: ..." keeps its number,
// since the prose refers to tables by number.
const CAPTION = /^\s*(?:Table|Tabl)(\s+\d+)?\s*:\s*/;

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The chart's data as the component reads it: header texts and each body row's cell texts. */
export interface ChartTable {
  headers: string[];
  rows: string[][];
}

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}

interface JsxElement {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: RootContent[];
}

function rowsOf(table: Element, section: 'thead' | 'tbody'): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === section) rows.push(...child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr'));
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'));
}

export function chartTable(table: Element): ChartTable {
  const header = rowsOf(table, 'thead')[0];
  return {
    headers: header ? cellsOf(header).map((cell) => textOf(cell).trim()) : [],
    rows: rowsOf(table, 'tbody').map((row) => cellsOf(row).map((cell) => textOf(cell).trim())),
  };
}

/** A JSX element's plain-string attribute (an expression's value is code, not a string). */
export function attribute(element: { attributes: ReadonlyArray<{ type: string; name?: string; value?: unknown }> }, name: string): string | undefined {
  const found = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttribute(element: JsxElement, name: string, value: string): void {
  element.attributes = element.attributes.filter((a) => a.name !== name);
  element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** "1,250", "-3", "12.5%", "£4,000", "up 6%": a figure, which reads best right-aligned in tabular digits. */
const FIGURE = /^(?:(?:up|down|i fyny|i lawr)\s+)?[-+−]?[£$€]?\d[\d,]*(?:\.\d+)?%?$/i;

/**
 * Columns whose body cells are all figures (or empty, or a dash) line up on
 * the right, as GOV.UK's numeric cells do, unless the author set an alignment.
 */
function alignNumbers(table: Element): void {
  const rows = rowsOf(table, 'tbody').map(cellsOf);
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (let column = 1; column < width; column++) {
    const cells = rows.map((row) => row[column]).filter((cell): cell is Element => cell !== undefined);
    const texts = cells.map((cell) => textOf(cell).trim());
    if (!texts.some((t) => FIGURE.test(t)) || !texts.every((t) => FIGURE.test(t) || /^(?:|-|–|—|n\/a)$/i.test(t))) continue;
    const header = rowsOf(table, 'thead').map((row) => cellsOf(row)[column]);
    for (const cell of [...cells, ...header]) {
      if (!cell || cell.properties.style || cell.properties.align) continue;
      cell.properties.className = [...((cell.properties.className as string[] | undefined) ?? []), 'svd-numeric'];
    }
  }
}

/**
 * An author's column alignment (GFM `:--:`) as a class: MDX would write it
 * as a style attribute, which the Content-Security-Policy (style-src 'self')
 * refuses, so the alignment would be lost.
 */
function alignToClass(table: Element): void {
  walk<Node>(table, (cell) => {
    if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th') || typeof cell.properties.align !== 'string') return;
    cell.properties.className = [...((cell.properties.className as string[] | undefined) ?? []), `svd-align-${cell.properties.align}`];
    delete cell.properties.align;
  });
}

/** GFM alignment as satteri writes it on a cell; nothing else on an element has a style at this point. */
export const ALIGN_STYLE = /^\s*text-align:\s*(left|right|center)\s*;?\s*$/;

/**
 * satteri writes a GFM column alignment as `style="text-align: right"` where
 * mdast-util-to-hast wrote `align="right"`. The sanitiser drops every style
 * (authors cannot write one), so before it runs the alignment goes back to
 * `align`, which it keeps and alignToClass turns into a class. Runs on the
 * page as parsed: the author's JSX is still JSX then, never an element, so
 * only the parser's own cells carry a style. False when no cell had one.
 */
export function alignmentFromStyle(tree: Root): boolean {
  let found = false;
  walk<Node>(tree, (cell) => {
    if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th') || typeof cell.properties.style !== 'string') return;
    const match = ALIGN_STYLE.exec(cell.properties.style);
    if (!match) return;
    cell.properties.align = match[1]!;
    delete cell.properties.style;
    found = true;
  });
  return found;
}

/** Parts of a table whose text can only be white space between its rows and cells. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * The line breaks satteri leaves between a table's rows and cells (as text
 * nodes) go: HTML gives white space there no meaning, and the pages have
 * never had it (the JSX compile behind the unified pipeline dropped it).
 */
function dropTableWhitespace(table: Element): void {
  walk<Node>(table, (part) => {
    if (isElement(part) && TABLE_PARTS.has(part.tagName)) part.children = part.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  });
}

const NUMBERED = /^\s*(?:Table|Tabl)\s+(\d+)\s*:\s*/;

/** The number an author gave a table in a caption paragraph's or a chart title's text ("Table 3: ..."), if any. */
export function authorNumber(text: string): number | undefined {
  const match = NUMBERED.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The table numbers the author wrote ("Table 3: ..." paragraphs and chart titles), which auto-numbering must not reuse. */
function authorNumbers(tree: Root): Set<number> {
  const used = new Set<number>();
  walk<Node>(tree, (node) => {
    const text = node.type === 'element' && node.tagName === 'p' ? textOf(node) : (node as unknown as JsxElement).type === 'mdxJsxFlowElement' && (node as unknown as JsxElement).name === 'Chart' ? (attribute(node as unknown as JsxElement, 'title') ?? '') : '';
    const number = authorNumber(text);
    if (number !== undefined) used.add(number);
  });
  return used;
}

type TableParent = { type: string; children: RootContent[] };

export interface TableCaptioner {
  /** The section the next tables are in: a heading (h2 to h4) has been passed. */
  heading(text: string): void;
  /** Caption, label and wrap the table at `parent.children[index]`, in place; returns the index after it. */
  table(node: Element, parent: TableParent, index: number): number;
}

/**
 * One page's tables, in document order: every table gets a number unique on
 * the page, the author's where given (`used`), else the next one free. Shared
 * by the whole-tree step below and the visitors (markdown/satteri-tables.ts),
 * so the two cannot number or caption a table differently.
 */
export function tableCaptioner(lang: 'en' | 'cy', used: Set<number>): TableCaptioner {
  let count = 0;
  const t = translator(lang);
  const word = t('tables.table');
  const figure = t('tables.figure');
  let next = 0;
  const freeNumber = () => {
    do next += 1;
    while (used.has(next));
    used.add(next);
    return next;
  };
  let charts = 0;
  // The section a table sits in names it when the author gave no caption.
  let heading = '';
  return {
    heading(text) {
      heading = text;
    },
    table(node, parent, index) {
      count += 1;
      // Prefixed: a heading "Table 1" would otherwise get the same id.
      const id = `svd-table-${count}`;
      for (const row of rowsOf(node, 'thead')) for (const cell of cellsOf(row)) cell.properties.scope ??= 'col';
      const bodyRows = rowsOf(node, 'tbody');
      if (bodyRows.length > 0 && bodyRows.every((row) => cellsOf(row).length > 1)) {
        for (const row of bodyRows) {
          const first = cellsOf(row)[0]!;
          first.tagName = 'th';
          first.properties.scope = 'row';
          first.properties.className = ['svd-row-header'];
        }
      }
      dropTableWhitespace(node);
      alignNumbers(node);
      alignToClass(node);
      // Find the previous element sibling, skipping whitespace text.
      let previousIndex = index - 1;
      while (previousIndex >= 0 && parent.children[previousIndex]!.type === 'text' && !(parent.children[previousIndex] as Text).value.trim()) previousIndex--;
      const previous = parent.children[previousIndex];
      let captionText: string | undefined;
      if (previous?.type === 'element' && previous.tagName === 'p' && CAPTION.test(textOf(previous))) {
        const text = textOf(previous);
        captionText = (CAPTION.exec(text)![1] ? text : `${word} ${freeNumber()}: ${text.replace(CAPTION, '')}`).trim();
        parent.children.splice(previousIndex, index - previousIndex);
        index = previousIndex;
      }
      const chart = (parent as unknown as JsxElement).type === 'mdxJsxFlowElement' && (parent as unknown as JsxElement).name === 'Chart' ? (parent as unknown as JsxElement) : undefined;
      if (chart) {
        charts += 1;
        const title = attribute(chart, 'title');
        const numbered = title ? NUMBERED.exec(title) : null;
        if (title && numbered) {
          // "Table 3: ..." on a chart: the table inside is Table 3 (the prose cites it), and the
          // picture is a figure with its own number, so two things are never both "Table 3".
          captionText ??= title.trim();
          setAttribute(chart, 'title', `${figure} ${charts}: ${title.replace(NUMBERED, '')}`);
        } else if (title) {
          captionText ??= `${word} ${freeNumber()}: ${title}`;
          setAttribute(chart, 'title', `${figure} ${charts}: ${title}`);
        }
        setAttribute(chart, 'table', JSON.stringify(chartTable(node)));
        setAttribute(chart, 'lang', lang);
        setAttribute(chart, 'id', `svd-chart-${charts}`);
      }
      captionText ??= heading ? `${word} ${freeNumber()}: ${heading}` : `${word} ${freeNumber()}`;
      // The text in a block of its own, so it wraps to the screen, not to a table wider than it.
      node.children.unshift({
        type: 'element',
        tagName: 'caption',
        properties: { id },
        children: [{ type: 'element', tagName: 'span', properties: { className: ['svd-caption-text'] }, children: [{ type: 'text', value: captionText }] }],
      });
      // Shown by CSS only while the table is wider than its region; screen readers have the table itself.
      const hint: Element = { type: 'element', tagName: 'p', properties: { className: ['svd-table-hint'], ariaHidden: 'true' }, children: [{ type: 'text', value: t('tables.scrollHint') }] };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['svd-table-wrapper'], role: 'region', tabIndex: 0, ariaLabelledBy: id } as unknown as Properties,
        children: [hint, node],
      };
      parent.children[index] = wrapper;
      return index + 1;
    },
  };
}

/** The tables of a (part of a) page, in document order: headings name the sections, tables are captioned. */
export function captionTablesIn(tree: TableParent, captioner: TableCaptioner): number {
  let count = 0;
  walk<Node>(tree as Node, (found, index, parent) => {
    if (!isElement(found)) return;
    if (/^h[2-4]$/.test(found.tagName)) captioner.heading(textOf(found).trim());
    if (found.tagName !== 'table' || !parent || index === undefined) return;
    count += 1;
    return captioner.table(found, parent as unknown as TableParent, index);
  });
  return count;
}

/** Caption, label and wrap every table of a page in `lang`, in place; false when the page has no table. */
export function captionTables(tree: Root, lang: 'en' | 'cy'): boolean {
  return captionTablesIn(tree, tableCaptioner(lang, authorNumbers(tree))) > 0;
}
