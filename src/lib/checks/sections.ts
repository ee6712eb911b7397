/**
 * Sections, found by requirement key. A section is a keyed heading and
 * everything after it up to the next heading of the same or a higher level,
 * so sub-headings and their text belong to it. Only headings at the top of
 * the document (not inside lists, quotes or components) start sections: that
 * is what a reader sees as the document's structure.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingKey } from '../content/heading-keys.ts';
import { walk } from '../markdown/walk.ts';
import { placeholderBlock } from './placeholders.ts';

export type Fill = 'filled' | 'empty' | 'placeholder';

export interface Section {
  key: string;
  heading: Heading;
  /** The heading's text as the reader sees it. */
  title: string;
  depth: number;
  /** Everything under the heading, sub-sections included. */
  body: RootContent[];
  fill: Fill;
  /** For placeholder sections: the placeholder, as written. */
  placeholder?: string;
  /** The key of the nearest keyed section this one sits inside, if any. */
  parent?: string;
}

/** Nodes that carry no words for a reader: comments, waivers, raw markup. */
function silent(node: RootContent): boolean {
  return node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition';
}

/** Images, components and code carry content even when they hold no text we can read. */
function substantive(node: RootContent): boolean {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'code') return true;
  let found = false;
  walk<RootContent>(node, (child) => {
    if (child.type === 'image' || child.type === 'mdxJsxTextElement') found = true;
  });
  return found;
}

/** The words of a node, with a space between separate pieces of text (list items, cells). */
function wordsOf(node: RootContent): string {
  const pieces: string[] = [];
  walk<RootContent>(node, (child) => {
    if (child.type === 'text' || child.type === 'inlineCode') pieces.push(child.value);
  });
  return pieces.join(' ');
}

export function fillOf(body: RootContent[]): { fill: Fill; placeholder?: string } {
  const blocks = body.filter((node) => node.type !== 'heading' && !silent(node));
  let placeholder: string | undefined;
  for (const block of blocks) {
    const text = wordsOf(block);
    const result = placeholderBlock(text);
    if (result.placeholderOnly) {
      placeholder ??= result.sample;
      continue;
    }
    // One block with words fills the section whatever follows: stop reading (a long section was read to its end).
    if (/[\p{L}\p{N}]/u.test(text) || substantive(block)) return { fill: 'filled' };
  }
  return placeholder ? { fill: 'placeholder', placeholder } : { fill: 'empty' };
}

/** Every keyed section at the top level of the document, in order. */
export function findSections(tree: Root): Section[] {
  const children = tree.children;
  const sections: Section[] = [];
  const open: Section[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
    const key = headingKey(node);
    if (!key) return;
    let end = index + 1;
    while (end < children.length) {
      const next = children[end]!;
      if (next.type === 'heading' && next.depth <= node.depth) break;
      end += 1;
    }
    const body = children.slice(index + 1, end);
    const section: Section = { key, heading: node, title: toString(node).trim(), depth: node.depth, body, ...fillOf(body), parent: open.at(-1)?.key };
    sections.push(section);
    open.push(section);
  });
  return sections;
}

const cache = new WeakMap<Root, Section[]>();

/** findSections, once per tree: every section rule asks for the same document. */
export function sectionsOf(tree: Root): Section[] {
  let sections = cache.get(tree);
  if (!sections) {
    sections = findSections(tree);
    cache.set(tree, sections);
  }
  return sections;
}

/** Every keyed heading anywhere in the tree, for the key checks. */
export function keyedHeadings(tree: Root): { key: string; heading: Heading }[] {
  const found: { key: string; heading: Heading }[] = [];
  walk<Root | RootContent>(tree, (heading) => {
    if (heading.type !== 'heading') return;
    const key = headingKey(heading);
    if (key) found.push({ key, heading });
  });
  return found;
}

/** The first section with this key (duplicates are reported separately). */
export function sectionByKey(sections: Section[], key: string): Section | undefined {
  return sections.find((s) => s.key === key);
}

/** Sub-sections of `parent`: keyed headings nested inside it. */
export function childrenOf(sections: Section[], parent: Section): Section[] {
  const start = sections.indexOf(parent);
  const inside: Section[] = [];
  for (const section of sections.slice(start + 1)) {
    if (section.depth <= parent.depth) break;
    if (parent.body.includes(section.heading)) inside.push(section);
  }
  return inside;
}
