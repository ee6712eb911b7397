/**
 * `svd new`, through the real CLI: an England partnership from options, a
 * Welsh one from answers to its questions (piped, as a terminal would give
 * them). A fresh scaffold fails the checks only because its sections are
 * empty, and says so; every heading is one the lexicon recognises as its own
 * key, in Welsh in the Welsh documents; once the sections are written (with
 * the example site's words) and the translation recorded, `svd build`
 * publishes it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroRootFor } from '../src/lib/build/config.ts';
import { recognise } from '../src/lib/checks/lexicon.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { parseNow } from '../src/lib/engine/clock.ts';
import { t } from '../src/lib/i18n.ts';
import { slotsFor } from '../src/lib/scaffold/document.ts';
import { fillScaffold } from './helpers/fill.ts';

const APP = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'svd-new-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(astroRootFor(join(work, 'cwm-arian')), { recursive: true, force: true });
});

function svd(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: APP, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NOW = '2026-11-02';
const read = (root: string, path: string) => readFileSync(join(root, 'content', path), 'utf8');
const EMPTY = /has no text, so the (strategy|SNA summary) does not cover/;

/** Every keyed heading in a scaffold, with its depth. */
function headings(text: string): { title: string; key: string }[] {
  return [...text.matchAll(/^#{2,3} (.+) \{#([a-z0-9-]+)\}$/gm)].map((m) => ({ title: m[1]!, key: m[2]! }));
}

describe('svd new site, from options (England)', () => {
  const root = join(work, 'marchmoor');
  let made: ReturnType<typeof svd>;
  beforeAll(() => {
    made = svd(['new', 'site', root, '--name', 'Marchmoor Serious Violence Partnership', '--model', 'A Strategic Board of the specified authorities, with the Marchmoor Community Safety Partnership leading delivery.', '--england', 'Marchmoor Borough', '--email', 'community.safety@marchmoor.gov.uk', '--url', 'https://www.marchmoor.gov.uk', '--published', NOW, '--now', NOW]);
  });

  it('writes site.yaml, the strategy and the SNA summary, in English only', () => {
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('Wrote content/site.yaml');
    expect(existsSync(join(root, 'content', 'strategy', 'en', 'index.mdx'))).toBe(true);
    expect(existsSync(join(root, 'content', 'sna', 'en', 'index.mdx'))).toBe(true);
    expect(existsSync(join(root, 'content', 'strategy', 'cy'))).toBe(false);
    const site = read(root, 'site.yaml');
    expect(site).toContain('# Every local government area the strategy covers.');
    expect(site).toMatch(/dates:\n {2}published: 2026-11-02\n {2}nextReview: 2027-11-01\n/);
  });

  it('puts every section the checks look for in place, with a note of what to write and the guidance paragraph', () => {
    const strategy = read(root, 'strategy/en/index.mdx');
    const found = headings(strategy);
    // A first strategy: every section but last year's assessment, plus the three national measures and a local one.
    expect(found.map((h) => h.key)).toEqual(slotsFor('strategy').map((s) => s.key));
    expect(found.map((h) => h.key)).not.toContain('annual-assessment');
    expect(found).toHaveLength(22);
    expect(strategy).toContain('## Local definition of serious violence {#local-definition}\n\n{/* Write here the definition of serious violence the partners agreed');
    expect(strategy).toMatch(/\{#review\}\n\n\{\/\* Write here .+ Statutory guidance, para 41c, 153\. \*\/\}/);
    expect(headings(read(root, 'sna/en/index.mdx'))).toHaveLength(9);
  });

  it('fails the checks only because the sections are empty, and says so', () => {
    const analysis = analyse(root, { sets: ['check'], now: parseNow(NOW) });
    expect(analysis.errors).toBeGreaterThan(0);
    for (const finding of analysis.findings) expect(finding.message, `${finding.file}:${finding.line} ${finding.rule}`).toMatch(EMPTY);
    // One finding per heading the scaffold wrote, errors for the statutory ones.
    expect(analysis.findings).toHaveLength(22 + 9);
    expect(made.stdout).toContain(`svd check finds ${analysis.errors} errors and ${analysis.warnings} warnings now, all of them sections with nothing written under them yet.`);
  });

  it('refuses to write over what is there, and writes a page on request', () => {
    const before = read(root, 'site.yaml');
    const again = svd(['new', 'site', root, '--name', 'Other', '--model', 'Other.', '--england', 'Elsewhere', '--email', 'a@b.gov.uk', '--now', NOW]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Nothing was written: content/site.yaml, content/strategy/en/index.mdx, content/sna/en/index.mdx already there.');
    expect(read(root, 'site.yaml')).toBe(before);
    const page = svd(['new', 'page', 'about', '--root', root, '--title', 'About the partnership', '--summary', 'Who we are and what the Serious Violence Duty asks of us.', '--now', NOW]);
    expect(page.code, page.stderr).toBe(0);
    expect(read(root, 'pages/en/about.mdx')).toMatch(/^---\ntitle: About the partnership\n[\s\S]*translationKey: about\nslug: about\n/);
  });

  it('without a terminal, names each option it still needs', () => {
    const bare = svd(['new', 'site', join(work, 'none'), '--name', 'X Partnership']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('svd new site needs --model, --wales / --england, --email');
    expect(existsSync(join(work, 'none'))).toBe(false);
  });
});

describe('svd new site, answering its questions (an area in Wales)', () => {
  const root = join(work, 'cwm-arian');
  const answers = [
    'Cwm Arian Serious Violence Partnership',
    'A Strategic Partnership Board supported by the Gororau Violence Prevention Unit.',
    'Cwm Arian County Borough',
    'Wales',
    'Bwrdeistref Sirol Cwm Arian',
    'na',
    'Partneriaeth Trais Difrifol Cwm Arian',
    'Bwrdd Partneriaeth Strategol gyda chymorth Uned Atal Trais Gororau.',
    'seriousviolence@cwm-arian.gov.uk',
    'https://www.cwm-arian.gov.uk',
    '',
  ];
  let made: ReturnType<typeof svd>;
  beforeAll(() => {
    made = svd(['new', 'site', root, '--ask', '--lang', 'cy', '--phone', '029 2018 0123', '--now', NOW], `${answers.join('\n')}\n`);
  });

  it('asks in Welsh and writes every document in English and Welsh', () => {
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(t('cy', 'cli:new.ask.name'));
    expect(made.stdout).toContain(t('cy', 'cli:new.ask.areaCy'));
    for (const path of ['strategy/en', 'strategy/cy', 'sna/en', 'sna/cy']) expect(existsSync(join(root, 'content', path, 'index.mdx')), path).toBe(true);
    const site = read(root, 'site.yaml');
    expect(site).toContain('cy: Partneriaeth Trais Difrifol Cwm Arian');
    expect(site).toContain('country: wales');
    expect(site).toContain('# Pob ardal llywodraeth leol');
  });

  it('heads the Welsh documents in Welsh, with the same keys, and the lexicon knows every heading as its own key', () => {
    for (const collection of ['strategy', 'sna'] as const) {
      const en = headings(read(root, `${collection}/en/index.mdx`));
      const cy = headings(read(root, `${collection}/cy/index.mdx`));
      expect(cy.map((h) => h.key)).toEqual(en.map((h) => h.key));
      for (const h of [...en, ...cy]) {
        const table = /^(national-|local-measure)/.test(h.key) ? 'measures' : collection;
        if (h.key === 'local-measure') continue;
        expect(recognise(h.title, table)?.key, h.title).toBe(h.key);
      }
    }
    const strategy = read(root, 'strategy/cy/index.mdx');
    expect(strategy).toContain('## Diffiniad lleol o drais difrifol {#local-definition}\n\n{/* Ysgrifennwch yma ');
    expect(strategy).toContain("## Crynodeb o'r Asesiad Strategol o Anghenion {#sna-summary}");
    expect(strategy).toMatch(/^translation:\n {2}source: en\n {2}sections:/m);
  });

  it('fails the checks only because the sections are empty, in both languages', () => {
    const analysis = analyse(root, { sets: ['check'], now: parseNow(NOW) });
    for (const finding of analysis.findings) expect(finding.message, `${finding.file}:${finding.line} ${finding.rule}`).toMatch(EMPTY);
    expect(analysis.findings.filter((f) => f.file.includes('/cy/'))).toHaveLength(22 + 9);
    expect(made.stdout).toContain('a phob un yn adran heb ddim wedi');
  });

  it('once the sections are written and the translation recorded, svd check passes and svd build publishes both languages', () => {
    for (const path of ['strategy/en', 'strategy/cy', 'sna/en', 'sna/cy']) {
      const { text, filled } = fillScaffold(read(root, `${path}/index.mdx`), readFileSync(join(APP, 'content', path, 'index.mdx'), 'utf8'));
      expect(filled, path).toBe(path.startsWith('strategy') ? 22 : 9);
      writeFileSync(join(root, 'content', path, 'index.mdx'), text);
    }
    // The example's figures are the figures its sections cite.
    mkdirSync(join(root, 'content', 'data'), { recursive: true });
    cpSync(join(APP, 'content', 'data', 'figures.yaml'), join(root, 'content', 'data', 'figures.yaml'));
    const recorded = svd(['translated', join(root, 'content/strategy/cy/index.mdx'), join(root, 'content/sna/cy/index.mdx'), '--by', 'Translator', '--now', NOW]);
    expect(recorded.code, recorded.stderr).toBe(0);
    const check = svd(['check', root, '--now', '2026-11-05']);
    expect(check.stdout).toContain('No problems found.');
    expect(check.code).toBe(0);
    const built = svd(['build', root, '--out', join(work, 'dist'), '--now', '2026-11-05']);
    expect(built.code, `${built.stdout}\n${built.stderr}`).toBe(0);
    const html = readFileSync(join(work, 'dist', 'cy', 'strategaeth', 'index.html'), 'utf8');
    expect(html).toContain('Diffiniad lleol o drais difrifol');
    // The notes are comments: nothing of them reaches a reader.
    expect(html).not.toContain('Ysgrifennwch yma');
    expect(readFileSync(join(work, 'dist', 'en', 'strategy', 'index.html'), 'utf8')).not.toContain('Write here');
    // The findings app is for astro dev alone: nothing of it, or of Astro's toolbar, is in the built site.
    const shipped = readdirSync(join(work, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js|mjs|css)$/.test(f));
    expect(shipped.length).toBeGreaterThan(10);
    for (const file of shipped) expect(readFileSync(join(work, 'dist', file), 'utf8'), file).not.toMatch(/svd-findings|astro-dev-toolbar|defineToolbarApp/);
  }, 240_000);
});
