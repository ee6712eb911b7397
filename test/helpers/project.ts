/**
 * Temporary projects for tests: a folder with content/site.yaml and MDX files,
 * written from strings, removed after the test run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

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
