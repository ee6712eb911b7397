/**
 * Welsh parity: counterparts, staleness (source hashes) and matching
 * sections, on a site with an area in Wales and on an England-only site.
 */
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../src/lib/checks/translation/hash.ts';
import { formatHuman } from '../src/lib/engine/format.ts';
import { check, completeFiles, rehash, SNA, STRATEGY, summary, withBody, withoutSection, withSetting, type Files } from './fixtures/checks/project.ts';

const ENGLAND_ONLY = `partnership:
  name: { en: Marchmoor Serious Violence Partnership }
  model: { en: A Strategic Partnership Board. }
areas:
  - name: { en: Marchmoor District }
    country: england
contact:
  email: violence@example.gov.uk
dates:
  published: 2026-11-02
  nextReview: 2027-10-29
`;

function englishOnly(files: Files): Files {
  return Object.fromEntries(Object.entries(files).filter(([path]) => !path.includes('/cy/')));
}

const sourceHashLine = (files: Files, path: string) => files[path]!.split('\n').findIndex((l) => l.trim().startsWith('sourceHash:')) + 1;

describe('stale translations', () => {
  it('reports a Welsh file whose English source changed after it was translated', () => {
    const files = completeFiles();
    files[STRATEGY.en] = files[STRATEGY.en]!.replace('four times a year', 'six times a year');
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:${sourceHashLine(files, STRATEGY.cy)} translation/stale error`]);
    expect(analysis.findings[0]!.message).toBe(`${STRATEGY.en} has changed since this translation was recorded, so this version may no longer say the same thing.`);
    expect(analysis.findings[0]!.fix).toBe(`Update this translation to match ${STRATEGY.en}, then run: npx svd translated ${STRATEGY.cy}`);
  });

  it('hashes the whole English file: a change to its settings alone makes the Welsh stale', () => {
    const files = completeFiles();
    files[SNA.en] = withSetting(files[SNA.en]!, 'version', '"1.1"');
    expect(summary(check(files))).toEqual([`${SNA.cy}:${sourceHashLine(files, SNA.cy)} translation/stale error`]);
  });

  it('treats sourceHash: pending, and no record at all, as stale', () => {
    const files = completeFiles();
    files[SNA.cy] = files[SNA.cy]!.replace(/sourceHash: .*/, 'sourceHash: pending');
    files[STRATEGY.cy] = files[STRATEGY.cy]!.replace(/translation:\n {2}source: en\n {2}sourceHash: .*\n/, '');
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:5 translation/stale error`, `${SNA.cy}:${sourceHashLine(files, SNA.cy)} translation/stale error`]);
    expect(formatHuman(analysis, 'cy')).toContain("sourceHash y cyfieithiad hwn yw \"pending\"");
  });

  it('records the hash as sha256- and the hex digest of the source text', () => {
    expect(sourceHash('abc')).toBe('sha256-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const files = completeFiles();
    expect(files[STRATEGY.cy]).toContain(`sourceHash: ${sourceHash(files[STRATEGY.en]!)}`);
  });

  it('follows a Welsh-first partnership: the English records that it translates the Welsh', () => {
    const files = completeFiles();
    files[STRATEGY.cy] = files[STRATEGY.cy]!.replace(/translation:\n {2}source: en\n {2}sourceHash: .*\n/, '');
    files[STRATEGY.en] = withSetting(files[STRATEGY.en]!, 'translation', `{ source: cy, sourceHash: ${sourceHash(files[STRATEGY.cy]!)} }`);
    expect(summary(check(rehash(files)))).toEqual([]);
    files[STRATEGY.cy] = files[STRATEGY.cy]!.replace('bedair gwaith', 'chwe gwaith');
    expect(summary(check(files))).toEqual([`${STRATEGY.en}:13 translation/stale error`]);
  });
});

describe('counterparts', () => {
  it('reports an English document with no Welsh version, on the English file', () => {
    const files = completeFiles();
    delete files[SNA.cy];
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${SNA.en}:5 translation/counterpart error`]);
    expect(analysis.findings[0]!.message).toBe('There is no Welsh version of this document: no published file in content/sna/cy/ has translationKey "sna".');
    expect(formatHuman(analysis, 'cy')).toContain("Nid oes fersiwn Gymraeg o'r ddogfen hon");
  });

  it('reports a Welsh page with no English version', () => {
    const page = '---\ntitle: Cysylltu â ni\nsummary: Sut i gysylltu.\nlang: cy\ntranslationKey: contact\nslug: cysylltu\nstatus: published\npublished: 2026-11-02\n---\n\nE-bostiwch ni.\n';
    const analysis = check({ ...completeFiles(), 'content/pages/cy/cysylltu.mdx': page });
    expect(summary(analysis)).toEqual(['content/pages/cy/cysylltu.mdx:5 translation/counterpart error']);
    expect(analysis.findings[0]!.message).toContain('There is no English version of this document');
  });

  it('reports a section one version has and the other lacks', () => {
    const extra = (t: string) => t.replace('## Equality {#equality}', '### Violence against women and girls {#local-vawg}\n\nWe aim to increase reports of domestic abuse.\n\n## Equality {#equality}');
    const files = rehash({ ...completeFiles(), [STRATEGY.en]: extra(completeFiles()[STRATEGY.en]!) });
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:1 translation/sections error`]);
    expect(analysis.findings[0]!.message).toMatch(/^The English version \(content\/strategy\/en\/index\.mdx\) has a section "Violence against women and girls" \(\{#local-vawg\}, line \d+\) that this Welsh version does not have, or leaves empty\.$/);
  });

  it.each(['governance', 'partners', 'scrutiny', 'executive-summary'])('fails the Welsh version that lacks a guidance-level section the English has ({#%s}), naming the English', (key) => {
    const files = completeFiles();
    files[STRATEGY.cy] = withoutSection(files[STRATEGY.cy]!, key);
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:1 strategy/${key} warning`, `${STRATEGY.cy}:1 translation/sections error`]);
    expect(analysis.findings[1]!.message).toContain(`The English version (${STRATEGY.en}) has a section`);
    expect(analysis.messages[1]!.text.cy).toContain(`Mae gan y fersiwn Saesneg (${STRATEGY.en}) adran`);
  });

  it('fails the English version when only the Welsh has a section, naming the Welsh, and never the version that has it', () => {
    const files = rehash({ ...completeFiles(), [STRATEGY.en]: withoutSection(completeFiles()[STRATEGY.en]!, 'safeguarding') });
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:1 strategy/safeguarding warning`, `${STRATEGY.en}:1 translation/sections error`]);
    expect(analysis.findings[1]!.message).toContain(`The Welsh version (${STRATEGY.cy}) has a section`);
  });

  it('fails parity in the SNA summary too, for any of its sections', () => {
    for (const key of ['cohorts', 'places', 'data-sources', 'data-gaps', 'community-voices', 'data-period']) {
      const files = completeFiles();
      files[SNA.cy] = withoutSection(files[SNA.cy]!, key);
      expect(summary(check(files)), key).toEqual([`${SNA.cy}:1 sna/${key} warning`, `${SNA.cy}:1 translation/sections error`]);
    }
  });

  it('reports the Welsh side of a parity gap even when the Welsh heading is there but empty', () => {
    const files = completeFiles();
    files[STRATEGY.cy] = withBody(files[STRATEGY.cy]!, 'local-youth-violence-public-space', "I'W GADARNHAU");
    const rules = check(files).findings.map((f) => `${f.file} ${f.rule}`);
    expect(rules).toEqual([`${STRATEGY.cy} strategy/local-measure`, `${STRATEGY.cy} translation/sections`]);
  });
});

describe('an England-only site', () => {
  it('passes with no Welsh at all, and no findings about Welsh', () => {
    const files = { ...englishOnly(completeFiles()), 'content/site.yaml': ENGLAND_ONLY };
    const analysis = check(files);
    expect(summary(analysis)).toEqual([]);
  });

  it('warns, and does not block, when it publishes some Welsh that is incomplete', () => {
    const files = { ...englishOnly(completeFiles()), 'content/site.yaml': ENGLAND_ONLY, [STRATEGY.cy]: completeFiles()[STRATEGY.cy]!.replace(/sourceHash: .*/, 'sourceHash: pending') };
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.cy}:${sourceHashLine(files, STRATEGY.cy)} translation/stale warning`, `${SNA.en}:5 translation/counterpart warning`]);
    expect(analysis.errors).toBe(0);
  });

  it('makes Welsh a requirement as soon as one area is in Wales', () => {
    const wales = ENGLAND_ONLY.replace('country: england', 'country: wales').replace('{ en: Marchmoor District }', '{ en: Marchmoor District, cy: Dosbarth Marchmoor }');
    const analysis = check({ ...englishOnly(completeFiles()), 'content/site.yaml': wales });
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:5 translation/counterpart error`, `${SNA.en}:5 translation/counterpart error`]);
  });
});
