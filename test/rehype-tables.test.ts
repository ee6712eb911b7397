import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeTables } from '../src/lib/markdown/rehype-tables.ts';

function transform(html: string, lang = 'en'): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeTables()(tree as never, { data: { astro: { frontmatter: { lang } } } } as never);
  return toHtml(tree);
}

const TABLE = '<table><thead><tr><th>Year</th><th>Offences</th></tr></thead><tbody><tr><td>2025</td><td>1,180</td></tr></tbody></table>';

describe('tables', () => {
  it('makes a "Table N:" paragraph the caption, keeping its number for the prose that cites it', () => {
    const html = transform(`<p><strong>Table 2: offences by year</strong></p>${TABLE}`);
    expect(html).toMatch(/<caption id="[^"]+"><span class="svd-caption-text">Table 2: offences by year<\/span><\/caption>/);
    expect(html).not.toContain('<p>');
  });

  it('takes the Welsh "Tabl:" form, numbering it', () => {
    const html = transform(`<p>Tabl: troseddau fesul blwyddyn</p>${TABLE}`, 'cy');
    expect(html).toMatch(/<caption id="[^"]+"><span class="svd-caption-text">Tabl 1: troseddau fesul blwyddyn<\/span><\/caption>/);
  });

  it('leaves an ordinary paragraph before a table alone', () => {
    const html = transform(`<p>Table 2 compares the areas.</p>${TABLE}`);
    expect(html).toContain('<p>Table 2 compares the areas.</p>');
  });

  it('wraps every table in a focusable scrolling region labelled by its caption', () => {
    const html = transform(TABLE, 'cy');
    expect(html).toMatch(/<div class="svd-table-wrapper" role="region" tabindex="0" aria-labelledby="svd-table-1"><p class="svd-table-hint" aria-hidden="true">Sgroliwch i’r ochr i weld y tabl cyfan.<\/p><table><caption id="svd-table-1">/);
  });

  it('captions a table the author left uncaptioned with a free number and its section', () => {
    const html = transform(`<h2>Funding</h2><p><strong>Table 1: the budget</strong></p>${TABLE}<h2>Success measures</h2><p>We will measure:</p>${TABLE}<h3>Local measures</h3>${TABLE}`);
    const captions = [...html.matchAll(/<span class="svd-caption-text">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(captions).toEqual(['Table 1: the budget', 'Table 2: Success measures', 'Table 3: Local measures']);
  });

  it('never numbers two things the same: a chart titled "Table 3" is Figure 1, its table stays Table 3, the next free number skips 3', () => {
    const tree = fromHtml(`<h2>Places</h2>${TABLE}`, { fragment: true });
    const chart = { type: 'mdxJsxFlowElement', name: 'Chart', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: 'Table 3: violence by type of ward' }], children: [fromHtml(TABLE, { fragment: true }).children[0]] };
    const tables = [1, 2].map(() => fromHtml(TABLE, { fragment: true }).children[0]!);
    tree.children.push(...(tables as never[]), chart as never, fromHtml(TABLE, { fragment: true }).children[0] as never);
    rehypeTables()(tree as never, { data: { astro: { frontmatter: { lang: 'en' } } } } as never);
    // The chart node cannot be written as HTML; read the captions from the tree.
    const captions: string[] = [];
    const walk = (node: { tagName?: string; value?: string; children?: unknown[] }): void => {
      if (node.tagName === 'caption') captions.push(JSON.stringify(node).match(/"value":"([^"]+)"/)![1]!.split(':')[0]!);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(tree as never);
    expect(captions).toEqual(['Table 1', 'Table 2', 'Table 4', 'Table 3', 'Table 5']);
    expect(new Set(captions).size).toBe(captions.length);
    expect(chart.attributes.find((a) => a.name === 'title')?.value).toBe('Figure 1: violence by type of ward');
  });
});
