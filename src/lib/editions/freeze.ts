/**
 * A superseded edition must read as it was published. Headline figures come
 * from content/data/*.yaml through <Figure id="..." />, and those files move
 * on with the new edition, so the archived copy has each <Figure> replaced by
 * the text it showed (formatted as the page formatted it). The file is
 * parsed with the one MDX parser and only the elements' own spans are
 * rewritten; every other byte is kept.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { formatFigure, type DeclaredFigure } from '../checks/figures/data.ts';
import { parseMdx } from '../content/parse.ts';
import type { Lang } from '../engine/types.ts';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** Offsets of each line's start, so a (line, column) point becomes an offset in `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export function freezeFigures(text: string, figures: Map<string, DeclaredFigure>, lang: Lang): string {
  // parseMdx rewrites heading keys ({#key}) before parsing, which moves only columns after the
  // key on a heading line; line and column of anything before it are those of `text`.
  const tree: Root = parseMdx(new VFile({ value: text }));
  const starts = lineStarts(text);
  const spans: { from: number; to: number; value: string }[] = [];
  visit(tree, (node) => {
    const jsx = node as JsxNode;
    if ((jsx.type !== 'mdxJsxTextElement' && jsx.type !== 'mdxJsxFlowElement') || jsx.name !== 'Figure' || !jsx.position) return;
    const id = jsx.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const figure = typeof id === 'string' ? figures.get(id) : undefined;
    // An unknown id showed nothing, and the build reported it; leave it for the same report.
    if (!figure) return;
    const { start, end } = jsx.position;
    spans.push({ from: starts[start.line - 1]! + start.column - 1, to: starts[end.line - 1]! + end.column - 1, value: formatFigure(figure, lang) });
  });
  return spans.sort((a, b) => b.from - a.from).reduce((out, span) => out.slice(0, span.from) + span.value + out.slice(span.to), text);
}
