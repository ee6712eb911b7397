import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLEAN_ENV = ['-i', 'PATH=/usr/local/bin:/usr/bin:/bin'];
const systemMajor = Number(execFileSync('/usr/bin/env', [...CLEAN_ENV, 'node', '-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());

describe('the Node guard', () => {
  it('runs the tests on Node 22.12 or newer (the project’s own Node 24)', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });

  // The system Node (20 here and on CI) is what a user gets by running the
  // script directly instead of through npm; the guard must say what to do.
  it.skipIf(systemMajor >= 22)('refuses the system’s old Node with a clear message', () => {
    let output = '';
    try {
      execFileSync('/usr/bin/env', [...CLEAN_ENV, 'node', join(import.meta.dirname, '..', 'scripts', 'svd.mjs'), 'check'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr);
    }
    expect(output).toMatch(/needs Node\.js 22\.12 or newer/);
    expect(output).toMatch(/npm install/);
  });
});
