/**
 * Cut a document into translation units: one per heading, paragraph (in
 * lists, quotes and components too), table cell, image alt text, caption-like
 * component prop (title, description, caption...) and translatable setting
 * (title, summary). Units are named by the section they sit in (the nearest
 * keyed heading, `_top` before any, `_settings` for the frontmatter) and their
 * order within it, e.g. `governance.3`, so an edit in one section never
 * renames the units of another, and English and Welsh cut the same way line
 * up by id.
 *
 * Units with no words (a cell holding "2,900", a paragraph that is only an
 * image) are not offered: their content is carried over as it is.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { headingKey, rewriteHeadingKeys } from '../content/heading-keys.ts';
import { canonical, fromPieces, toPieces, TRANSLATABLE_PROPS, wordsOf, type Piece } from './pieces.ts';
import { sectionHash, unitHash } from '../checks/translation/hash.ts';

/** Settings a reader sees; the others (dates, status, keys) are the same in both languages. */
export const TRANSLATABLE_SETTINGS = ['title', 'summary'] as const;

export const TOP = '_top';
export const SETTINGS = '_settings';

export type UnitKind = 'heading' | 'paragraph' | 'cell' | 'prop' | 'alt' | 'setting';

export interface Unit {
  id: string;
  /** Section key (or `_top` / `_settings`). */
  section: string;
  kind: UnitKind;
  /** Line in the source file, for messages. */
  line: number;
  pieces: Piece[];
  /** Hash of the canonical source: what "unchanged since the last import" compares. */
  hash: string;
  /** Put a translation back: the pieces (validated) for text units, the plain words for props/alt/settings. */
  apply: (pieces: Piece[]) => void;
  /** Placeholder id -> node (text units only). */
  slots: Map<string, PhrasingContent>;
}

export interface SectionInfo {
  key: string;
  line: number;
  title: string;
  units: Unit[];
  /** What the section's translation record holds: see hash.ts sectionHash. */
  hash: string;
}

type TextParent = Heading | Paragraph | TableCell;

function hasWords(pieces: Piece[]): boolean {
  return /\p{L}/u.test(wordsOf(pieces));
}

/**
 * Units of one document. `text` is the file's text as read (the tree's
 * offsets point into it after the heading-key rewrite); `data` its
 * frontmatter, which `apply` on a setting unit writes into.
 */
export function segment(tree: Root, text: string, data: Record<string, unknown> | undefined): { units: Unit[]; sections: SectionInfo[] } {
  // The parser skips a byte-order mark, so its offsets count from after it.
  const source = rewriteHeadingKeys(text.replace(/^\uFEFF/, ''));
  const units: Unit[] = [];
  const sections = new Map<string, SectionInfo>();
  const counters = new Map<string, number>();
  let current = TOP;

  const section = (key: string, line: number, title: string) => {
    if (!sections.has(key)) sections.set(key, { key, line, title, units: [], hash: '' });
    return sections.get(key)!;
  };
  const add = (kind: UnitKind, line: number, pieces: Piece[], apply: Unit['apply'], slots = new Map<string, PhrasingContent>(), id?: string) => {
    const n = counters.get(current) ?? 0;
    if (id === undefined) counters.set(current, n + 1);
    const unit: Unit = { id: id ?? `${current}.${n}`, section: current, kind, line, pieces, hash: unitHash(canonical(pieces, slots)), apply, slots };
    units.push(unit);
    section(current, line, '').units.push(unit);
    return unit;
  };
  const plain = (kind: UnitKind, line: number, text: string, set: (value: string) => void, id?: string) =>
    add(kind, line, [text], (pieces) => set(wordsOf(pieces)), undefined, id);

  let columnOf: { value: string; set: (value: string) => void } | undefined;

  const textUnit = (kind: UnitKind, node: TextParent, key?: string, also?: (value: string) => void) => {
    const line = node.position?.start.line ?? 1;
    const converted = toPieces(node.children as PhrasingContent[], source);
    const pieces: Piece[] = [...converted.pieces];
    if (key) {
      if (typeof pieces.at(-1) === 'string') pieces[pieces.length - 1] += ' ';
      else pieces.push(' ');
      pieces.push({ kind: 'ph', id: 'key', ctype: 'x-section-key', code: `{#${key}}` });
    }
    const words = hasWords(converted.pieces);
    if (!words && converted.subtexts.length === 0) return;
    const apply = (target: Piece[]) => {
      // The key is restored from the heading's data, not from where the translator left it.
      node.children = trimEnd(fromPieces(target.filter((p) => typeof p === 'string' || p.id !== 'key'), converted.slots)) as typeof node.children;
      also?.(toString(node).trim());
    };
    const unit = words ? add(kind, line, pieces, apply, converted.slots) : undefined;
    const base = unit?.id ?? `${current}.${counters.get(current) ?? 0}`;
    if (!unit) counters.set(current, (counters.get(current) ?? 0) + 1);
    for (const sub of converted.subtexts) plain(sub.suffix.startsWith('alt') ? 'alt' : 'prop', line, sub.text, sub.set, `${base}.${sub.suffix}`);
  };

  const columnProp = (node: MdxJsxFlowElement) => {
    const index = node.attributes.findIndex((a) => a.type === 'mdxJsxAttribute' && a.name === 'column' && typeof a.value === 'string');
    if (index < 0) return undefined;
    const attribute = node.attributes[index] as MdxJsxAttribute;
    return { value: String(attribute.value), set: (value: string) => void (node.attributes[index] = { ...attribute, value }) };
  };

  const props = (node: MdxJsxFlowElement) => {
    const line = node.position?.start.line ?? 1;
    node.attributes.forEach((attribute, index) => {
      if (attribute.type !== 'mdxJsxAttribute' || !TRANSLATABLE_PROPS.has(attribute.name) || typeof attribute.value !== 'string') return;
      const current = attribute as MdxJsxAttribute;
      plain('prop', line, String(current.value), (value) => void (node.attributes[index] = { ...current, value }));
    });
  };

  const block = (node: RootContent) => {
    switch (node.type) {
      case 'heading':
        textUnit('heading', node);
        return;
      case 'paragraph':
        textUnit('paragraph', node);
        return;
      case 'table':
        node.children.forEach((row, index) =>
          row.children.forEach((cell) => {
            const column = index === 0 && columnOf && toString(cell).trim() === columnOf.value ? columnOf : undefined;
            textUnit('cell', cell, undefined, column?.set);
          }),
        );
        return;
      case 'mdxJsxFlowElement': {
        props(node);
        // A chart names the column it draws by its heading (column="Offences"):
        // that prop follows the heading's translation rather than being translated twice.
        const outer = columnOf;
        columnOf = columnProp(node);
        node.children.forEach((child) => block(child as RootContent));
        columnOf = outer;
        return;
      }
      case 'list':
      case 'listItem':
      case 'blockquote':
      case 'footnoteDefinition':
        node.children.forEach((child) => block(child as RootContent));
        return;
      default:
        // code, html, comments and waivers, ESM, thematic breaks: carried over as they are.
        return;
    }
  };

  if (data) {
    current = SETTINGS;
    for (const name of TRANSLATABLE_SETTINGS) {
      const value = data[name];
      if (typeof value !== 'string') continue;
      plain('setting', 1, value, (text) => void (data[name] = text), `${SETTINGS}.${name}`);
    }
  }
  current = TOP;

  // Sections as sections.ts finds them: a keyed heading owns what follows up
  // to the next heading of the same or a higher level; nested keyed headings
  // own their own text.
  const open: { key: string; depth: number }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
      const key = headingKey(node);
      if (key) {
        open.push({ key, depth: node.depth });
        current = key;
        const info = section(key, node.position?.start.line ?? 1, '');
        info.title = wordsOf(toPieces(node.children as PhrasingContent[]).pieces).trim();
        textUnit('heading', node, key);
        continue;
      }
      current = open.at(-1)?.key ?? TOP;
    }
    block(node);
  }
  for (const info of sections.values()) info.hash = sectionHash(info.units.map((u) => u.hash));
  return { units, sections: [...sections.values()] };
}

function trimEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return nodes;
}
