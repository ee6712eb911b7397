/**
 * The same content and config give byte-identical bundle files: the bundle is
 * made twice more from the site built by test/global-setup.ts, and every file
 * is compared by SHA-256, with the two new bundles and with the build's own.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundle } from '../src/lib/bundle/index.ts';
import { bundleLocation } from '../src/lib/bundle/location.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { hashes, readPdf, sha256, unzip } from './helpers/bundle.ts';
import { FIXTURES, OUTPUT } from './helpers/project.ts';

const ROOT = join(FIXTURES, 'sites', 'bilingual');
const made: string[] = [];
let DIST: string;
// A private copy of the shared build, taken once, so other test runs rebuilding test/.output cannot pull it away.
beforeAll(() => {
  DIST = join(mkdtempSync(join(tmpdir(), 'svd-repro-')), 'dist');
  made.push(dirname(DIST));
  cpSync(join(OUTPUT, 'bilingual'), DIST, { recursive: true });
  cpSync(bundleLocation(join(OUTPUT, 'bilingual')).dir, bundleLocation(DIST).dir, { recursive: true });
});
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built site (its bundle is beside it, so not copied). */
function copySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'svd-repro-'));
  made.push(dir);
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  return join(dir, 'dist');
}
const bundleOf = (dist: string) => bundleLocation(dist).dir;

describe('a reproducible bundle', () => {
  it('is byte-identical when made twice from the same content and config', async () => {
    const [a, b] = [copySite(), copySite()];
    await createBundle(a, analyse(ROOT), { now: '2026-11-05' });
    await createBundle(b, analyse(ROOT), { now: '2026-11-05' });
    const first = hashes(bundleOf(a));
    expect(Object.keys(first).length).toBe(10);
    expect(hashes(bundleOf(b))).toEqual(first);
    expect(sha256(readFileSync(bundleLocation(a).zip))).toBe(sha256(readFileSync(bundleLocation(b).zip)));

    // The build in global-setup ran on another day's "now": everything that
    // does not show the days left must match it too.
    const built = hashes(bundleOf(DIST));
    for (const name of Object.keys(first).filter((n) => /\.(pdf|docx|eml)$/.test(n))) expect(built[name], name).toBe(first[name]);
  });

  it('stamps SOURCE_DATE_EPOCH, when set, into every file instead of the publication date', async () => {
    const dir = copySite();
    const epoch = Date.UTC(2026, 10, 3, 9, 30, 0) / 1000;
    process.env.SOURCE_DATE_EPOCH = String(epoch);
    try {
      await createBundle(dir, analyse(ROOT), { now: '2026-11-05' });
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    const bundle = bundleOf(dir);
    const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8'));
    expect(manifest.timestamp).toEqual({ value: '2026-11-03T09:30:00.000Z', source: 'SOURCE_DATE_EPOCH' });
    const pdf = await readPdf(readFileSync(join(bundle, 'strategy-en.pdf')));
    expect(pdf.created?.toISOString()).toBe('2026-11-03T09:30:00.000Z');
    expect(readFileSync(join(bundle, 'email-home-office.eml'), 'utf8')).toContain('Date: Tue, 03 Nov 2026 09:30:00 +0000');
    const docx = await unzip(readFileSync(join(bundle, 'strategy-en.docx')));
    expect(docx.find((e) => e.name === 'docProps/core.xml')?.data.toString('utf8')).toContain('>2026-11-03T09:30:00Z</dcterms:modified>');
    const zip = await unzip(readFileSync(bundleLocation(dir).zip));
    for (const entry of zip) expect([entry.mtime.getDate(), entry.mtime.getHours(), entry.mtime.getMinutes()]).toEqual([3, 9, 30]);
    // A different time is different bytes: the fixed time really is what is written.
    expect(hashes(bundle)['strategy-en.pdf']).not.toBe(hashes(bundleOf(DIST))['strategy-en.pdf']);
  });
});
