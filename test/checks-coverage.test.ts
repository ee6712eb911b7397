/**
 * The public "How this strategy meets the Serious Violence Duty" page: read
 * from the real build of the bilingual fixture (test/global-setup.ts), and
 * the coverage model over a temp project with a guidance-level gap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../src/lib/checks/coverage.ts';
import { STRATEGY_SECTIONS } from '../src/lib/checks/requirements.ts';
import { analyseTexts, OUTPUT } from './helpers/project.ts';
import { completeFiles, NOW, rehash, STRATEGY, withoutSection } from './fixtures/checks/project.ts';

const DIST = join(OUTPUT, 'bilingual');
const read = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0];

/** Each row of the coverage table: the requirement cell's text and the link in the last cell. */
function rows(html: string): { requirement: string; href?: string; text: string }[] {
  return [...main(html).matchAll(/<tr class="govuk-table__row"><th scope="row"[^>]*>([\s\S]*?)<\/th>[\s\S]*?<td class="govuk-table__cell">[\s\S]*?<\/td><td class="govuk-table__cell">([\s\S]*?)<\/td><\/tr>/g)].map((m) => {
    const link = /<a class="govuk-link" href="([^"]+)">([^<]*)<\/a>/.exec(m[2]!);
    return { requirement: m[1]!.replace(/<[^>]+>/g, '').trim(), href: link?.[1], text: (link?.[2] ?? m[2]!).trim() };
  });
}

describe('the coverage page in the built site', () => {
  it.each([
    ['en', 'meeting-the-duty', 'strategy', 'How this strategy meets the Serious Violence Duty'],
    ['cy', 'bodloni-r-ddyletswydd', 'strategaeth', "Sut mae&#39;r strategaeth hon yn bodloni&#39;r Ddyletswydd Trais Difrifol"],
  ] as const)('links every requirement of the %s strategy to the section that meets it', (lang, slug, docSlug, heading) => {
    const html = read(`${lang}/${slug}`);
    expect(main(html)).toContain(`<h1 class="govuk-heading-xl">${heading}</h1>`);
    const found = rows(html);
    // Every requirement (edition 1: no annual assessment), plus the three national and one local measure.
    expect(found).toHaveLength(STRATEGY_SECTIONS.length - 1 + 4);
    const document = read(`${lang}/${docSlug}`);
    for (const row of found) {
      expect(row.href, row.requirement).toMatch(new RegExp(`^/sv/${lang}/${docSlug}/#[a-z-]+$`));
      const anchor = row.href!.split('#')[1]!;
      expect(document, `${row.href} exists`).toMatch(new RegExp(`<h[23] id="${anchor}">`));
    }
    const legal = found.filter((r) => r.requirement.endsWith(lang === 'en' ? '(required by law)' : '(gofynnol yn ôl y gyfraith)'));
    expect(legal).toHaveLength(STRATEGY_SECTIONS.filter((r) => r.meta.statutory).length);
  });

  it('speaks the page\'s language: Welsh requirement names and Welsh headings on the Welsh page', () => {
    const found = rows(read('cy/bodloni-r-ddyletswydd'));
    expect(found.find((r) => r.href?.endsWith('#governance'))).toEqual({ requirement: 'Llywodraethu', href: '/sv/cy/strategaeth/#governance', text: 'Llywodraethu' });
    expect(found.map((r) => r.requirement).join(' ')).not.toMatch(/\b(the|and|of|with)\b/);
    expect(main(read('cy/bodloni-r-ddyletswydd'))).toContain("Cymraeg a Saesneg, fel y mae&#39;r gyfraith yn ei mynnu ar gyfer ardal yng Nghymru");
  });
});

describe('the coverage model', () => {
  it('says plainly when a guidance-level section is not included, and never links to it', () => {
    const files = rehash({ ...completeFiles(), [STRATEGY.en]: withoutSection(completeFiles()[STRATEGY.en]!, 'scrutiny') });
    const analysis = analyseTexts(files, { sets: ['check'], now: NOW });
    const en = coverageOf(analysis, 'en');
    expect(en.documents.map((d) => d.collection)).toEqual(['strategy', 'sna']);
    const scrutiny = en.documents[0]!.rows.find((r) => r.requirement === 'Independent scrutiny')!;
    expect(scrutiny).toEqual({ requirement: 'Independent scrutiny', paragraph: '154k', statutory: false, section: undefined });
    const cy = coverageOf(analysis, 'cy').documents[0]!.rows.find((r) => r.requirement === 'Craffu annibynnol')!;
    expect(cy.section).toEqual({ title: 'Craffu annibynnol', anchor: 'scrutiny' });
  });
});
