import { describe, expect, it } from 'vitest';
import { backToContentsStep } from '../src/lib/markdown/processor.ts';
import { LONG_DOCUMENT_CHARACTERS } from '../src/lib/markdown/rehype-back-to-contents.ts';
import { renderHtml } from './helpers/satteri.ts';

/** The page through a satteri compile with the step Astro runs (its language from the frontmatter, as in Astro). */
function transform(html: string, lang = 'en'): string {
  return renderHtml(html, [backToContentsStep], lang);
}

// Officers' sections, each long enough that three make a long document.
const words = (n: number) => 'We will fund youth workers in the town centre on Friday and Saturday nights. '.repeat(n);
const section = (title: string) => `<h2 id="${title.toLowerCase().replace(/\W+/g, '-')}">${title}</h2><p>${words(Math.ceil(LONG_DOCUMENT_CHARACTERS / 3 / 70) + 1)}</p>`;
const LONG = ['Executive summary', 'Our priorities', 'Governance', 'Review'].map(section).join('');

describe('back to contents', () => {
  it('ends every section of a long document with a link to the contents, none before the first', () => {
    const html = transform(LONG);
    const link = '<p class="svd-back-to-contents"><a class="govuk-link" href="#contents">Back to contents</a></p>';
    expect(html.split(link).length - 1).toBe(4);
    expect(html.startsWith('<h2 id="executive-summary">')).toBe(true);
    expect(html).toContain(`</p>${link}<h2 id="our-priorities">`);
    expect(html.endsWith(link)).toBe(true);
  });

  it('says it in Welsh on a Welsh document', () => {
    expect(transform(LONG, 'cy')).toContain('<a class="govuk-link" href="#contents">Yn ôl i’r cynnwys</a>');
  });

  it('leaves a short page, or one with too few sections for a contents list, alone', () => {
    const short = '<h2>What is this about?</h2><p>Serious violence is when someone is badly hurt.</p><h2>Where to get help</h2><p>Call 999.</p><h2>Have your say</h2><p>Email us.</p>';
    expect(transform(short)).not.toContain('svd-back-to-contents');
    const oneSection = `<h2>Summary</h2><p>${words(200)}</p>`;
    expect(transform(oneSection)).not.toContain('svd-back-to-contents');
  });
});
