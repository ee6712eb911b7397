/**
 * The public "How this strategy meets the Serious Violence Duty" page: read
 * from the real build of the bilingual fixture (test/global-setup.ts), whose
 * review section gives no date and carries a waiver in each language, and
 * the coverage model (rowsFor, a pure function of a document and the one
 * analysis's findings and waivers) over the complete fixture with one thing
 * changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf, rowsFor } from '../src/lib/checks/coverage.ts';
import { STRATEGY_SECTIONS } from '../src/lib/checks/requirements.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { FIXTURES, OUTPUT } from './helpers/project.ts';
import { check, completeFiles, rehash, STRATEGY, withBody, withoutSection, withSetting, type Files } from './fixtures/checks/project.ts';

const DIST = join(OUTPUT, 'bilingual');
const read = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0];
const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();

/** Each row of a coverage table: the requirement, the status cell's words, and the link in the last cell. */
function rows(html: string): { requirement: string; status: string; href?: string; text: string }[] {
  return [...main(html).matchAll(/<tr class="govuk-table__row"><th scope="row"[^>]*>([\s\S]*?)<\/th><td class="govuk-table__cell">[\s\S]*?<\/td><td class="govuk-table__cell svd-coverage-status">([\s\S]*?)<\/td><td class="govuk-table__cell">([\s\S]*?)<\/td><\/tr>/g)].map((m) => {
    const link = /<a class="govuk-link" href="([^"]+)">([^<]*)<\/a>/.exec(m[3]!);
    return { requirement: plain(m[1]!), status: plain(m[2]!), href: link?.[1], text: (link?.[2] ?? m[3]!).trim() };
  });
}

const STATUS = { en: { met: 'Met', waived: 'Waived' }, cy: { met: "Wedi'i fodloni", waived: 'Hepgorwyd' } } as const;

describe('the coverage page in the built site', () => {
  it.each([
    ['en', 'meeting-the-duty', 'strategy', 'How this strategy meets the Serious Violence Duty'],
    ['cy', 'bodloni-r-ddyletswydd', 'strategaeth', "Sut mae&#39;r strategaeth hon yn bodloni&#39;r Ddyletswydd Trais Difrifol"],
  ] as const)('links every requirement of the %s strategy to the section that meets it, with its status in words', (lang, slug, docSlug, heading) => {
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
    // All met but the review, whose date the fixture leaves to the Board under a waiver.
    expect(found.filter((r) => !r.status.startsWith(STATUS[lang].met)).map((r) => r.href!.split('#')[1])).toEqual(['review']);
  });

  it.each([
    ['en', 'meeting-the-duty', 'Waived Accepted, with the reason: The section does not give the date of the next review (a month and year, or a full date). (paragraph 41c, 153) Reason: the Board sets the date of each review at its spring meeting and publishes it in the minutes, so the strategy cannot give it in advance'],
    ['cy', 'bodloni-r-ddyletswydd', "Hepgorwyd Derbyniwyd, gyda'r rheswm: Nid yw'r adran yn rhoi dyddiad yr adolygiad nesaf (mis a blwyddyn, neu ddyddiad llawn). (paragraff 41c, 153) Rheswm: mae'r Bwrdd yn pennu dyddiad pob adolygiad yn ei gyfarfod yn y gwanwyn ac yn ei gyhoeddi yn y cofnodion, felly ni all y strategaeth ei roi ymlaen llaw"],
  ] as const)('shows the partly met review as waived, with the missing point, its paragraph and the reason, in %s', (lang, slug, expected) => {
    const review = rows(read(`${lang}/${slug}`)).find((r) => r.href?.endsWith('#review'))!;
    expect(review.status).toBe(expected);
    // The approver is in the bundle, not on the public page.
    expect(main(read(`${lang}/${slug}`))).not.toContain(lang === 'en' ? 'Chair of the Strategic Partnership Board' : 'Cadeirydd y Bwrdd');
  });

  it('lists the same waivers in the submission bundle, with the point and the approver: manifest and both cover sheets', () => {
    const bundle = join(OUTPUT, 'submission');
    const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8')) as { analysis: { waived: { rule: string; file: string; variant?: string; approvedBy: string }[] } };
    expect(manifest.analysis.waived.map((w) => [w.rule, w.file, w.variant, w.approvedBy]).sort()).toEqual([
      ['strategy/review-substance', 'content/strategy/cy/index.mdx', 'date', 'Cadeirydd y Bwrdd Partneriaeth Strategol'],
      ['strategy/review-substance', 'content/strategy/en/index.mdx', 'date', 'Chair of the Strategic Partnership Board'],
    ]);
    for (const cover of ['index.html', 'index.cy.html']) {
      const html = plain(readFileSync(join(bundle, cover), 'utf8'));
      expect(html, cover).toContain('the Board sets the date of each review at its spring meeting');
      expect(html, cover).toContain('Chair of the Strategic Partnership Board');
    }
  });

  it('speaks the page\'s language: Welsh requirement names and Welsh headings on the Welsh page', () => {
    const found = rows(read('cy/bodloni-r-ddyletswydd'));
    expect(found.find((r) => r.href?.endsWith('#governance'))).toEqual({ requirement: 'Llywodraethu', status: STATUS.cy.met, href: '/sv/cy/strategaeth/#governance', text: 'Llywodraethu' });
    expect(found.map((r) => r.requirement).join(' ')).not.toMatch(/\b(the|and|of|with)\b/);
    expect(main(read('cy/bodloni-r-ddyletswydd'))).toContain("Cymraeg a Saesneg, fel y mae&#39;r gyfraith yn ei mynnu ar gyfer ardal yng Nghymru");
  });
});

/** The complete fixture with the review section's body replaced in both languages. */
function withReview(en: string, cy: string): Files {
  const files = completeFiles();
  files[STRATEGY.en] = withBody(files[STRATEGY.en]!, 'review', en);
  files[STRATEGY.cy] = withBody(files[STRATEGY.cy]!, 'review', cy);
  return rehash(files);
}

const NO_DATE = {
  en: 'The Strategic Partnership Board reviews the strategy at least once a year and agrees any changes with partners.',
  cy: "Mae Bwrdd y Bartneriaeth Strategol yn adolygu'r strategaeth o leiaf unwaith y flwyddyn ac yn cytuno ar unrhyw newidiadau gyda'r partneriaid.",
};

/** The review row of the strategy in `lang`, from rowsFor over the analysis of `files`. */
function reviewRow(files: Files, lang: 'en' | 'cy') {
  const analysis = check(files);
  const document = analysis.project.documents.find((d) => d.path === STRATEGY[lang])!;
  return rowsFor(document, analysis, lang).find((r) => r.section?.anchor === 'review' || r.paragraph === '41c, 153')!;
}

describe('rowsFor', () => {
  it.each(['en', 'cy'] as const)('says met when the section says all its rubric asks (%s)', (lang) => {
    const analysis = check(completeFiles());
    const document = analysis.project.documents.find((d) => d.path === STRATEGY[lang])!;
    const found = rowsFor(document, analysis, lang);
    expect(found.filter((r) => r.status !== 'met')).toEqual([]);
    expect(found.find((r) => r.section?.anchor === 'equality')).toMatchObject({ status: 'met', missing: [], waived: [] });
  });

  it.each([
    ['en', 'The section does not give the date of the next review (a month and year, or a full date).'],
    ['cy', "Nid yw'r adran yn rhoi dyddiad yr adolygiad nesaf (mis a blwyddyn, neu ddyddiad llawn)."],
  ] as const)('says partly met, naming the missing point and its paragraph (%s)', (lang, text) => {
    const row = reviewRow(withReview(NO_DATE.en, NO_DATE.cy), lang);
    expect(row).toMatchObject({ status: 'partly', section: { anchor: 'review' }, missing: [{ text, paragraph: '41c, 153' }], waived: [] });
  });

  it.each([
    ['en', 'the Board sets the date each spring and publishes it in its minutes'],
    ['cy', "mae'r Bwrdd yn pennu'r dyddiad bob gwanwyn ac yn ei gyhoeddi yn ei gofnodion"],
  ] as const)('says waived, with the point and the reason the partnership gave (%s)', (lang, reason) => {
    const files = withReview(NO_DATE.en, NO_DATE.cy);
    const approver = lang === 'en' ? 'Approved by J. Whitfield, Chair of the Board' : 'Cymeradwywyd gan J. Whitfield, Cadeirydd y Bwrdd';
    files[STRATEGY[lang]] = files[STRATEGY[lang]]!.replace(/^(## .* \{#review\})$/m, `{/* svd-waive strategy/review-substance: ${reason}. ${approver} */}\n$1`);
    const row = reviewRow(files, lang);
    expect(row.status).toBe('waived');
    expect(row.missing).toEqual([]);
    expect(row.waived).toEqual([{ text: expect.stringContaining(lang === 'en' ? 'give the date of the next review' : 'rhoi dyddiad yr adolygiad nesaf'), paragraph: '41c, 153', reason }]);
    // The other language, without a waiver, is still only partly met.
    expect(reviewRow(files, lang === 'en' ? 'cy' : 'en').status).toBe('partly');
  });

  it.each(['en', 'cy'] as const)('says a one-word section misses every point, and that it is too short (%s)', (lang) => {
    const row = reviewRow(withReview('Yes.', 'Ydy.'), lang);
    expect(row.status).toBe('partly');
    expect(row.missing.map((g) => g.text)).toHaveLength(4);
    expect(row.missing[0]!.text).toBe(lang === 'en' ? 'The section is too short to cover it.' : "Mae'r adran yn rhy fyr i'w gwmpasu.");
  });

  it.each([
    ['en', 'Independent scrutiny'],
    ['cy', 'Craffu annibynnol'],
  ] as const)('says not met when a guidance-level section is not there, and never links to it (%s)', (lang, requirement) => {
    const files = completeFiles();
    for (const l of ['en', 'cy'] as const) files[STRATEGY[l]] = withoutSection(files[STRATEGY[l]]!, 'scrutiny');
    const analysis = check(rehash(files));
    const coverage = coverageOf(analysis, lang);
    expect(coverage.documents.map((d) => d.collection)).toEqual(['strategy', 'sna']);
    const scrutiny = coverage.documents[0]!.rows.find((r) => r.requirement === requirement)!;
    expect(scrutiny).toEqual({ requirement, paragraph: '154k', statutory: false, status: 'missing', section: undefined, missing: [], waived: [] });
  });

  it('says waived, with the reason, when a missing guidance-level section is waived', () => {
    const files = completeFiles();
    files[STRATEGY.en] = withSetting(withoutSection(files[STRATEGY.en]!, 'scrutiny'), 'waivers', '[{ rule: strategy/scrutiny, reason: "The council\'s scrutiny committee reviews the partnership each year", approvedBy: "Chair of the Board" }]');
    const analysis = check(rehash(files));
    const row = coverageOf(analysis, 'en').documents[0]!.rows.find((r) => r.requirement === 'Independent scrutiny')!;
    expect(row.section).toBeUndefined();
    expect(row).toMatchObject({ status: 'waived', waived: [{ text: 'There is no section on this.', paragraph: '154k', reason: "The council's scrutiny committee reviews the partnership each year" }] });
  });

  it('lists a waived national measure with the other waivers, since its row only says met or not', () => {
    const files = completeFiles();
    const reason = 'Hospital admissions data for the area is published by the health board from April 2027';
    files[STRATEGY.en] = withSetting(withoutSection(files[STRATEGY.en]!, 'national-hospital-admissions'), 'waivers', `[{ rule: strategy/national-measures, reason: "${reason}", approvedBy: "Chair of the Board" }]`);
    const strategy = coverageOf(check(rehash(files)), 'en').documents[0]!;
    expect(strategy.rows.find((r) => r.requirement.startsWith('Hospital admissions'))).toMatchObject({ status: 'missing', nested: true });
    expect(strategy.otherWaivers).toEqual([{ rule: 'strategy/national-measures', reason }]);
  });

  it('lists the waivers of checks that are not rows, with their reasons, and no waiver twice', () => {
    const coverage = coverageOf(analyse(join(FIXTURES, 'sites', 'england'), { sets: ['check', 'scan'], now: new Date('2026-11-20T12:00:00Z') }), 'en');
    const strategy = coverage.documents.find((d) => d.collection === 'strategy')!;
    expect(strategy.otherWaivers).toEqual([{ rule: 'language/victim-blaming', reason: 'we quote the phrase to explain why we no longer use it' }]);
    expect(strategy.rows.find((r) => r.requirement === 'Commissioning and funding')).toMatchObject({ status: 'waived', waived: [{ reason: "Each partner commissions through its own plans, which the board's annual report brings together." }] });
  });
});
