import { describe, expect, it } from 'vitest';
import { alignmentStep, sanitiseStep, tablesStep } from '../src/lib/markdown/processor.ts';
import { compileMdx, renderHtml } from './helpers/satteri.ts';

/** The page through a satteri compile with the step Astro runs (its language from the frontmatter, as in Astro). */
function transform(html: string, lang = 'en'): string {
  return renderHtml(html, [tablesStep], lang);
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
    const table = '| Year | Offences |\n|---|--:|\n| 2025 | 1,180 |\n';
    const mdx = `## Places\n\n${table}\n${table}\n${table}\n<Chart title="Table 3: violence by type of ward">\n\n${table}\n</Chart>\n\n${table}`;
    const { hast } = compileMdx(mdx, { hast: [tablesStep] });
    // The chart node cannot be written as HTML; read the captions from the tree.
    const captions: string[] = [];
    let chart: { attributes: Array<{ name: string; value: unknown }> } | undefined;
    const walk = (node: { type?: string; name?: string; tagName?: string; children?: unknown[] }): void => {
      if (node.tagName === 'caption') captions.push(JSON.stringify(node).match(/"value":"([^"]+)"/)![1]!.split(':')[0]!);
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Chart') chart = node as never;
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(hast as never);
    expect(captions).toEqual(['Table 1', 'Table 2', 'Table 4', 'Table 3', 'Table 5']);
    expect(new Set(captions).size).toBe(captions.length);
    expect(chart?.attributes.find((a) => a.name === 'title')?.value).toBe('Figure 1: violence by type of ward');
  });

  it("keeps an author's column alignment as a class, from satteri's style, through the sanitiser", () => {
    const { hast } = compileMdx('| Area | Note |\n|:--|:-:|\n| Cardiff | a note |\n', { hast: [alignmentStep, sanitiseStep, tablesStep] });
    const text = JSON.stringify(hast);
    expect(text).toContain('"className":["svd-align-center"]');
    expect(text).not.toContain('text-align');
    expect(text).not.toContain('"style"');
  });

  it('leaves no white space between the rows and cells of a table', () => {
    const { hast } = compileMdx('| Area | Note |\n|---|---|\n| Cardiff | a note |\n', { hast: [tablesStep] });
    const table = JSON.stringify(hast).slice(JSON.stringify(hast).indexOf('"tagName":"table"'));
    expect(table).not.toMatch(/"value":"\s+"/);
  });
});
