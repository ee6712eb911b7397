/**
 * `svd check --watch` (issue 9: findings on save in well under 300 ms warm):
 * the real command, left running over a real project; a saved change shows
 * its findings again, one JSON line a check, and Ctrl-C ends it with 0.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { makeProject } from './helpers/project.ts';
import { completeFiles, STRATEGY } from './fixtures/checks/project.ts';

const APP = join(import.meta.dirname, '..');
const NODE = join(APP, 'node_modules', '.bin', 'node');

interface Check {
  findings: Array<{ rule: string; severity: string; file: string }>;
}

/** Waits for `condition` (the test's own timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('svd check --watch', () => {
  it('checks again after each save, until Ctrl-C', async () => {
    const root = makeProject(completeFiles());
    const child = spawn(NODE, [join(APP, 'scripts', 'svd.mjs'), 'check', root, '--watch', '--json', '--now', '2026-11-20'], { env: { ...process.env, NO_COLOR: '1' } });
    const status: string[] = [];
    createInterface({ input: child.stderr }).on('line', (line) => status.push(line));
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async (): Promise<Check> => JSON.parse((await lines.next()).value as string) as Check;
    try {
      const first = await next();
      expect(first.findings.filter((f) => f.severity === 'error')).toEqual([]);
      // Wait until it is watching before saving (the status line comes after the first check).
      await until(() => status.some((line) => line.startsWith('Watching')));

      const file = join(root, STRATEGY.en);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/^nextReview: .*$/m, 'nextReview: 2026-06-01'));
      const overdue = await next();
      expect(overdue.findings.some((f) => f.severity === 'error' && f.rule.startsWith('dates/') && f.file.endsWith('strategy/en/index.mdx'))).toBe(true);

      writeFileSync(file, text);
      const mended = await next();
      expect(mended.findings.filter((f) => f.severity === 'error')).toEqual([]);
      // Each check's status line follows its JSON line, on stderr.
      await until(() => status.filter((line) => /^Checked again at \d\d:\d\d:\d\d \(\d+ ms\)\.$/.test(line)).length >= 2);
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  }, 60_000);
});
