/**
 * Defence in depth: the HTML that reaches the page is sanitised with
 * hast-util-sanitize (rehype-sanitize's engine) and the schema in schema.ts,
 * even though safeMdxPlugin has already refused anything unsafe. It runs as
 * the first hast step on a page it would change, on the author's content
 * only; the project's own steps (tables, phone links) and Astro's (heading
 * ids, images) run after it. A page it would leave as it is, the check in
 * satteri-sanitise.ts shows so node by node, with this schema, and it does
 * not run there (markdown/satteri-hast.ts).
 *
 * MDX keeps JSX in the tree as mdxJsx* nodes, which hast-util-sanitize does
 * not know, so: lowercase JSX tags become ordinary elements (and are then
 * sanitised like any HTML); the registry's components are parked as
 * placeholder elements while their contents are sanitised and put back
 * after; any other MDX node (code, expressions, unknown components) is
 * dropped.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { COMPONENTS } from './components.ts';
import { judgeUrl, SAFE_SCHEMA, URL_ATTRIBUTES } from './schema.ts';

const SLOT = 'svd-component';
/** The schema the sanitiser runs with: ours, plus the placeholder it parks components in. */
export const SANITISER_SCHEMA: Schema = {
  ...SAFE_SCHEMA,
  tagNames: [...SAFE_SCHEMA.tagNames!, SLOT],
  attributes: { ...SAFE_SCHEMA.attributes, [SLOT]: ['dataSvdSlot'] },
};

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
}

type Parent = { children: RootContent[] };

function park(parent: Parent, parked: JsxNode[]): void {
  parent.children = parent.children.flatMap((child): RootContent[] => {
    const node = child as unknown as { type: string };
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const jsx = child as unknown as JsxNode;
      const name = jsx.name ?? '';
      if (COMPONENTS[name]) {
        parked.push(jsx);
        const slot: Element = { type: 'element', tagName: SLOT, properties: { dataSvdSlot: parked.length - 1 }, children: jsx.children as ElementContent[] };
        park(slot, parked);
        return [slot];
      }
      if (/^[a-z][a-z0-9]*$/.test(name)) {
        const properties: Properties = {};
        for (const attribute of jsx.attributes) {
          // Only plain values survive; an expression is code and is dropped.
          if (attribute.type === 'mdxJsxAttribute' && attribute.name && (typeof attribute.value === 'string' || attribute.value === null || attribute.value === undefined)) {
            properties[find(html, attribute.name).property] = attribute.value ?? true;
          }
        }
        const element: Element = { type: 'element', tagName: name, properties, children: jsx.children as ElementContent[] };
        park(element, parked);
        return [element];
      }
      return [];
    }
    if (node.type.startsWith('mdx')) return [];
    if ('children' in child) park(child as Parent, parked);
    return [child];
  });
}

/** Protocol-relative addresses (`//host/x`) have no scheme for the schema to catch; the one URL judge does. */
function dropForeignUrls(element: Element): void {
  for (const [property, value] of Object.entries(element.properties)) {
    const kind = URL_ATTRIBUTES[property];
    if (kind && typeof value === 'string' && !judgeUrl(value, kind).ok) delete element.properties[property];
  }
}

function unpark(parent: Parent, parked: JsxNode[]): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'element' && child.tagName === SLOT) {
      const original = parked[Number(child.properties.dataSvdSlot)]!;
      unpark(child, parked);
      return { ...original, children: child.children } as unknown as RootContent;
    }
    if (child.type === 'element') dropForeignUrls(child);
    if ('children' in child) unpark(child as Parent, parked);
    return child;
  });
}

export function sanitiseTree(tree: Root): Root {
  const parked: JsxNode[] = [];
  park(tree, parked);
  const clean = sanitize(tree, SANITISER_SCHEMA) as Root;
  unpark(clean, parked);
  return clean;
}

