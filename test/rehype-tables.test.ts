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
    expect(html).toMatch(/<caption id="[^"]+">Table 2: offences by year<\/caption>/);
    expect(html).not.toContain('<p>');
  });

  it('takes the Welsh "Tabl:" form, dropping the bare label', () => {
    const html = transform(`<p>Tabl: troseddau fesul blwyddyn</p>${TABLE}`, 'cy');
    expect(html).toMatch(/<caption id="[^"]+">troseddau fesul blwyddyn<\/caption>/);
  });

  it('leaves an ordinary paragraph before a table alone', () => {
    const html = transform(`<p>Table 2 compares the areas.</p>${TABLE}`);
    expect(html).toContain('<p>Table 2 compares the areas.</p>');
    expect(html).not.toContain('<caption');
  });

  it('wraps every table in a focusable, labelled scrolling region', () => {
    const html = transform(TABLE, 'cy');
    expect(html).toMatch(/<div class="svd-table-wrapper" role="region" tabindex="0" aria-label="Tabl 1">/);
  });
});
