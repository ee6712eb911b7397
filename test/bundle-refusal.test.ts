/**
 * When there must be no bundle: blocking findings, no https address. An
 * earlier bundle never survives looking current, the site itself is left
 * alone, and the officer is told why in plain words. Also `svd bundle`
 * remaking a bundle from an existing dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleError, createBundle } from '../src/lib/bundle/index.ts';
import { buildSite } from '../src/lib/build/pipeline.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { FIXTURES, OUTPUT } from './helpers/project.ts';

const FIXTURE = join(FIXTURES, 'sites', 'bilingual');
const SVD = join(import.meta.dirname, '..', 'scripts', 'svd.mjs');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'svd-refusal-'));
  made.push(dir);
  return dir;
}

let DIST: string;
// A private copy of the shared build, taken once, so other test runs rebuilding test/.output cannot pull it away.
beforeAll(() => {
  DIST = join(temp(), 'dist');
  cpSync(join(OUTPUT, 'bilingual'), DIST, { recursive: true });
});

/** A copy of the built site, bundle included, standing for last week's dist/. */
function previousDist(): string {
  const dir = join(temp(), 'dist');
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** The bilingual fixture's content, with site.yaml edited. */
function project(editSite: (yaml: string) => string = (yaml) => yaml, extra: Record<string, string> = {}): string {
  const root = temp();
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  const site = join(root, 'content', 'site.yaml');
  writeFileSync(site, editSite(readFileSync(site, 'utf8')));
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(root, path), text);
  return root;
}

function svd(args: string[]) {
  return spawnSync(process.execPath, [SVD, ...args], { encoding: 'utf8', env: { ...process.env, SVD_NOW: '2026-11-05', FORCE_COLOR: '0' } });
}

const BROKEN_STRATEGY = { 'content/strategy/en/index.mdx': '---\ntitle: Strategy\nlang: en\n---\n\nNo sections yet.\n' };

describe('no bundle', () => {
  it('svd bundle refuses on a blocking finding and removes the earlier bundle, not the site', () => {
    const dist = previousDist();
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const run = svd(['bundle', project(undefined, BROKEN_STRATEGY), '--out', dist]);
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/content\/strategy\/en\/index\.mdx:\d+:\d+\s+error/);
    expect(run.stderr).toContain('No submission bundle: the checks found blocking problems');
    expect(existsSync(join(dist, 'submission'))).toBe(false);
    expect(existsSync(join(dist, 'submission.zip'))).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(home);
  });

  it('svd bundle in Welsh says so in Welsh', () => {
    const run = svd(['bundle', project(undefined, BROKEN_STRATEGY), '--out', previousDist(), '--lang', 'cy']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Dim pecyn cyflwyno');
  });

  it('a blocked build leaves the site as it was but removes its bundle', async () => {
    const dist = previousDist();
    const before = readdirSync(dist).filter((name) => !name.startsWith('submission')).sort();
    const lines: string[] = [];
    const result = await buildSite({ root: project(undefined, BROKEN_STRATEGY), outDir: dist, log: (line) => lines.push(line) });
    expect(result.ok).toBe(false);
    expect(readdirSync(dist).sort()).toEqual(before);
    expect(lines.join('\n')).toContain('submission bundle was removed');
  });

  it('refuses a site address that is not https, and says what to change', async () => {
    const root = project((yaml) => yaml.replace('url: https://example.gov.uk', 'url: http://example.gov.uk'));
    const dist = previousDist();
    const error = await createBundle(dist, analyse(root)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).kind).toBe('config');
    expect((error as BundleError).message).toContain('(http://example.gov.uk) does not start with https://');
    expect((error as BundleError).text.cy).toContain('nid yw’r cyfeiriad gwe yn content/site.yaml (http://example.gov.uk) yn dechrau gyda https://');
    expect(existsSync(join(dist, 'submission'))).toBe(false);
    expect(existsSync(join(dist, 'submission.zip'))).toBe(false);
  });

  it('builds the site without a web address, with no bundle and a clear message', async () => {
    const root = project((yaml) => yaml.replace(/^ {2}url: .*\n/m, ''));
    const out = join(temp(), 'dist');
    const lines: string[] = [];
    const result = await buildSite({ root, outDir: out, log: (line) => lines.push(line) });
    expect(result.ok).toBe(true);
    expect(existsSync(join(out, 'en', 'strategy', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'submission'))).toBe(false);
    expect(existsSync(join(out, 'submission.zip'))).toBe(false);
    expect(lines.join('\n')).toContain('No submission bundle: content/site.yaml does not say where the site is published');
  });
});

describe('svd bundle', () => {
  it('remakes the bundle from an existing dist/', () => {
    const dist = previousDist();
    rmSync(join(dist, 'submission'), { recursive: true });
    rmSync(join(dist, 'submission.zip'));
    const run = svd(['bundle', FIXTURE, '--out', dist]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/submission\/strategy-en\.pdf\s+\d+ KB/);
    expect(readdirSync(join(dist, 'submission'))).toContain('email-welsh-ministers.eml');
    expect(existsSync(join(dist, 'submission.zip'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dist, 'submission', 'manifest.json'), 'utf8')).deadline.asOf).toBe('2026-11-05');
  });

  it('needs a built site', () => {
    const run = svd(['bundle', FIXTURE, '--out', join(temp(), 'nothing-here')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('There is no built site in');
  });
});
