/**
 * Docs that run (issue 9): every "Not OK" / "OK" MDX example of a section
 * rule in docs/rules/strategy.md and docs/rules/sna.md goes through the real
 * engine, as remark-lint runs the examples in its rules' readmes. The example
 * replaces the section with the same key in the complete fixture (in the
 * example's language); a Not OK example must raise its rule there, an OK one
 * must not. The redaction rules' examples are sentences: each is scanned as
 * a loose snippet (as `svd scan draft.md` would) with the corpus's site. So a
 * doc can never disagree with its rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, scanSnippet } from '../src/lib/redaction/evaluate.ts';
import { check, completeFiles, rehash, sectionRange, SNA, STRATEGY, withSetting, type Files } from './fixtures/checks/project.ts';

const DOCS = join(import.meta.dirname, '..', 'docs', 'rules');

interface Example {
  rule: string;
  ok: boolean;
  text: string;
  /** The section key of an example that is one whole section; none for a sentence or paragraph. */
  key: string | undefined;
  /** Frontmatter the rule section says its examples assume ("The examples are from a second edition (`edition: 2`)."). */
  settings: [string, string][];
}

/** The rule sections of a rules doc, and the MDX examples under each marker. */
export function examplesOf(markdown: string): Example[] {
  const out: Example[] = [];
  let rule: string | undefined;
  let ok: boolean | undefined;
  let settings: [string, string][] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const heading = /^## ([a-z]+\/[a-z0-9-]+)\s*$/.exec(line);
    if (heading) [rule, ok, settings] = [heading[1], undefined, []];
    else if (line.startsWith('## ')) [rule, ok, settings] = [undefined, undefined, []];
    else if (line.startsWith('The examples are from')) {
      settings = [...line.matchAll(/`([a-zA-Z]+): ([^`]+)`/g)].map((m) => [m[1]!, m[2]!]);
    }
    else if (line.trim() === '**Not OK:**') ok = false;
    else if (line.trim() === '**OK:**') ok = true;
    else if (line.startsWith('```mdx') && rule && ok !== undefined) {
      const body: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.startsWith('```'); i += 1) body.push(lines[i]!);
      const key = /\{#([a-z0-9-]+)\}\s*$/.exec(body[0] ?? '')?.[1];
      out.push({ rule, ok, text: body.join('\n'), key, settings });
    }
  }
  return out;
}

/** Welsh or English, from words only Welsh prose uses this often. */
function languageOf(text: string): 'en' | 'cy' {
  const welsh = text.match(/\b(yn|yr|mae|ein|ac|gyda|rydym|byddwn|ar gyfer|drais|gan|ei|i'r|a'r|o'r)\b/giu) ?? [];
  return welsh.length >= 3 ? 'cy' : 'en';
}

/** Put the example in place of the section with its key (its sub-sections included), at that section's level, or add it at the end. */
function placed(document: string, example: Example): string {
  const lines = document.split('\n');
  const range = sectionRange(lines, example.key!);
  if (!range) return `${document.trimEnd()}\n\n${example.text}\n`;
  const text = example.text.replace(/^#+/, '#'.repeat(range.depth));
  return [...lines.slice(0, range.start), text, '', ...lines.slice(range.end)].join('\n');
}

const sources = [
  { doc: 'strategy.md', paths: STRATEGY },
  { doc: 'sna.md', paths: SNA },
];

for (const { doc, paths } of sources) {
  // Examples that are not one whole keyed section (a sentence, a table row)
  // have no section to replace in a complete strategy: they are for reading.
  const examples = examplesOf(readFileSync(join(DOCS, doc), 'utf8')).filter((e) => e.key);
  describe(`docs/rules/${doc} examples`, () => {
    it('has examples to run', () => {
      expect(examples.filter((e) => !e.ok).length).toBeGreaterThan(10);
      expect(examples.filter((e) => e.ok).length).toBeGreaterThan(10);
    });
    for (const example of examples) {
      const lang = languageOf(example.text);
      const title = `${example.rule}: ${example.ok ? 'OK' : 'Not OK'} (${lang}) ${example.text.split('\n')[0]}`;
      it(title, () => {
        const files: Files = completeFiles();
        let document = placed(files[paths[lang]]!, example);
        for (const [name, value] of example.settings) document = withSetting(document, name, value);
        files[paths[lang]] = document;
        const found = check(rehash(files)).findings.filter((f) => f.rule === example.rule && f.file === paths[lang]);
        if (example.ok) expect(found, JSON.stringify(found, null, 1)).toEqual([]);
        else expect(found.length).toBeGreaterThan(0);
      });
    }
  });
}

describe('docs/rules/redaction.md examples', () => {
  const { site } = loadCorpus(join(import.meta.dirname, 'fixtures', 'redaction'));
  const examples = examplesOf(readFileSync(join(DOCS, 'redaction.md'), 'utf8')).filter((e) => !e.key);
  it('has a Not OK and an OK example for most rules', () => {
    expect(new Set(examples.filter((e) => !e.ok).map((e) => e.rule)).size).toBeGreaterThan(15);
    expect(new Set(examples.filter((e) => e.ok).map((e) => e.rule)).size).toBeGreaterThan(15);
  });
  for (const example of examples) {
    const lang = languageOf(example.text);
    it(`${example.rule}: ${example.ok ? 'OK' : 'Not OK'} (${lang}) ${example.text.split('\n')[0]!.slice(0, 60)}`, () => {
      const { rules, messages } = scanSnippet({ text: example.text, lang }, site);
      expect(rules.has(example.rule), messages.join('\n')).toBe(!example.ok);
    });
  }
});
