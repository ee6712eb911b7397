/**
 * Every rule a finding can name has its section in docs/rules/<area>.md,
 * under the anchor each finding links to, stating the rule's real severity,
 * paragraph and whether the law requires it. Every area a rule id starts
 * with has its page; docs-examples*.test.ts run each section's examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/lib/engine/analyse.ts';

const DOCS = join(import.meta.dirname, '..', 'docs', 'rules');
const AREAS = ['strategy', 'sna', 'translation', 'dates', 'config', 'content', 'waiver', 'mdx', 'redaction', 'language'];

describe('the rule docs', () => {
  const rules = allRules().filter((r) => AREAS.includes(r.id.split('/')[0]!));

  it('cover the statutory checks, the content, redaction and language rules and the waiver rules', () => {
    expect(rules.length).toBeGreaterThan(100);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('have a page for every area a rule id names, so a new area cannot go undocumented', () => {
    expect([...new Set(allRules().map((r) => r.id.split('/')[0]!))].sort()).toEqual([...AREAS].sort());
  });

  it.each(AREAS)('document every %s rule under its anchor, with its severity, paragraph and legal status', (area) => {
    const page = readFileSync(join(DOCS, `${area}.md`), 'utf8');
    const own = rules.filter((r) => r.id.startsWith(`${area}/`));
    expect(own.length).toBeGreaterThan(0);
    for (const rule of own) {
      const anchor = `<a id="${rule.id.replace(/\//g, '-')}"></a>`;
      const start = page.indexOf(anchor);
      expect(start, `${rule.id} has no section in docs/rules/${area}.md`).toBeGreaterThanOrEqual(0);
      const section = page.slice(start, page.indexOf('<a id=', start + anchor.length) >>> 0);
      expect(section).toContain(`## ${rule.id}\n`);
      expect(section).toContain(`| Severity | ${rule.severity} |`);
      expect(section).toContain(`| Guidance paragraph | ${rule.paragraph} |`);
      expect(section).toContain(`| Required by law | ${rule.statutory ? 'yes' : 'no'}`);
      expect(section).toMatch(/\*\*Not OK:\*\*[\s\S]+\*\*OK:\*\*/);
    }
    // No stale sections for rules that no longer exist.
    const documented = [...page.matchAll(/<a id="([a-z-]+)"><\/a>/g)].map((m) => m[1]);
    expect(documented.sort()).toEqual(own.map((r) => r.id.replace(/\//g, '-')).sort());
  });
});
