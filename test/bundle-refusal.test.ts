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
import { bundleLocation, type BundleLocation } from '../src/lib/bundle/location.ts';
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
// A private copy of the shared build and its bundle beside it, taken once, so other test runs rebuilding test/.output cannot pull it away.
beforeAll(() => {
  DIST = join(temp(), 'dist');
  cpSync(join(OUTPUT, 'bilingual'), DIST, { recursive: true });
  copyBundle(bundleLocation(join(OUTPUT, 'bilingual')), bundleLocation(DIST));
});

function copyBundle(from: BundleLocation, to: BundleLocation): void {
  cpSync(from.dir, to.dir, { recursive: true });
  cpSync(from.zip, to.zip);
}

/** A copy of the built site with its bundle beside it, standing for last week's dist/. */
function previousDist(): string {
  const dir = join(temp(), 'dist');
  cpSync(DIST, dir, { recursive: true });
  copyBundle(bundleLocation(DIST), bundleLocation(dir));
  return dir;
}

/** No bundle beside the site, and none inside it. */
function expectNoBundle(dist: string): void {
  const { dir, zip } = bundleLocation(dist);
  for (const path of [dir, zip, join(dist, 'submission'), join(dist, 'submission.zip')]) expect(existsSync(path), path).toBe(false);
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
    expectNoBundle(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(home);
  });

  it('svd bundle in Welsh says so in Welsh', () => {
    const run = svd(['bundle', project(undefined, BROKEN_STRATEGY), '--out', previousDist(), '--lang', 'cy']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Dim pecyn cyflwyno');
  });

  it('a blocked build leaves the site as it was but removes its bundle', async () => {
    const dist = previousDist();
    const before = readdirSync(dist).sort();
    expect(existsSync(bundleLocation(dist).dir)).toBe(true);
    const lines: string[] = [];
    const result = await buildSite({ root: project(undefined, BROKEN_STRATEGY), outDir: dist, log: (line) => lines.push(line) });
    expect(result.ok).toBe(false);
    expect(readdirSync(dist).sort()).toEqual(before);
    expect(lines.join('\n')).toContain('submission bundle was removed');
    expectNoBundle(dist);
  });

  it('refuses a site address that is not https, and says what to change', async () => {
    const root = project((yaml) => yaml.replace('url: https://example.gov.uk', 'url: http://example.gov.uk'));
    const dist = previousDist();
    const error = await createBundle(dist, analyse(root)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).kind).toBe('config');
    expect((error as BundleError).message).toContain('(http://example.gov.uk) does not start with https://');
    expect((error as BundleError).text.cy).toContain('nid yw’r cyfeiriad gwe yn content/site.yaml (http://example.gov.uk) yn dechrau gyda https://');
    expectNoBundle(dist);
  });

  it('builds the site without a web address, with no bundle and a clear message', async () => {
    const root = project((yaml) => yaml.replace(/^ {2}url: .*\n/m, ''));
    const out = join(temp(), 'dist');
    const lines: string[] = [];
    const result = await buildSite({ root, outDir: out, log: (line) => lines.push(line) });
    expect(result.ok).toBe(true);
    expect(existsSync(join(out, 'en', 'strategy', 'index.html'))).toBe(true);
    expectNoBundle(out);
    expect(lines.join('\n')).toContain('No submission bundle: content/site.yaml does not say where the site is published');
    // No downloads either, and so no page links to one: the block stays hidden.
    expect(existsSync(join(out, 'downloads'))).toBe(false);
    expect(readFileSync(join(out, 'en', 'strategy', 'index.html'), 'utf8')).toMatch(/<section class="app-downloads" data-downloads="strategy-en.pdf strategy-en.docx" hidden>/);
  });
});

describe('svd bundle', () => {
  it('remakes the bundle from an existing dist/', () => {
    const dist = previousDist();
    const { dir, zip } = bundleLocation(dist);
    rmSync(dir, { recursive: true });
    rmSync(zip);
    const run = svd(['bundle', FIXTURE, '--out', dist]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/submission\/strategy-en\.pdf\s+\d+ KB/);
    expect(readdirSync(dir)).toContain('email-welsh-ministers.eml');
    expect(existsSync(zip)).toBe(true);
    expect(existsSync(join(dist, 'submission'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).deadline.asOf).toBe('2026-11-05');
  });

  it('needs a built site', () => {
    const run = svd(['bundle', FIXTURE, '--out', join(temp(), 'nothing-here')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('There is no built site in');
  });
});
