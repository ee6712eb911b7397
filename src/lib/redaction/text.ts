/**
 * What the detectors read: every piece of a document a reader (or anyone
 * holding the source) could see, as plain text "segments" that remember where
 * each character came from. One walk per document, shared by all detectors.
 *
 * A segment is a whole paragraph, heading or table cell, not a single text
 * node, because a risk often spans formatting: "**Kyle**, 17, was referred"
 * is three nodes but one sentence. Table cells also carry their column
 * headers and row, so a detector can tell a count broken down by school from
 * a yearly total.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { rewriteHeadingKeys } from '../content/heading-keys.ts';

export type SegmentKind = 'prose' | 'heading' | 'cell' | 'alt' | 'url' | 'comment' | 'frontmatter' | 'attribute' | 'expression' | 'code' | 'html';

/** Loose view of any mdast/MDX node: detectors only read these fields. */
export interface AnyNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  children?: AnyNode[];
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: AnyNode['position'] }>;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

interface Piece {
  /** Index in the segment text where this piece starts. */
  at: number;
  value: string;
  /** Source offsets (in the parsed text) the piece came from. */
  start: number;
  end: number;
  /** The value is the source slice verbatim, so offsets map one to one. */
  exact: boolean;
}

export interface TableContext {
  headers: string[];
  row: string[];
  rowIndex: number;
  column: number;
}

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** The text in lower case, for the quick keyword tests that run before the full patterns. */
  lower: string;
  /** Which registered word gates its words open (see gates.ts). */
  mask?: number;
  /** Which gates its capitalised words open. */
  capitalMask?: number;
  pieces: Piece[];
  node: AnyNode;
  table?: TableContext;
  /** For attributes: the attribute and element names. */
  attribute?: string;
  element?: string;
}

export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Maps offsets in the text the parser saw back to lines, columns and offsets in the file. */
export class SourceMap {
  readonly parsed: string;
  private readonly original: string;
  // Line tables are made on the first finding: most documents have none, and a table is a pass over the whole file.
  private parsedLines?: number[];
  private originalLines?: number[];

  constructor(original: string, parsed: string) {
    this.original = original;
    this.parsed = parsed;
  }

  point(parsedOffset: number): Point {
    const lines = (this.parsedLines ??= lineStarts(this.parsed));
    const originalLines = (this.originalLines ??= this.parsed === this.original ? lines : lineStarts(this.original));
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid]! <= parsedOffset) low = mid;
      else high = mid - 1;
    }
    const column = parsedOffset - lines[low]! + 1;
    // Heading keys are rewritten at the end of their line only, so a column
    // in the parsed text is the same column in the file.
    const lineStart = originalLines[low] ?? this.original.length;
    const lineEnd = originalLines[low + 1] ?? this.original.length;
    return { line: low + 1, column, offset: Math.min(lineStart + column - 1, lineEnd) };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Source offset (parsed text) of character `index` of a segment. */
export function sourceOffset(map: SourceMap, segment: Segment, index: number): number {
  const pieces = segment.pieces;
  let piece = pieces[0];
  for (const p of pieces) {
    if (p.at <= index) piece = p;
    else break;
  }
  if (!piece) return segment.node.position?.start.offset ?? 0;
  const within = Math.max(0, Math.min(index - piece.at, piece.value.length));
  if (piece.exact) return piece.start + within;
  // The value differs from the source by escapes, entities or container
  // prefixes ("> " in a quote): walk both, skipping source characters that
  // are not in the value.
  const source = map.parsed;
  let j = piece.start;
  for (let k = 0; k < within && j < piece.end; j++) {
    if (source[j] === piece.value[k]) k++;
  }
  while (j < piece.end && source[j] !== piece.value[within] && /[\s>\\&*_[\]`]/.test(source[j]!)) j++;
  return Math.min(j, piece.end);
}

export interface Extracted {
  segments: Segment[];
  map: SourceMap;
  /** Markdown images and JSX elements, for the checks on images. */
  images: AnyNode[];
}

const cache = new WeakMap<Root, Extracted>();

const COMMENT = /^\/\*[\s\S]*\*\/$/;
const WAIVER = /^\/\*\s*svd-waive\b/i;
const HEADING_KEY = /^\/\*#[A-Za-z0-9][A-Za-z0-9_-]*\*\/$/;

/** An MDX comment an author wrote (not a waiver, not a heading key). */
export function isAuthorComment(value: string): boolean {
  const trimmed = value.trim();
  return COMMENT.test(trimmed) && !WAIVER.test(trimmed) && !HEADING_KEY.test(trimmed);
}

/** The segments of a document, computed once per parsed tree. */
export function extract(tree: Root, file: VFile): Extracted {
  const hit = cache.get(tree);
  if (hit) return hit;
  const original = String(file.value ?? '');
  // Positions in the tree are in the text the parser saw: for MDX, the text after heading keys were rewritten.
  const parsed = (file.path ?? '').endsWith('.mdx') && file.data.parser !== 'markdown' ? rewriteHeadingKeys(original) : original;
  const map = new SourceMap(original, parsed);
  const segments: Segment[] = [];
  const walker = new Walker(map, segments);
  walker.block(tree as unknown as AnyNode);
  const result = { segments, map, images: walker.images };
  cache.set(tree, result);
  return result;
}

const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement', 'footnoteReference']);
const BLOCK_TEXT = new Map<string, SegmentKind>([
  ['paragraph', 'prose'],
  ['heading', 'heading'],
]);

class Walker {
  private readonly map: SourceMap;
  private readonly out: Segment[];
  readonly images: AnyNode[] = [];
  constructor(map: SourceMap, out: Segment[]) {
    this.map = map;
    this.out = out;
  }

  block(node: AnyNode): void {
    const kind = BLOCK_TEXT.get(node.type);
    if (kind) {
      this.inlineSegment(node, kind);
      return;
    }
    switch (node.type) {
      case 'yaml':
        this.frontmatter(node);
        return;
      case 'table':
        this.table(node);
        return;
      case 'code':
      case 'mdxjsEsm':
        this.literal(node, 'code');
        return;
      case 'html':
        this.literal(node, /^\s*<!--/.test(node.value ?? '') ? 'comment' : 'html');
        return;
      case 'mdxFlowExpression':
        this.expression(node);
        return;
      case 'definition':
        this.url(node, node.url ?? '');
        return;
      case 'mdxJsxFlowElement':
        this.attributes(node);
        break;
      case 'image':
        this.image(node);
        return;
    }
    for (const child of node.children ?? []) this.block(child);
  }

  private push(segment: Omit<Segment, 'text' | 'lower'> & { text?: string; lower?: string }): void {
    let text = segment.text;
    if (text === undefined) {
      text = '';
      for (const piece of segment.pieces) text += piece.value;
    }
    // No copy of the object: one segment is made per paragraph and cell, and the scan is meant to be fast.
    if (!/\S/.test(text)) return;
    segment.text = text;
    segment.lower = text.toLowerCase();
    this.out.push(segment as Segment);
  }

  private piece(value: string, node: AnyNode, at: number): Piece {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const slice = this.map.parsed.slice(start, end);
    if (slice === value) return { at, value, start, end, exact: true };
    const inside = slice.indexOf(value);
    if (inside !== -1 && value.length > 0 && !value.includes('\n')) return { at, value, start: start + inside, end: start + inside + value.length, exact: true };
    return { at, value, start, end, exact: false };
  }

  /** Text of a paragraph, heading or cell, plus the URLs, images, comments and attributes inside it. */
  private inlineSegment(node: AnyNode, kind: SegmentKind, table?: TableContext): void {
    const pieces: Piece[] = [];
    let length = 0;
    const add = (value: string, from: AnyNode) => {
      pieces.push(this.piece(value, from, length));
      length += value.length;
    };
    const visit = (child: AnyNode) => {
      switch (child.type) {
        case 'text':
        case 'inlineCode':
          add(child.value ?? '', child);
          return;
        case 'break':
          add('\n', child);
          return;
        case 'image':
          this.image(child);
          add(' ', child);
          return;
        case 'mdxTextExpression':
          this.expression(child);
          return;
        case 'html':
          this.literal(child, /^\s*<!--/.test(child.value ?? '') ? 'comment' : 'html');
          return;
      }
      if (child.type === 'link' && child.url && !isAutolink(child)) this.url(child, child.url);
      if (child.type === 'mdxJsxTextElement') this.attributes(child);
      if (INLINE_CONTAINERS.has(child.type) || child.children) for (const grandchild of child.children ?? []) visit(grandchild);
    };
    for (const child of node.children ?? []) visit(child);
    this.push({ kind, pieces, node, table });
  }

  private table(node: AnyNode): void {
    const rows = (node.children ?? []).map((row) =>
      (row.children ?? []).map((cell) => {
        const before = this.out.length;
        this.inlineSegment(cell, 'cell');
        // An empty cell makes no segment; other segments (a link's target) may come first.
        const own = this.out.slice(before).find((s) => s.node === cell && s.kind === 'cell');
        return { own, text: own?.text ?? '' };
      }),
    );
    const headers = (rows[0] ?? []).map((c) => c.text);
    rows.forEach((cells, rowIndex) => {
      const row = cells.map((c) => c.text);
      cells.forEach((cell, column) => {
        if (cell.own) cell.own.table = { headers, row, rowIndex, column };
      });
    });
  }

  private frontmatter(node: AnyNode): void {
    const value = node.value ?? '';
    const start = node.position?.start.offset ?? 0;
    const base = this.map.parsed.indexOf(value, start);
    // Waivers are the author's notes to the checker: their reasons name the
    // very thing being waived and approvers by name, so they are not scanned.
    const lines = value.split('\n');
    let at = 0;
    let skipping = false;
    let chunk: Piece[] = [];
    let length = 0;
    const flush = () => {
      if (chunk.length) this.push({ kind: 'frontmatter', pieces: chunk, node });
      chunk = [];
      length = 0;
    };
    for (const line of lines) {
      const topLevel = /^[A-Za-z_][\w-]*\s*:/.test(line);
      if (topLevel) skipping = /^(waivers|translation)\s*:/.test(line);
      if (!skipping && base !== -1) {
        chunk.push({ at: length, value: `${line}\n`, start: base + at, end: base + at + line.length + 1, exact: true });
        length += line.length + 1;
      } else flush();
      at += line.length + 1;
    }
    flush();
  }

  private literal(node: AnyNode, kind: SegmentKind): void {
    const value = node.value ?? '';
    this.push({ kind, pieces: [this.piece(value, node, 0)], node });
  }

  private expression(node: AnyNode): void {
    const value = node.value ?? '';
    if (COMMENT.test(value.trim())) {
      if (isAuthorComment(value)) this.push({ kind: 'comment', pieces: [this.piece(value, node, 0)], node });
      return;
    }
    this.push({ kind: 'expression', pieces: [this.piece(value, node, 0)], node });
  }

  private url(node: AnyNode, url: string): void {
    this.push({ kind: 'url', pieces: [this.piece(url, node, 0)], node });
  }

  private image(node: AnyNode): void {
    this.images.push(node);
    if (node.url) this.url(node, node.url);
    if (node.alt) this.push({ kind: 'alt', pieces: [this.piece(node.alt, node, 0)], node });
  }

  private attributes(node: AnyNode): void {
    this.images.push(node);
    for (const attribute of node.attributes ?? []) {
      const where = (attribute.position ? attribute : node) as AnyNode;
      const raw = attribute.value;
      const value = typeof raw === 'string' ? raw : raw && typeof raw === 'object' && 'value' in raw ? String((raw as { value: unknown }).value) : attribute.type === 'mdxJsxExpressionAttribute' ? String(attribute.value ?? '') : '';
      if (!value) continue;
      const kind: SegmentKind = typeof raw === 'string' ? (attribute.name === 'src' || attribute.name === 'href' ? 'url' : attribute.name === 'alt' ? 'alt' : 'attribute') : 'expression';
      this.push({ kind, pieces: [this.piece(value, where, 0)], node, attribute: attribute.name ?? '', element: node.name ?? '' });
    }
  }
}

/** GFM turns a bare address into a link whose text is the address: scan it once, as text. */
function isAutolink(link: AnyNode): boolean {
  const text = plain(link);
  const url = link.url ?? '';
  return url === text || url === `mailto:${text}` || url === `http://${text}` || url === `https://${text}`;
}

/** Plain text of a node (inline content only). */
export function plain(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map(plain).join('');
}
