/**
 * Mark the headings the lexicon recognises with their requirement keys, and
 * say what it matched: the table `svd import` prints (heading, key given)
 * and the requirements no heading matched. The sections are the document's
 * top-level headings; under the success measures, the national measures.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { assignKeys, lexiconKeys, type LexiconCollection } from '../checks/lexicon.ts';
import type { HeadingKeyData } from '../content/heading-keys.ts';

export interface MappingRow {
  heading: string;
  depth: number;
  key?: string;
  /** The lexicon phrase it matched. */
  phrase?: string;
}

export interface Mapping {
  rows: MappingRow[];
  /** Requirement keys no heading matched. */
  unmatched: string[];
}

function mark(heading: Heading, key: string): void {
  // An MDX comment the heading-keys plugin reads as the key; toMdx writes it as {#key}.
  heading.children.push({ type: 'mdxTextExpression', value: `/*#${key}*/` } as never);
  (heading.data ??= {} as never) as HeadingKeyData;
  (heading.data as HeadingKeyData).key = key;
}

export function markSections(tree: Root, collection: 'strategy' | 'sna' | 'pages'): Mapping {
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  if (collection === 'pages' || headings.length === 0) return { rows: headings.map((h) => ({ heading: toString(h), depth: h.depth })), unmatched: [] };
  const top = Math.min(...headings.map((h) => h.depth));
  const rows = new Map<Heading, MappingRow>(headings.map((h) => [h, { heading: toString(h).trim(), depth: h.depth }]));
  const given = (group: Heading[], lexicon: LexiconCollection) => {
    assignKeys(group.map((h) => rows.get(h)!.heading), lexicon).forEach((r, i) => {
      if (!r) return;
      mark(group[i]!, r.key);
      Object.assign(rows.get(group[i]!)!, { key: r.key, phrase: r.phrase });
    });
  };
  given(headings.filter((h) => h.depth === top), collection);
  if (collection === 'strategy') {
    // The national measures are the headings one level down inside the success measures.
    const start = headings.findIndex((h) => rows.get(h)!.key === 'success-measures');
    if (start >= 0) {
      const inside: Heading[] = [];
      for (const h of headings.slice(start + 1)) {
        if (h.depth <= top) break;
        if (h.depth === top + 1) inside.push(h);
      }
      given(inside, 'measures');
    }
  }
  const keys = new Set([...rows.values()].map((r) => r.key));
  return { rows: [...rows.values()], unmatched: lexiconKeys(collection).filter((k) => !keys.has(k)) };
}

/** Write the keys the way authors do: `## Governance {#governance}`. */
export function keysAsAuthored(mdx: string): string {
  return mdx.replace(/^(#{1,6} .*?) ?\{\/\*#([A-Za-z0-9_-]+)\*\/\}[ \t]*$/gm, '$1 {#$2}');
}
