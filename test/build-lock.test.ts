import { mkdirSync, mkdtempSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withLock } from '../src/lib/build/lock.ts';

describe('the build lock', () => {
  it('runs builds in one process one after another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svd-lock-'));
    const events: string[] = [];
    const build = (name: string) =>
      withLock(dir, async () => {
        events.push(`${name} start`);
        await sleep(50);
        events.push(`${name} end`);
      });
    await Promise.all([build('a'), build('b')]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(existsSync(join(dir, '.svd-build.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svd-lock-'));
    mkdirSync(join(dir, '.svd-build.lock'));
    writeFileSync(join(dir, '.svd-build.lock', 'pid'), '999999999');
    expect(await withLock(dir, async () => 'built', { waitMs: 2_000 })).toBe('built');
  });

  it('takes over an old lock whose holder died before recording itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svd-lock-'));
    mkdirSync(join(dir, '.svd-build.lock'));
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, '.svd-build.lock'), old, old);
    expect(await withLock(dir, async () => 'built', { waitMs: 2_000 })).toBe('built');
  });

  it('waits for a live holder, then gives up with a plain message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svd-lock-'));
    mkdirSync(join(dir, '.svd-build.lock'));
    writeFileSync(join(dir, '.svd-build.lock', 'pid'), String(process.ppid));
    await expect(withLock(dir, async () => 'built', { waitMs: 300 })).rejects.toThrow(/Another build has held .* If no build is running, delete that folder\./);
  });
});
