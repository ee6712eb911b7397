/**
 * The analysis engine's one run loop: the registry's rules over an in-memory
 * Project, then waivers, then the summary. `svd check`, `svd scan` (of the
 * site or of files given on the command line), the build, the dev server,
 * the redaction benchmark and the tests all call `run` (or `analyse`, which
 * reads the project from disk first); there is no other copy of this logic.
 */
import { loadProject, type LoadOptions } from '../content/load.ts';
import { mdxInvalid } from './input-rules.ts';
import { createReport, isSvdMessage, type SvdMessage } from './report.ts';
import { allRules, rulesFor, type RuleSet } from './registry.ts';
import type { FindingJson, Project } from './types.ts';
import { applyWaivers, toJson, type WaivedFinding } from './waivers.ts';

export type { RuleSet };
export { allRules };

export interface Analysis {
  project: Project;
  /** Every finding left after waivers, in file then position order. */
  findings: FindingJson[];
  messages: SvdMessage[];
  waived: WaivedFinding[];
  errors: number;
  warnings: number;
}

export interface RunOptions {
  /** Which rule sets to run (default both). */
  sets?: readonly RuleSet[];
  /**
   * The Project is loose files (`svd scan draft.md`, a corpus snippet), not a
   * site: scan every document whatever its settings, with or without a
   * site.yaml. A site's documents whose settings are invalid are otherwise
   * left to the loader's findings.
   */
  loose?: boolean;
}

export interface AnalyseOptions extends LoadOptions, RunOptions {}

/** Run the rules of `sets` over a Project that is already built (from disk, given files or test strings). */
export function run(project: Project, options: RunOptions = {}): Analysis {
  const rules = rulesFor(options.sets ?? ['check', 'scan']);
  // Guidance warnings the partnership's config raises to errors.
  const report = createReport(new Set(project.site?.checks.errors ?? []));
  // A broken site.yaml is reported by the loader; a site's rules need its settings.
  if (project.site !== undefined || options.loose) {
    const rest: Array<() => void> = [];
    for (const rule of rules.project) {
      const finish = rule.check(project, report);
      if (finish) rest.push(finish);
    }
    for (const document of project.documents) {
      if ((!document.data && !options.loose) || document.unreadable) continue;
      for (const rule of rules.document) rule.scan(document.tree, document.file, document, project, report);
    }
    for (const finish of rest) finish();
  }
  // A file MDX cannot read has one finding, that one: the rest would be follow-ons of its empty tree.
  for (const document of project.documents) {
    if (document.unreadable) document.file.messages = document.file.messages.filter((m) => m.ruleId === mdxInvalid.id || !isSvdMessage(m));
  }
  const ran = new Set([...rules.project, ...rules.document].map((r) => r.meta.id));
  // A waiver is unused when its rule ran and matched nothing, or when no rule has that id at all (a misspelling).
  const known = new Set(allRules().map((rule) => rule.id));
  const waived = applyWaivers(project, report, (id) => ran.has(id) || !known.has(id));
  return summarise(project, waived);
}

/** Read the project at `root` and run the rules over it. */
export function analyse(root: string, options: AnalyseOptions = {}): Analysis {
  return run(loadProject(root, options), options);
}

export function summarise(project: Project, waived: WaivedFinding[]): Analysis {
  const messages: SvdMessage[] = [];
  const findings: FindingJson[] = [];
  for (const file of project.files) {
    const own = file.messages.filter(isSvdMessage).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const message of own) {
      messages.push(message);
      findings.push(toJson(message, file));
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { project, findings, messages, waived, errors, warnings: findings.length - errors };
}
