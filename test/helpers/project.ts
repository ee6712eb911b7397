/**
 * Projects for tests. `analyseTexts` runs the engine over documents held in
 * memory (no disk, as remark-lint's tests do); `makeProject` writes a real
 * temporary folder for what needs one (the CLI, images, the build), removed
 * after the test run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { projectFromTexts } from '../../src/lib/content/load.ts';
import { run, type Analysis, type RunOptions } from '../../src/lib/engine/analyse.ts';
import { parseNow } from '../../src/lib/engine/clock.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const OUTPUT = join(import.meta.dirname, '..', '.output');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A valid bilingual site.yaml, for tests that vary only the documents. */
export const SITE_YAML = readFileSync(join(FIXTURES, 'sites', 'bilingual', 'content', 'site.yaml'), 'utf8');

/** Write `files` (paths relative to the project root) into a fresh temp folder. */
export function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'svd-test-'));
  made.push(root);
  for (const [path, text] of Object.entries({ 'content/site.yaml': SITE_YAML, ...files })) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/** The suite's "now" (vitest.config.ts pins SVD_NOW): inside the fixtures' review period. */
export const TEST_NOW = parseNow(process.env.SVD_NOW ?? '2026-11-20');

/** Run the engine over texts in memory; site.yaml defaults to the bilingual fixture's. */
export function analyseTexts(files: Record<string, string>, options: RunOptions & { now?: Date } = {}): Analysis {
  return run(projectFromTexts({ 'content/site.yaml': SITE_YAML, ...files }, { now: options.now ?? TEST_NOW }), options);
}

export interface Frontmatter {
  [key: string]: unknown;
}

/** An MDX document from frontmatter fields (written as YAML lines) and a body. */
export function mdx(fields: Frontmatter, body = 'Some text.\n'): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

export const EN_PAGE = { title: 'About', summary: 'Who we are.', lang: 'en', translationKey: 'about', slug: 'about', status: 'published', published: '2026-11-02' };
export const CY_PAGE = { ...EN_PAGE, title: 'Amdanom ni', summary: 'Pwy ydym ni.', lang: 'cy', slug: 'amdanom-ni' };
