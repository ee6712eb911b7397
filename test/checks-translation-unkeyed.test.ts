/**
 * Welsh parity for sections without a key: a page's "How to report a
 * crime", a "Priority 2" under the strategy's actions. The versions are
 * paired by order, heading level and figures (src/lib/checks/translation/
 * unkeyed.ts); a section one version has and the other lacks, or leaves
 * empty, is reported on the version without it, naming the one with it.
 */
import { describe, expect, it } from 'vitest';
import { alignUnkeyed } from '../src/lib/checks/translation/unkeyed.ts';
import { parseMdx } from '../src/lib/content/parse.ts';
import { VFile } from 'vfile';
import { check, completeFiles, rehash, STRATEGY, summary, withBody, type Files } from './fixtures/checks/project.ts';

const PAGE = { en: 'content/pages/en/contact.mdx', cy: 'content/pages/cy/contact.mdx' } as const;

const front = {
  en: '---\ntitle: Contact us\nsummary: How to reach the partnership.\nlang: en\ntranslationKey: contact\nslug: contact\nstatus: published\npublished: 2026-11-02\n---\n\n',
  cy: "---\ntitle: Cysylltu â ni\nsummary: Sut i gysylltu â'r bartneriaeth.\nlang: cy\ntranslationKey: contact\nslug: cysylltu\nstatus: published\npublished: 2026-11-02\ntranslation:\n  source: en\n  sourceHash: pending\n---\n\n",
};

// The example's contact page, as officers write it: no keys on its headings.
const SECTIONS = {
  en: [
    '## Contact the partnership\n\nEmail the Violence Prevention Unit and we will answer within 5 working days.',
    '## Ask for another format\n\nWe can send any document in large print, easy read or audio within 10 working days.',
    '## How to report a crime\n\nIn an emergency, call 999. To report a crime that is not an emergency, call 101 or use the police website.',
    '## Comments and complaints\n\nTell us what you think of the strategy. We publish a summary of comments every 12 months.',
  ],
  cy: [
    "## Cysylltu â'r bartneriaeth\n\nE-bostiwch yr Uned Atal Trais a byddwn yn ateb o fewn 5 diwrnod gwaith.",
    '## Gofyn am fformat arall\n\nGallwn anfon unrhyw ddogfen mewn print bras, hawdd ei ddeall neu sain o fewn 10 diwrnod gwaith.',
    "## Sut i roi gwybod am drosedd\n\nMewn argyfwng, ffoniwch 999. I roi gwybod am drosedd nad yw'n argyfwng, ffoniwch 101 neu defnyddiwch wefan yr heddlu.",
    "## Sylwadau a chwynion\n\nDywedwch wrthym beth yw eich barn am y strategaeth. Rydym yn cyhoeddi crynodeb o'r sylwadau bob 12 mis.",
  ],
};

function pages(en: string[], cy: string[]): Files {
  return rehash({ ...completeFiles(), [PAGE.en]: front.en + en.join('\n\n') + '\n', [PAGE.cy]: front.cy + cy.join('\n\n') + '\n' });
}

const lineOf = (files: Files, path: string, text: string) => files[path]!.split('\n').findIndex((l) => l.startsWith(text)) + 1;
/** Only this rule's findings: the rubric may also judge a shortened section, which is not what these tests are about. */
const parity = (files: Files) => check(files).findings.filter((f) => f.rule.startsWith('translation/'));
const where = (files: Files) => parity(files).map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`);
const without = (list: string[], index: number) => list.filter((_, i) => i !== index);

describe('sections without keys, across languages', () => {
  it('passes a page whose versions have the same sections', () => {
    expect(summary(check(pages(SECTIONS.en, SECTIONS.cy)))).toEqual([]);
  });

  it('fails the Welsh version that lacks a section the English has, after the heading where it belongs, naming the English', () => {
    const files = pages(SECTIONS.en, without(SECTIONS.cy, 2));
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${PAGE.cy}:${lineOf(files, PAGE.cy, '## Gofyn am fformat arall')} translation/sections error`]);
    expect(analysis.findings[0]!.message).toBe(`The English version (${PAGE.en}) has a section "How to report a crime" (line ${lineOf(files, PAGE.en, '## How to report a crime')}, a heading without a key) that this Welsh version does not have, or leaves empty. Sections without a key are paired by their order, heading level and figures.`);
    expect(analysis.messages[0]!.text.cy).toContain(`Mae gan y fersiwn Saesneg (${PAGE.en}) adran "How to report a crime"`);
  });

  it('fails the English version that lacks a section the Welsh has, naming the Welsh', () => {
    const files = pages(without(SECTIONS.en, 0), SECTIONS.cy);
    const analysis = check(files);
    // The first section: nothing comes before it, so the finding is at the top of the file.
    expect(summary(analysis)).toEqual([`${PAGE.en}:1 translation/sections error`]);
    expect(analysis.findings[0]!.message).toContain(`The Welsh version (${PAGE.cy}) has a section "Cysylltu â'r bartneriaeth"`);
  });

  it('tells by the figures which of two like sections is missing', () => {
    // Same level, similar length: only "999" and "101" say the crime section is the one gone, not the formats one.
    const files = pages(SECTIONS.en, without(SECTIONS.cy, 1));
    const analysis = check(files);
    expect(analysis.findings.map((f) => `${f.rule} ${f.message.match(/section "([^"]+)"/)![1]}`)).toEqual(['translation/sections Ask for another format']);
    const swapped = check(pages(SECTIONS.en, without(SECTIONS.cy, 2)));
    expect(swapped.findings.map((f) => f.message.match(/section "([^"]+)"/)![1])).toEqual(['How to report a crime']);
  });

  it('fails a Welsh section left empty, at its own heading', () => {
    const cy = [...SECTIONS.cy];
    cy[3] = "## Sylwadau a chwynion\n\nI'W GADARNHAU";
    const files = pages(SECTIONS.en, cy);
    expect(summary(check(files))).toEqual([`${PAGE.cy}:${lineOf(files, PAGE.cy, '## Sylwadau a chwynion')} translation/sections error`]);
  });

  it('compares the sub-sections without keys inside a keyed section, in both directions', () => {
    const priorities = {
      en: '### Priority 1: town centres\n\nThe police and both councils will fund 6 youth workers in town centres.\n\n### Priority 2: exploitation\n\nEach partner will train staff to spot exploitation, and the health board leads the training.\n\n### Priority 3: county lines\n\nWe will work with neighbouring areas on county lines.',
      cy: "### Blaenoriaeth 1: canol trefi\n\nBydd yr heddlu a'r ddau gyngor yn ariannu 6 gweithiwr ieuenctid yng nghanol trefi.\n\n### Blaenoriaeth 2: camfanteisio\n\nBydd pob partner yn hyfforddi staff i adnabod camfanteisio, a'r bwrdd iechyd sy'n arwain yr hyfforddiant.\n\n### Blaenoriaeth 3: llinellau cyffuriau\n\nByddwn yn gweithio gydag ardaloedd cyfagos ar linellau cyffuriau.",
    };
    const both = (en: string, cy: string) => {
      const files = completeFiles();
      files[STRATEGY.en] = withBody(files[STRATEGY.en]!, 'actions', en);
      files[STRATEGY.cy] = withBody(files[STRATEGY.cy]!, 'actions', cy);
      return rehash(files);
    };
    expect(summary(check(both(priorities.en, priorities.cy)))).toEqual([]);
    const noTwoCy = both(priorities.en, priorities.cy.replace(/### Blaenoriaeth 2[\s\S]*?(?=### Blaenoriaeth 3)/, ''));
    expect(where(noTwoCy)).toEqual([`${STRATEGY.cy}:${lineOf(noTwoCy, STRATEGY.cy, '### Blaenoriaeth 1')} translation/sections error`]);
    const noThreeEn = both(priorities.en.replace(/### Priority 3[\s\S]*$/, ''), priorities.cy);
    expect(where(noThreeEn)).toEqual([`${STRATEGY.en}:${lineOf(noThreeEn, STRATEGY.en, '### Priority 2')} translation/sections error`]);
    expect(parity(noThreeEn)[0]!.message).toContain('"Blaenoriaeth 3: llinellau cyffuriau"');
  });

  it('pairs the same way whichever version is read first', () => {
    const tree = (text: string) => parseMdx(new VFile({ path: 'x.mdx', value: text }));
    const en = tree(SECTIONS.en.join('\n\n'));
    const cy = tree(without(SECTIONS.cy, 1).join('\n\n'));
    const titles = (pairs: ReturnType<typeof alignUnkeyed>) => pairs.flatMap((g) => g.pairs.map(([a, b]) => `${a?.title ?? '-'} / ${b?.title ?? '-'}`));
    expect(titles(alignUnkeyed(en, cy))).toEqual([
      "Contact the partnership / Cysylltu â'r bartneriaeth",
      'Ask for another format / -',
      'How to report a crime / Sut i roi gwybod am drosedd',
      'Comments and complaints / Sylwadau a chwynion',
    ]);
  });
});
