/**
 * The accessible pieces of the built bilingual fixture (test/global-setup.ts),
 * read from the HTML: the accessibility statement's legally required wording
 * in both languages, the chart (SVG with title and description, and the
 * same numbers in a captioned table), table markup, the search form, and no
 * JavaScript beyond search and the exit button. The statement's facts for
 * partly compliant sites are tested on the pure function the page uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementFacts, STATEMENT } from '../src/components/accessibility/statement-text.ts';
import { siteSchema } from '../src/lib/schema/site.ts';
import { parse } from 'yaml';
import { defaultPages, pageWeight } from '../scripts/page-weight.ts';
import { OUTPUT, SITE_YAML } from './helpers/project.ts';

const DIST = join(OUTPUT, 'bilingual');
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/** The words a reader sees: inline tags vanish, block tags separate. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<\/?(?:a|span|strong|em)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('the accessibility statement', () => {
  it('states compliance, the enforcement procedure, contact and dates in English, as GOV.UK’s sample does', () => {
    const html = page('en/accessibility-statement');
    const words = text(html);
    expect(words).toContain('Accessibility statement for Test Valley Violence Partnership');
    expect(words).toContain('This accessibility statement applies to https://example.gov.uk/sv/.');
    expect(words).toContain('This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.');
    expect(words).toContain('The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018');
    expect(words).toContain('contact the Equality Advisory and Support Service (EASS).');
    expect(html).toContain('href="https://www.equalityadvisoryservice.com/"');
    expect(words).toContain('get back to you in 5 working days.');
    expect(html).toContain('href="mailto:violence@example.gov.uk"');
    expect(words).toContain('This statement was prepared on 2 November 2026. It was last reviewed on 2 November 2026.');
    expect(words).toContain('This website was last tested on 2 November 2026 against the WCAG 2.2 AA standard. The test was carried out by Test Valley Violence Partnership.');
    expect(words).toContain('read every page in English or Welsh');
    // The young people's summary is offered from the statement.
    expect(html).toMatch(/<a class="govuk-link" href="\/sv\/en\/young-people\/">What the strategy means for you<\/a>/);
  });

  it('says the same in Welsh, with the Welsh names of the bodies and the regulations', () => {
    const words = text(page('cy/datganiad-hygyrchedd'));
    expect(words).toContain('Datganiad hygyrchedd ar gyfer Partneriaeth Trais Cwm Prawf');
    expect(words).toContain('Mae’r wefan hon yn cydymffurfio’n llawn â safon AA fersiwn 2.2 o’r Canllawiau Hygyrchedd Cynnwys y We.');
    expect(words).toContain('Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018');
    expect(words).toContain('Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)');
    expect(words).toContain('Paratowyd y datganiad hwn ar 2 Tachwedd 2026.');
    expect(words).toContain('Gweithdrefn orfodi');
    expect(words).not.toMatch(/fully compliant|Enforcement procedure/);
  });

  it('lists what is not accessible under the regulations’ reasons when the site is partly compliant', () => {
    const yaml = `${SITE_YAML}
accessibility:
  compliance: partial
  testedOn: 2026-12-01
  responseDays: 10
  nonAccessible:
    - reason: non-compliance
      text: { en: The map of the area has no text alternative., cy: Nid oes testun amgen i fap yr ardal. }
      criteria: ["1.1.1"]
      fixBy: 2027-03-31
    - reason: disproportionate-burden
      text: { en: Scanned minutes from 2019 are images of text. }
      criteria: ["1.4.5"]
    - reason: out-of-scope
      text: { en: Recordings of meetings before 23 September 2020., cy: Recordiadau o gyfarfodydd cyn 23 Medi 2020. }
`;
    const site = siteSchema.parse(parse(yaml));
    const en = statementFacts(site, 'en');
    expect(en.compliance).toBe('partial');
    expect(en.groups.map((g) => [g.reason, g.items.length])).toEqual([
      ['non-compliance', 1],
      ['disproportionate-burden', 1],
      ['out-of-scope', 1],
    ]);
    // Out-of-scope content is not a problem the partnership has to fix.
    expect(en.known.map((k) => k.value)).toEqual(['The map of the area has no text alternative.', 'Scanned minutes from 2019 are images of text.']);
    expect(en.tested.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(en.reviewed.toISOString().slice(0, 10)).toBe('2026-11-02');
    expect(en.responseDays).toBe(10);
    const cy = statementFacts(site, 'cy');
    expect(cy.groups[0]!.items[0]).toEqual({ value: 'Nid oes testun amgen i fap yr ardal.', criteria: ['1.1.1'], fixBy: new Date(Date.UTC(2027, 2, 31)) });
    // Written only in English: marked as English on the Welsh page.
    expect(cy.groups[1]!.items[0]).toMatchObject({ value: 'Scanned minutes from 2019 are images of text.', lang: 'en' });
    expect(STATEMENT.en.status.partial).toBe('This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.');
    expect(STATEMENT.cy.fails('1.1.1')).toBe('Nid yw hyn yn bodloni maen prawf llwyddiant 1.1.1 WCAG 2.2.');
  });

  it('refuses a statement that does not match the facts', () => {
    const partialWithNothing = siteSchema.safeParse(parse(`${SITE_YAML}\naccessibility:\n  compliance: partial\n`));
    expect(partialWithNothing.success).toBe(false);
    const fullWithProblems = siteSchema.safeParse(parse(`${SITE_YAML}\naccessibility:\n  nonAccessible:\n    - reason: non-compliance\n      text: { en: A problem. }\n`));
    expect(fullWithProblems.success).toBe(false);
    expect(fullWithProblems.error!.issues[0]!.path).toEqual(['accessibility', 'compliance']);
  });
});

describe('charts and tables', () => {
  const en = page('en/young-people');
  const cy = page('cy/pobl-ifanc');

  it('draws the chart as inline SVG with a title and a description that sum it up', () => {
    const svg = /<svg class="svd-chart__svg"[\s\S]*?<\/svg>/.exec(en)![0];
    expect(svg).toMatch(/role="img" aria-labelledby="svd-chart-1-title" aria-describedby="svd-chart-1-desc"/);
    // The chart is a figure with its own number; its table is a table with another.
    expect(svg).toContain('<title id="svd-chart-1-title">Figure 1: Young people who feel safe, by time of day</title>');
    expect(svg).toContain(
      '<desc id="svd-chart-1-desc">Fewer young people feel safe after dark. Bar chart: Feel safe (%) by Time of day. Highest: Morning (82). Lowest: Night (31). The numbers are in the table below.</desc>',
    );
    expect(svg.match(/<rect class="svd-chart__bar"/g)).toHaveLength(4);
    // Bars are in proportion: 31 is 31/82 of the longest.
    const widths = [...svg.matchAll(/<rect class="svd-chart__bar"[^>]*width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(widths[3]! / widths[0]!).toBeCloseTo(31 / 82, 3);
  });

  it('describes the Welsh chart in Welsh', () => {
    expect(cy).toContain('Siart bar: Teimlo’n ddiogel (%) yn ôl Adeg y dydd. Uchaf: Bore (82). Isaf: Nos (31). Mae’r ffigurau yn y tabl isod.');
  });

  it('puts the same numbers in a real table: captioned, with column and row headers, in a labelled focusable region', () => {
    const region = /<div class="svd-table-wrapper" role="region" tabindex="0" aria-labelledby="svd-table-1">[\s\S]*?<table><caption id="svd-table-1"><span class="svd-caption-text">([^<]+)<\/span><\/caption>([\s\S]*?)<\/table>/.exec(en)!;
    expect(region[1]).toBe('Table 1: Young people who feel safe, by time of day');
    expect(region[2]).toContain('<th scope="col">Time of day</th>');
    expect(region[2]).toContain('<th scope="row" class="svd-row-header">Night</th><td class="svd-align-right">31</td>');
    expect(cy).toContain('<caption id="svd-table-1"><span class="svd-caption-text">Tabl 1: Pobl ifanc sy&#39;n teimlo&#39;n ddiogel, yn ôl adeg y dydd</span></caption>');
  });

  it('turns a "Table:" or "Tabl:" paragraph into the caption, not a paragraph', () => {
    expect(en).toContain('<caption id="svd-table-2"><span class="svd-caption-text">Table 2: Where young people asked for more help</span></caption>');
    expect(cy).toContain('<caption id="svd-table-2"><span class="svd-caption-text">Tabl 2: Ble gofynnodd pobl ifanc am fwy o help</span></caption>');
    expect(en).not.toMatch(/<p>Table:/);
  });

  it('lines up columns of figures on the right when the author set no alignment', () => {
    expect(en).toContain('<th scope="col" class="svd-numeric">Young people who asked</th>');
    expect(en).toContain('<th scope="row" class="svd-row-header">Parks</th><td class="svd-numeric">120</td>');
    expect(cy).toContain('<th scope="row" class="svd-row-header">Parciau</th><td class="svd-numeric">120</td>');
  });
});

describe('scripts and forms', () => {
  const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(DIST, f));

  it('runs JavaScript only for search and the exit button', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const path = relative(DIST, file);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => `${m[1]} ${m[2]}`);
      for (const script of scripts) {
        const allowed =
          /ExitThisPage|exit-this-page|_astro\/ExitThisPage/.test(script) ||
          /js-enabled/.test(script) ||
          (/pagefind/.test(script) && /(?:search|chwilio)\/index\.html$/.test(path)) ||
          /search-form/.test(script);
        expect(allowed, `${path}: ${script.slice(0, 120)}`).toBe(true);
      }
    }
  });

  it('gives the search page a visible label and no third-party UI script', () => {
    for (const path of ['en/search', 'cy/chwilio']) {
      const html = page(path);
      expect(html).toMatch(/<label class="govuk-label govuk-label--m" for="search-input">[^<]+<\/label>/);
      expect(html).toContain('<p class="govuk-body svd-search-status" id="search-status" role="status"></p>');
      expect(html).not.toContain('pagefind-ui.js');
    }
  });
});

describe('page weight', () => {
  it('counts the HTML, the stylesheet and the exit button’s script of the home, strategy and SNA pages, with no fonts to download', () => {
    expect(defaultPages(DIST)).toEqual(['en/', 'en/strategy/', 'cy/', 'cy/strategaeth/']);
    for (const path of defaultPages(DIST)) {
      const weight = pageWeight(DIST, path);
      expect(weight.files.some((f) => f.endsWith('.css'))).toBe(true);
      expect(weight.files.some((f) => /ExitThisPage.*\.js$/.test(f))).toBe(true);
      expect(weight.fonts).toEqual({ raw: 0, gzip: 0 });
      expect(weight.total.gzip).toBe(weight.html.gzip + weight.css.gzip + weight.js.gzip);
      expect(weight.total.gzip).toBeLessThan(weight.total.raw);
      // A phone on a slow connection: the whole first visit fits in 60 KB.
      expect(weight.total.gzip).toBeLessThan(60 * 1024);
    }
  });
});
