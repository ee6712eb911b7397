/**
 * The redaction scan through the real engine: temp projects on disk, loaded,
 * parsed and scanned exactly as the build does. Each case asserts the rule,
 * the severity and where the finding points (file, line, column), in English
 * and Welsh.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/lib/engine/analyse.ts';
import { allRules } from '../src/lib/engine/analyse.ts';
import { formatHuman, formatJson } from '../src/lib/engine/format.ts';
import { documentDetectors, projectDetectors } from '../src/lib/redaction/index.ts';
import { CY_PAGE, EN_PAGE, makeProject, mdx, SITE_YAML } from './helpers/project.ts';
import { ruleText } from '../src/lib/i18n.ts';

const EN = 'content/pages/en/about.mdx';
const CY = 'content/pages/cy/amdanom-ni.mdx';

/** Scan a project whose English (and optionally Welsh) page has this body; `fields` change the English page's settings. */
function scan(en: string, cy = 'Rydym yn bartneriaeth o gyrff cyhoeddus.\n', extra: Record<string, string> = {}, fields: Record<string, unknown> = {}) {
  const root = makeProject({ [EN]: mdx({ ...EN_PAGE, ...fields }, en), [CY]: mdx(CY_PAGE, cy), ...extra });
  return analyse(root, { sets: ['scan'] });
}

/** "file:line:column rule severity" for each finding. */
function where(analysis: ReturnType<typeof analyse>): string[] {
  return analysis.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.severity}`);
}

// mdx() writes ---, one line per field, --- and a blank line: the body starts after them.
const BODY = Object.keys(EN_PAGE).length + 4;

describe('identifiers', () => {
  it('points at a phone number exactly, and leaves the published number alone', () => {
    const analysis = scan('Call the partnership on 029 2018 0999.\n\nIf Kai goes missing, ring his worker on 07700 900461.\n');
    expect(where(analysis)).toEqual([`${EN}:${BODY + 2}:41 redaction/phone error`]);
    expect(analysis.findings[0]!.message).toContain('"07700 900461"');
  });

  it('reports the same risks in Welsh, with Welsh messages', () => {
    const analysis = scan('Nothing here.\n', 'Ffoniwch y gweithiwr ieuenctid ar 07700 900632.\n\nCod post: CF24 3QT.\n');
    expect(where(analysis)).toEqual([`${CY}:${BODY}:35 redaction/phone error`, `${CY}:${BODY + 2}:11 redaction/postcode error`]);
    const welsh = JSON.parse(formatJson(analysis, 'cy')) as { findings: Array<{ message: string; fix: string }> };
    expect(welsh.findings[0]!.message).toBe('Nid yw\'r rhif ffôn "07700 900632" yn un o rifau cyhoeddedig y bartneriaeth. Gall rhif personol neu uniongyrchol roi rhywun mewn perygl.');
    expect(welsh.findings[1]!.fix).toContain('CF10');
  });

  it('finds identifiers in frontmatter, table cells, link targets and MDX comments, and says where', () => {
    const body = [
      '| Worker | Contact |',
      '|---|---|',
      '| Outreach | kai.jones@gmail.com |',
      '',
      'See the [dashboard](https://cwmarian.sharepoint.com/sites/vpu/d.xlsx).',
      '',
      '{/* her mum: 07700 900777 */}',
    ].join('\n');
    const analysis = scan(body, undefined, {}, { summary: 'Written by S. Hughes, DOB 12/03/1990.' });
    // A note in a comment is not a review remark, but the number in it is still found.
    expect(where(analysis)).toEqual([
      `${EN}:3:36 redaction/date-of-birth error`,
      `${EN}:${BODY + 2}:14 redaction/email error`,
      `${EN}:${BODY + 4}:21 redaction/internal-link error`,
      `${EN}:${BODY + 6}:14 redaction/phone error`,
    ]);
  });

  it('blocks a home address, passes a public venue\'s, and only warns about a building that may be flats', () => {
    const analysis = scan('She now lives at 7 Orchard Close, CF24 3QT.\n\nThe launch is at the Marchford Hotel, 12 Station Road, CF10 3XY.\n\nMeet at Carlton House, 12 Station Road, CF10 3XY.\n');
    expect(where(analysis)).toEqual([
      `${EN}:${BODY}:18 redaction/address error`,
      `${EN}:${BODY}:35 redaction/postcode error`,
      `${EN}:${BODY + 4}:24 redaction/address warning`,
      `${EN}:${BODY + 4}:41 redaction/postcode warning`,
    ]);
  });

  it('keeps columns right after a heading key, which the parser sees rewritten', () => {
    const analysis = scan('## Governance {#governance}\n\n## Partners {#partners}\n\nRing 07700 900123.\n');
    expect(where(analysis)).toEqual([`${EN}:${BODY + 4}:6 redaction/phone error`]);
    // The waiver's `match` reads the finding's offsets: they must point into the file as written.
    const source = readFileSync(join(analysis.project.root, EN), 'utf8');
    const message = analysis.messages[0]!;
    const place = message.place as { start: { offset: number }; end: { offset: number } };
    expect(source.slice(place.start.offset, place.end.offset)).toBe('07700 900123');
  });
});

describe('people', () => {
  it('joins a name to an age, and lets office holders named in role pass', () => {
    const site = `${SITE_YAML}officeHolders:\n  - name: Meinir Pryce-Jones\n    role: { en: Police and Crime Commissioner, cy: Comisiynydd Heddlu a Throseddu }\n`;
    const analysis = scan('Kyle, 17, was referred after being found with a knife.\n\nMeinir Pryce-Jones said young victims come first.\n', 'Diolch i Feinir Pryce-Jones am ei chefnogaeth i ddioddefwyr.\n', { 'content/site.yaml': site });
    expect(where(analysis)).toEqual([`${EN}:${BODY}:1 redaction/person error`]);
  });

  it('recognises a Welsh name after a mutation ("i Fethan") in Welsh text', () => {
    const analysis = scan('Nothing here.\n', 'Rhoesom gymorth i Fethan ar ôl iddi gael ei cham-drin ar-lein.\n');
    expect(where(analysis)).toEqual([`${CY}:${BODY}:19 redaction/person error`]);
    expect(analysis.findings[0]!.message).toContain('"Fethan"');
  });

  it('warns, rather than blocks, for a name given as changed', () => {
    const analysis = scan('Oliver (name changed), 16, described being forced to hold drugs.\n');
    expect(where(analysis)).toEqual([`${EN}:${BODY}:1 redaction/person warning`]);
  });

  it('does not treat anonymised labels or age ranges as people', () => {
    expect(scan('Child A, aged 15, was referred after a stabbing. Young people aged 10 to 17 told us they want youth clubs.\n').findings).toEqual([]);
  });
});

describe('small numbers', () => {
  it('reports a small count broken down by place, age and sex, in prose and in a table', () => {
    const body = '3 girls aged 13 at Westfield Academy reported being harassed.\n\n| School | Exclusions |\n|---|--:|\n| Northfield High School | 4 |\n| Westfield Academy | 12 |\n';
    const analysis = scan(body);
    expect(where(analysis)).toEqual([`${EN}:${BODY}:1 redaction/small-number error`, `${EN}:${BODY}:20 redaction/place error`, `${EN}:${BODY + 4}:28 redaction/small-number error`]);
  });

  it('follows the partnership threshold, and leaves yearly area totals alone', () => {
    const body = '| Year | Homicides |\n|---|--:|\n| 2024 | 3 |\n\n| Ward | Stabbings |\n|---|--:|\n| Riverside | 7 |\n';
    expect(where(scan(body))).toEqual([`${EN}:${BODY + 6}:15 redaction/small-number error`]);
    const lower = `${SITE_YAML}checks:\n  smallNumberThreshold: 5\n`;
    expect(scan(body, undefined, { 'content/site.yaml': lower }).findings).toEqual([]);
  });
});

describe('markings, draft residue and review comments', () => {
  it('blocks markings and residue in both languages, warns on comments, ignores waivers and heading keys', () => {
    const analysis = scan('OFFICIAL-SENSITIVE\n\n## Governance {#governance}\n\nTODO: add the figures.\n\n{/* JW: is this right? */}\n', 'Nid i\'w gyhoeddi.\n\nI\'W WNEUD: ychwanegu ffigurau.\n');
    expect(where(analysis)).toEqual([
      `${EN}:${BODY}:1 redaction/marking error`,
      `${EN}:${BODY + 4}:1 redaction/draft-residue error`,
      `${EN}:${BODY + 6}:2 redaction/review-comment warning`,
      `${CY}:${BODY}:1 redaction/marking error`,
      `${CY}:${BODY + 2}:1 redaction/draft-residue error`,
    ]);
  });

  it('treats findings in a draft document as warnings: a draft is never published', () => {
    const analysis = scan('DRAFT v0.2. Ring 07700 900123.\n', undefined, {}, { status: 'draft', slug: 'about' });
    expect(analysis.errors).toBe(0);
    expect(where(analysis).filter((w) => w.startsWith(EN))).toEqual([`${EN}:${BODY}:18 redaction/phone warning`]);
  });
});

describe('waivers', () => {
  it('lists a waived finding in the report instead of failing on it', () => {
    const analysis = scan('{/* svd-waive redaction/phone: our published out-of-hours line. Approved by J. Jones, Head of VPU */}\nRing 07700 900555 out of hours.\n');
    expect(analysis.findings).toEqual([]);
    expect(analysis.waived).toEqual([expect.objectContaining({ rule: 'redaction/phone', reason: 'our published out-of-hours line', approvedBy: 'J. Jones, Head of VPU', via: 'inline', line: BODY + 1 })]);
    const text = formatHuman(analysis, 'en');
    expect(text).toContain('Waivers in force:');
    expect(text).toContain(`${EN}:${BODY + 1}:6  redaction/phone  "our published out-of-hours line" (approved by J. Jones, Head of VPU)`);
    expect(JSON.parse(formatJson(analysis)).waivers).toHaveLength(1);
  });

  it('takes frontmatter waivers with a match, and reports a waiver with no reason as an error', () => {
    const waived = scan('Ring 07700 900555 or 07700 900556.\n', undefined, {}, { waivers: [{ rule: 'redaction/phone', reason: 'the youth line', approvedBy: 'J. Jones', match: '07700 900555' }] });
    expect(where(waived)).toEqual([`${EN}:${BODY + 1}:22 redaction/phone error`]);
    expect(waived.waived.map((w) => w.via)).toEqual(['frontmatter']);
    const noReason = scan('{/* svd-waive redaction/phone */}\nRing 07700 900555.\n');
    expect(where(noReason)).toEqual([`${EN}:${BODY}:1 waiver/no-reason error`, `${EN}:${BODY + 1}:6 redaction/phone error`]);
  });
});

describe('the rules themselves', () => {
  const rules = [...documentDetectors, ...projectDetectors].map((r) => r.meta);

  it('each have an id, a paragraph, and a message and a fix in English and Welsh', () => {
    expect(rules.length).toBeGreaterThanOrEqual(20);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^redaction\/[a-z-]+$/);
      expect(rule.paragraph).toMatch(/\d/);
      const message = ruleText(rule, 'message');
      const fix = ruleText(rule, 'fix');
      for (const text of [message.en, message.cy, fix.en, fix.cy]) expect(text.length, rule.id).toBeGreaterThan(10);
      expect(message.cy, rule.id).not.toBe(message.en);
      expect(rule.statutory ?? false).toBe(false);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('are documented in docs/rules/redaction.md under the anchor each finding links to', () => {
    const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules', 'redaction.md'), 'utf8');
    const own = allRules().filter((r) => r.id.startsWith('redaction/'));
    for (const rule of own) {
      const anchor = `<a id="${rule.id.replace(/\//g, '-')}"></a>`;
      const start = page.indexOf(anchor);
      expect(start, `${rule.id} has no section`).toBeGreaterThanOrEqual(0);
      const section = page.slice(start, page.indexOf('<a id=', start + anchor.length) >>> 0);
      expect(section).toContain(`## ${rule.id}\n`);
      expect(section).toContain(`| Severity | ${rule.severity} |`);
      expect(section).toContain(`| Guidance paragraph | ${rule.paragraph} |`);
      expect(section).toMatch(/\*\*Not OK:\*\*[\s\S]+\*\*OK:\*\*/);
    }
    const documented = [...page.matchAll(/<a id="([a-z-]+)"><\/a>/g)].map((m) => m[1]);
    expect(documented.sort()).toEqual(own.map((r) => r.id.replace(/\//g, '-')).sort());
  });
});
