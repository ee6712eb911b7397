/**
 * "Partly met" on a built coverage page. An unwaived rubric gap is an error,
 * so `svd build` never publishes one; `astro dev` (and `block: false`)
 * reports the findings and renders anyway, and there the page must say what
 * the checker said: partly met, which point is missing and its paragraph. A
 * real Astro build of the bilingual fixture with the English review
 * section's waiver taken out: English partly met, Welsh still waived.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroRootFor, svdConfig } from '../src/lib/build/config.ts';
import { FIXTURES, TEST_NOW } from './helpers/project.ts';

const root = mkdtempSync(join(tmpdir(), 'svd-partly-'));
const dist = join(root, 'dist');
const status = (lang: string, slug: string, anchor: string) => {
  const html = readFileSync(join(dist, lang, slug, 'index.html'), 'utf8');
  const row = [...html.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).find((r) => r.includes(`#${anchor}"`))!;
  const cell = /<td class="govuk-table__cell svd-coverage-status">([\s\S]*?)<\/td>/.exec(row)![1]!;
  return cell.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
};

beforeAll(async () => {
  cpSync(join(FIXTURES, 'sites', 'bilingual'), root, { recursive: true });
  const en = join(root, 'content', 'strategy', 'en', 'index.mdx');
  // Only the English waiver goes; the Welsh sourceHash is left as it was, so the English edit is also a stale-translation finding.
  writeFileSync(en, readFileSync(en, 'utf8').replace(/\{\/\* svd-waive strategy\/review-substance:[^\n]*\*\/\}\n/, ''));
  const { build } = await import('astro');
  await build({ ...svdConfig({ root, block: false, bundle: false, now: TEST_NOW, log: () => {} }), outDir: dist, configFile: false, logLevel: 'silent' });
}, 300_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(astroRootFor(root), { recursive: true, force: true });
});

describe('a built coverage page with an unwaived rubric gap', () => {
  it('says partly met, naming the missing point and its paragraph, in English', () => {
    expect(status('en', 'meeting-the-duty', 'review')).toBe('Partly met Still missing: The section does not give the date of the next review (a month and year, or a full date). (paragraph 41c, 153)');
  });

  it('still says waived, with the reason, in Welsh, where the waiver stands', () => {
    expect(status('cy', 'bodloni-r-ddyletswydd', 'review')).toMatch(/^Hepgorwyd Derbyniwyd, gyda'r rheswm: Nid yw'r adran yn rhoi dyddiad yr adolygiad nesaf .* Rheswm: mae'r Bwrdd yn pennu dyddiad pob adolygiad/);
  });
});
