/**
 * Measuring the scan against the labelled corpus (test/fixtures/redaction):
 * each snippet is parsed the way a document is and run through the engine's
 * one run loop (the scan rules and the waivers), and the rules that fired are compared with the
 * rules the snippet is labelled with. Used by `npm run bench:redaction` and
 * by the corpus test, so both report the same figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown, parseMdx } from '../content/parse.ts';
import { createProject } from '../content/load.ts';
import { run } from '../engine/analyse.ts';
import { resolveNow } from '../engine/clock.ts';
import { isSvdMessage } from '../engine/report.ts';
import type { Lang, SvdDocument } from '../engine/types.ts';
import { siteSchema, type SiteConfig } from '../schema/site.ts';

export interface Snippet {
  text: string;
  lang: Lang;
  expect: string[];
  format?: 'mdx' | 'md';
  /** Where it came from, for reports: file and index. */
  source: string;
  /** For text nobody here wrote: the page it was taken from. */
  url?: string;
}

/** Snippets from `dir/<set>/*.yaml` ('corpus' for tuning, 'holdout' for an honest measure), with `dir/site.yaml`. */
export function loadCorpus(dir: string, set = 'corpus'): { snippets: Snippet[]; site: SiteConfig } {
  const site = siteSchema.parse(parseYaml(readFileSync(join(dir, 'site.yaml'), 'utf8')));
  const snippets: Snippet[] = [];
  const folder = join(dir, set);
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml')).sort()) {
    const entries = parseYaml(readFileSync(join(folder, name), 'utf8')) as Array<Omit<Snippet, 'source'>>;
    entries.forEach((entry, index) => snippets.push({ ...entry, expect: entry.expect ?? [], source: `${name}#${index + 1}` }));
  }
  return { snippets, site };
}

/** The rule ids the scan reports for one snippet (after waivers). */
export function scanSnippet(snippet: Pick<Snippet, 'text' | 'lang' | 'format'>, site: SiteConfig | undefined): { rules: Set<string>; messages: string[]; findings: Array<{ rule: string; severity: string; line: string; text: { en: string; cy: string } }> } {
  const md = snippet.format === 'md';
  const file = new VFile({ path: `snippet.${md ? 'md' : 'mdx'}`, value: snippet.text });
  if (md) file.data.parser = 'markdown';
  const tree = md ? parseMarkdown(file) : parseMdx(file);
  const document: SvdDocument = { path: file.path, collection: 'pages', lang: snippet.lang, file, tree, data: undefined };
  run(createProject({ site, documents: [document], now: resolveNow() }), { sets: ['scan'], loose: true });
  const own = file.messages.filter(isSvdMessage).filter((m) => m.ruleId.startsWith('redaction/'));
  const messages = own.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.reason}`);
  return { rules: new Set(own.map((m) => m.ruleId)), messages, findings: own.map((m, i) => ({ rule: m.ruleId, severity: m.severity, line: messages[i]!, text: m.text })) };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f2: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { tp, fp, fn, precision, recall, f2 };
}

export interface Evaluation {
  perRule: Map<string, Score>;
  overall: Score;
  byLang: Record<Lang, Score>;
  snippets: number;
  mistakes: Array<{ snippet: Snippet; missed: string[]; extra: string[]; messages: string[] }>;
}

export function evaluate(snippets: Snippet[], site: SiteConfig | undefined): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const lang = { en: { tp: 0, fp: 0, fn: 0 }, cy: { tp: 0, fp: 0, fn: 0 } };
  const mistakes: Evaluation['mistakes'] = [];
  const bump = (rule: string, key: 'tp' | 'fp' | 'fn', l: Lang) => {
    const c = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(rule, c);
    lang[l][key]++;
  };
  for (const snippet of snippets) {
    const { rules, messages } = scanSnippet(snippet, site);
    const expected = new Set(snippet.expect);
    for (const rule of expected) bump(rule, rules.has(rule) ? 'tp' : 'fn', snippet.lang);
    for (const rule of rules) if (!expected.has(rule)) bump(rule, 'fp', snippet.lang);
    const missed = [...expected].filter((r) => !rules.has(r));
    const extra = [...rules].filter((r) => !expected.has(r));
    if (missed.length || extra.length) mistakes.push({ snippet, missed, extra, messages });
  }
  const perRule = new Map([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([rule, c]) => [rule, score(c.tp, c.fp, c.fn)]));
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    perRule,
    overall: score(total.tp, total.fp, total.fn),
    byLang: { en: score(lang.en.tp, lang.en.fp, lang.en.fn), cy: score(lang.cy.tp, lang.cy.fp, lang.cy.fn) },
    snippets: snippets.length,
    mistakes,
  };
}

/** Words as a reader counts them: runs of letters (with apostrophes and hyphens inside) or of digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu)?.length ?? 0;
}

export interface FalseAlarms {
  words: number;
  /** Findings of a rule the snippet is not labelled with: each is something a reviewer must read and dismiss. */
  alarms: number;
  /** Of those, the ones that would stop the build. */
  blocking: number;
  perThousandWords: number;
  list: Array<{ snippet: Snippet; finding: string; blocking: boolean }>;
}

/**
 * False alarms per 1,000 words on published-style text (issue 14's measure):
 * every finding, not every rule, counts, because every finding is a line in
 * the report someone has to read.
 */
export function falseAlarms(snippets: Snippet[], site: SiteConfig | undefined): FalseAlarms {
  let words = 0;
  const list: FalseAlarms['list'] = [];
  for (const snippet of snippets) {
    words += countWords(snippet.text);
    const expected = new Set(snippet.expect);
    for (const finding of scanSnippet(snippet, site).findings) {
      if (!expected.has(finding.rule)) list.push({ snippet, finding: finding.line, blocking: finding.severity === 'error' });
    }
  }
  return { words, alarms: list.length, blocking: list.filter((a) => a.blocking).length, perThousandWords: words ? (1000 * list.length) / words : 0, list };
}
