/**
 * GOV.UK HTML publication parity on the built bilingual fixture
 * (test/global-setup.ts): "Print this page", dated "Updates to this page",
 * the dates at the top linking to them, and the other formats with their
 * real format and size. The browser tests check what a reader sees.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyOf } from '../src/lib/site/history.ts';
import { OUTPUT } from './helpers/project.ts';

const DIST = join(OUTPUT, 'bilingual');
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('Updates to this page', () => {
  it('lists every change newest first, whatever order the author wrote them in, ending with first publication', () => {
    const history = historyOf({
      published: day('2026-11-02'),
      changes: [
        { date: day('2026-11-10'), note: 'Corrected the 2025 figure in the funding table.' },
        { date: day('2027-10-20'), note: 'Annual review: new actions for 2027 to 2028.' },
      ],
    });
    expect(history.map((h) => [h.date.toISOString().slice(0, 10), h.note])).toEqual([
      ['2027-10-20', 'Annual review: new actions for 2027 to 2028.'],
      ['2026-11-10', 'Corrected the 2025 figure in the funding table.'],
      ['2026-11-02', undefined],
    ]);
  });

  it('keeps the author’s own note for the day of first publication instead of adding "First published."', () => {
    const history = historyOf({ published: day('2026-11-02'), changes: [{ date: day('2026-11-02'), note: 'Published with the Welsh version.' }] });
    expect(history).toEqual([{ date: day('2026-11-02'), note: 'Published with the Welsh version.' }]);
  });

  it.each([
    ['en/strategy/', 'Updates to this page', '2 November 2026', 'First published.', 'See all updates'],
    ['cy/strategaeth/', 'Diweddariadau i’r dudalen hon', '2 Tachwedd 2026', 'Cyhoeddwyd gyntaf.', 'Gweld pob diweddariad'],
  ])('are on %s, dated, and the "last updated" date links to them', (path, title, date, note, seeAll) => {
    const html = page(path);
    expect(html).toContain(`<h2 class="govuk-heading-m" id="history-title">${title}</h2>`);
    expect(html).toContain(`<dt class="svd-history__date"><time datetime="2026-11-02">${date}</time></dt><dd class="svd-history__note">${note}</dd>`);
    expect(html).toContain(`<a class="govuk-link svd-no-print" href="#history">${seeAll}</a>`);
    expect(html).toContain('id="history"');
  });

  it('are not on a plain page such as "About"', () => {
    expect(page('en/about/')).not.toContain('id="history"');
  });
});

describe('Print this page', () => {
  it.each([
    ['en/strategy/', 'strategy-en.pdf', 'Print this page', /PDF, (\d+) KB, (\d+) pages/],
    ['cy/strategaeth/', 'strategaeth-cy.pdf', 'Argraffu’r dudalen hon', /PDF, (\d+) KB, (\d+) tudalen/],
  ])('on %s opens the print-ready PDF, shown only because the file exists, with its true size', (path, file, text, size) => {
    const html = page(path);
    const link = new RegExp(`<p class="app-downloads svd-print-link" data-downloads="${file}"><a class="govuk-link" href="/sv/downloads/${file}" type="application/pdf" aria-describedby="([^"]+)">${text}</a>`).exec(html);
    expect(link, 'a visible print link').not.toBeNull();
    // The description the link points to is there, and gives the real size of the file it opens.
    expect(html).toContain(`id="${link![1]}"`);
    const kb = Number(size.exec(html.slice(link!.index))![1]);
    expect(kb).toBe(Math.round(statSync(join(DIST, 'downloads', file)).size / 1024));
    // Contents first, then the print link, as on GOV.UK.
    expect(html.indexOf('id="contents"')).toBeLessThan(link!.index);
  });
});
