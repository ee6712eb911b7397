/**
 * Images without alt text. A chart or photo with no text alternative shuts
 * out readers who use a screen reader (Equality Act 2010, para 163, and the
 * public sector accessibility regulations), and an unchecked photo is often
 * where a face, a school badge or a street sign gets published.
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector } from './detector.ts';
import type { AnyNode } from './text.ts';
import { phrase } from './phrases.ts';

export const meta: RuleMeta = {
  id: 'redaction/image-alt',
  severity: 'error',
  paragraph: '163',
};

const WHAT = {
  missing: { what: phrase('image-alt.missing') },
  empty: { what: phrase('image-alt.empty') },
};

const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Picture', 'Figure', 'Photo']);

function attribute(node: AnyNode, name: string): { present: boolean; value: string } {
  const found = (node.attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return { present: false, value: '' };
  const value = typeof found.value === 'string' ? found.value : found.value && typeof found.value === 'object' ? String((found.value as { value?: unknown }).value ?? '') : '';
  return { present: true, value };
}

export const imageAlt = detector(meta, ({ images, emitNode }) => {
  for (const node of images) {
    if (node.type === 'image' && !(node.alt ?? '').trim()) emitNode(node, { found: node.url ?? '', ...WHAT.missing });
    // <Figure id="..." /> with no src is a declared number (checks/figures), not a picture.
    const figureNumber = node.name === 'Figure' && !attribute(node, 'src').present && attribute(node, 'id').present;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && IMAGE_ELEMENTS.has(node.name ?? '') && !figureNumber) {
      const alt = attribute(node, 'alt');
      const src = attribute(node, 'src').value || node.name || '';
      if (!alt.present) emitNode(node, { found: src, ...WHAT.missing });
      else if (!alt.value.trim()) emitNode(node, { found: src, ...WHAT.empty }, 'warning');
    }
  }
});
