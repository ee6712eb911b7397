/**
 * Tables that work on a phone and with a screen reader: each table sits in
 * its own focusable, labelled scrolling region (so the page never scrolls
 * sideways, WCAG 1.4.10), header cells get a scope, and a paragraph just
 * before the table starting "Table:" (Welsh "Tabl:") becomes its caption.
 */
import type { Element, ElementContent, Properties, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

const CAPTION = /^\s*(?:Table|Tabl)\s*:\s*/;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export function rehypeTables() {
  return (tree: Root, file: { data?: { astro?: { frontmatter?: { lang?: string } } } }) => {
    // Astro's MDX pipeline exposes the frontmatter to rehype plugins.
    const word = file.data?.astro?.frontmatter?.lang === 'cy' ? 'Tabl' : 'Table';
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      const id = `table-${count}`;
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName !== 'th') return;
        cell.properties.scope ??= 'col';
      });
      // Find the previous element sibling, skipping whitespace text.
      let previousIndex = index - 1;
      while (previousIndex >= 0 && parent.children[previousIndex]!.type === 'text' && !(parent.children[previousIndex] as Text).value.trim()) previousIndex--;
      const previous = parent.children[previousIndex];
      let captionText: string | undefined;
      if (previous?.type === 'element' && previous.tagName === 'p' && CAPTION.test(textOf(previous))) {
        captionText = textOf(previous).replace(CAPTION, '').trim();
        parent.children.splice(previousIndex, index - previousIndex);
        index = previousIndex;
      }
      if (captionText) {
        node.children.unshift({ type: 'element', tagName: 'caption', properties: { id }, children: [{ type: 'text', value: captionText }] });
      }
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: (captionText
          ? { className: ['svd-table-wrapper'], role: 'region', tabIndex: 0, ariaLabelledBy: id }
          : { className: ['svd-table-wrapper'], role: 'region', tabIndex: 0, ariaLabel: `${word} ${count}` }) as Properties,
        children: [node],
      };
      parent.children[index] = wrapper;
      return index + 1;
    });
  };
}
