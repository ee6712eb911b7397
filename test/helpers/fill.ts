/**
 * What an author does after `svd new`: write under each heading. The words
 * come from the example site's own sections (realistic, and consistent in
 * both languages), taken by key: a section's text up to its next keyed
 * heading, unkeyed sub-headings included, since the scaffold has its own
 * heading for every keyed one.
 */
import { VFile } from 'vfile';
import type { Heading } from 'mdast';
import { headingKey } from '../../src/lib/content/heading-keys.ts';
import { parseMdx } from '../../src/lib/content/parse.ts';
import { LOCAL_MEASURE } from '../../src/lib/checks/requirements.ts';

/** Section key -> the source text of its own body. */
export function sectionBodies(text: string): Map<string, string> {
  const tree = parseMdx(new VFile({ value: text }));
  // By line: the parser sees heading keys rewritten as comments, so its offsets are not the text's.
  const lines = text.split('\n');
  const bodies = new Map<string, string>();
  const nodes = tree.children;
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const key = headingKey(node);
    if (!key) return;
    let end = i + 1;
    while (end < nodes.length) {
      const next = nodes[end]!;
      if (next.type === 'heading' && (next.depth <= node.depth || headingKey(next as Heading))) break;
      end += 1;
    }
    if (end === i + 1) return bodies.set(key, '');
    bodies.set(key, lines.slice(nodes[i + 1]!.position!.start.line - 1, nodes[end - 1]!.position!.end.line).join('\n'));
  });
  return bodies;
}

/** Replace each scaffold note with the example's text for the same key (a local measure takes the example's local one). */
export function fillScaffold(scaffold: string, example: string): { text: string; filled: number } {
  const bodies = sectionBodies(example);
  const local = [...bodies.keys()].find((key) => LOCAL_MEASURE.test(key));
  let filled = 0;
  const text = scaffold.replace(/^(#{2,3} .+ \{#([a-z0-9-]+)\})\n\n\{\/\*[^\n]*\*\/\}$/gm, (whole, heading: string, key: string) => {
    const body = bodies.get(key) ?? (LOCAL_MEASURE.test(key) && local ? bodies.get(local) : undefined);
    if (body === undefined) return whole;
    filled += 1;
    return body ? `${heading}\n\n${body}` : heading;
  });
  return { text, filled };
}
