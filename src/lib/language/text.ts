/**
 * The prose of a parsed document as one string a natural-language parser can
 * read, with a map from every character back to its line and column in the
 * MDX file, so a finding about a sentence or a phrase points at the words
 * themselves. Built from the engine's one mdast tree; nothing is re-parsed.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';

export interface Point {
  line: number;
  column: number;
}

export interface Prose {
  text: string;
  /** `points[i]` is where `text[i]` is in the file. */
  points: Point[];
}

/** Block kinds read as prose. Headings and table cells are fragments, not sentences. */
export type BlockKind = 'paragraph' | 'heading' | 'tableCell';

const SKIP = new Set(['yaml', 'code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'definition']);

function sourceLines(file: VFile): string[] {
  return String(file.value ?? '').split('\n');
}

/**
 * Where each character of a text node's value sits. A value spanning several
 * lines has lost the indentation of its continuation lines (list items,
 * quotes), so each later line starts at the first place in the source line
 * where that line's words appear.
 */
function mapValue(value: string, start: Point, lines: string[], points: Point[]): void {
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < value.length; i++) {
    points.push({ line, column });
    if (value[i] === '\n') {
      line += 1;
      // This line's words only (not a split of the whole rest of the value at every line break).
      const next = value.indexOf('\n', i + 1);
      const rest = value.slice(i + 1, next === -1 ? undefined : next);
      const source = lines[line - 1] ?? '';
      const found = rest ? source.indexOf(rest.slice(0, 12)) : -1;
      column = found >= 0 ? found + 1 : source.length - source.trimStart().length + 1;
    } else column += 1;
  }
}

function collect(node: Nodes, lines: string[], out: Prose): void {
  if (SKIP.has(node.type)) return;
  if (node.type === 'text' || node.type === 'inlineCode') {
    const start = node.position?.start ?? out.points.at(-1) ?? { line: 1, column: 1 };
    // Inline code's value starts after its opening backtick.
    const at = node.type === 'inlineCode' ? { line: start.line, column: start.column + 1 } : start;
    out.text += node.value;
    mapValue(node.value, at, lines, out.points);
    return;
  }
  if (node.type === 'break') {
    out.text += '\n';
    out.points.push(node.position?.start ?? out.points.at(-1) ?? { line: 1, column: 1 });
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, lines, out);
}

/**
 * The document's prose: each block of the kinds asked for, in order, joined
 * by a blank line so no sentence runs from one block into the next.
 */
export function proseOf(tree: Root, file: VFile, kinds: readonly BlockKind[] = ['paragraph']): Prose {
  const lines = sourceLines(file);
  const prose: Prose = { text: '', points: [] };
  const wanted = new Set<string>(kinds);
  const walk = (node: Nodes): void => {
    if (SKIP.has(node.type)) return;
    if (wanted.has(node.type)) {
      const block: Prose = { text: '', points: [] };
      collect(node, lines, block);
      if (!block.text.trim()) return;
      if (prose.text) {
        const last = prose.points.at(-1)!;
        prose.text += '\n\n';
        prose.points.push(last, last);
      }
      prose.text += block.text;
      // A loop, not push(...): a long block's points would overflow the call's argument limit.
      for (const point of block.points) prose.points.push(point);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return prose;
}

/** The file position of a span of the prose, its start refined to the source line where the words really are. */
export function placeOf(prose: Prose, file: VFile, start: number, end: number): { start: Point; end: Point } {
  const from = prose.points[start] ?? prose.points.at(-1) ?? { line: 1, column: 1 };
  const to = prose.points[Math.max(start, end - 1)] ?? from;
  // Escapes and entities in the source shift columns; find the words themselves.
  const words = prose.text.slice(start, end).split('\n')[0]!;
  const source = sourceLines(file)[from.line - 1] ?? '';
  const lower = source.toLowerCase();
  const needle = words.toLowerCase();
  let best = -1;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at + 1 - from.column) < Math.abs(best + 1 - from.column)) best = at;
  }
  const startPoint = best >= 0 ? { line: from.line, column: best + 1 } : from;
  return { start: startPoint, end: { line: to.line, column: to.column + 1 } };
}

/** The line of the `title:` setting, where whole-document findings point. */
export function titlePlace(file: VFile): Point {
  const index = sourceLines(file).findIndex((line) => /^title\s*:/.test(line));
  return index >= 0 ? { line: index + 1, column: 1 } : { line: 1, column: 1 };
}
