/**
 * Image metadata is read in a worker (src/lib/redaction/metadata.ts) and kept
 * for the process, each image's newest version, so `svd check --watch` and
 * the dev server do not start the worker again on every save when no image
 * changed; a changed image is read again, and replaces what was kept.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageMetadata, startImageMetadata } from '../src/lib/redaction/metadata.ts';
import { photoWithGps } from './helpers/word.ts';

const dir = mkdtempSync(join(tmpdir(), 'svd-metadata-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading image metadata', () => {
  it('reads each image once while it is unchanged, and again once it changes', async () => {
    const photo = join(dir, 'forum.jpg');
    writeFileSync(photo, await photoWithGps());
    const first = readImageMetadata([photo]);
    expect(first[0]!.gps).toBe('53.80000, -1.55000');
    expect(first[0]!.author).toContain('Sam Photographer');
    // Unchanged: the answer kept from the first read (the same object; a worker's answer is always a new copy).
    const again = readImageMetadata([photo]);
    expect(again[0]).toBe(first[0]);
    // The photo is stripped of its metadata (a new file, a new time): read again, and clean.
    writeFileSync(photo, await sharp({ create: { width: 60, height: 40, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer());
    utimesSync(photo, new Date(), new Date(Date.now() + 5000));
    const after = readImageMetadata([photo]);
    expect(after[0]).not.toBe(first[0]);
    expect(after[0]!.gps).toBeUndefined();
    expect(after[0]!.author).toBeUndefined();
  });

  it('keeps only the newest version of each image, so a long session holds one answer a picture', async () => {
    const photo = join(dir, 'replaced.jpg');
    const original = await photoWithGps();
    // Whole seconds, so the first version's time can be given back to it exactly.
    const then = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    writeFileSync(photo, original);
    utimesSync(photo, then, then);
    const [first] = readImageMetadata([photo]);
    writeFileSync(photo, await sharp({ create: { width: 30, height: 20, channels: 3, background: '#000' } }).jpeg().toBuffer());
    utimesSync(photo, new Date(), new Date(then.getTime() + 30_000));
    expect(readImageMetadata([photo])[0]!.gps).toBeUndefined();
    // The first version again, byte for byte and time for time: its answer was not kept, so it is read afresh.
    writeFileSync(photo, original);
    utimesSync(photo, then, then);
    const [again] = readImageMetadata([photo]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('keeps the order of the paths given, mixing kept and new answers, and does not keep a failure', async () => {
    const kept = join(dir, 'kept.jpg');
    const fresh = join(dir, 'fresh.jpg');
    const missing = join(dir, 'missing.jpg');
    writeFileSync(kept, await photoWithGps());
    const [first] = readImageMetadata([kept]);
    writeFileSync(fresh, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).jpeg().toBuffer());
    const wait = startImageMetadata([fresh, missing, kept]);
    const answers = wait();
    expect(answers.map((a) => a.path)).toEqual([fresh, missing, kept]);
    expect(answers[2]).toBe(first);
    expect(answers[0]!.gps).toBeUndefined();
    expect(answers[1]!.error).toBeTruthy();
    // The missing file, once written, is read rather than answered from a kept failure.
    writeFileSync(missing, await photoWithGps());
    expect(readImageMetadata([missing])[0]!.gps).toBe('53.80000, -1.55000');
  });
});
