/**
 * The analysis engine: load, then run the rule sets over the same parsed
 * trees, then apply waivers. The build, the `svd` CLI and the dev server all
 * call `analyse`; there is no other copy of this logic.
 */
import { documentChecks, projectChecks } from '../checks/index.ts';
import { loadProject, type LoadOptions } from '../content/load.ts';
import { documentDetectors, projectDetectors } from '../redaction/index.ts';
import { INPUT_RULES } from './input-rules.ts';
import { createReport, isSvdMessage, type SvdMessage } from './report.ts';
import type { DocumentRule, FindingJson, Project, ProjectRule, RuleMeta } from './types.ts';
import { applyWaivers, toJson, type WaivedFinding } from './waivers.ts';
import * as waiverRules from './waiver-rules.ts';

export type RuleSet = 'check' | 'scan';

export interface Analysis {
  project: Project;
  /** Every finding left after waivers, in file then position order. */
  findings: FindingJson[];
  messages: SvdMessage[];
  waived: WaivedFinding[];
  errors: number;
  warnings: number;
}

export interface AnalyseOptions extends LoadOptions {
  sets?: RuleSet[];
}

function rulesFor(sets: RuleSet[]): { project: ProjectRule[]; document: DocumentRule[] } {
  return {
    project: [...(sets.includes('check') ? projectChecks : []), ...(sets.includes('scan') ? projectDetectors : [])],
    document: [...(sets.includes('check') ? documentChecks : []), ...(sets.includes('scan') ? documentDetectors : [])],
  };
}

/** Every rule the engine knows, for docs, `svd rules` and the coverage page. */
export function allRules(): RuleMeta[] {
  return [...INPUT_RULES, ...Object.values(waiverRules), ...projectChecks.map((r) => r.meta), ...documentChecks.map((r) => r.meta), ...projectDetectors.map((r) => r.meta), ...documentDetectors.map((r) => r.meta)];
}

export function analyse(root: string, options: AnalyseOptions = {}): Analysis {
  const sets = options.sets ?? ['check', 'scan'];
  // The report raises guidance warnings to errors where the config asks; it
  // needs the config, so load first with a plain report, then re-create.
  const loadReport = createReport();
  const project = loadProject(root, loadReport, options);
  const report = createReport(new Set(project.site?.checks.errors ?? []));
  const rules = rulesFor(sets);
  const inputOk = project.site !== undefined;
  if (inputOk) {
    for (const rule of rules.project) rule.check(project, report);
    for (const document of project.documents) {
      if (!document.data) continue;
      for (const rule of rules.document) rule.scan(document.tree, document.file, document, project, report);
    }
  }
  const ran = new Set([...rules.project, ...rules.document].map((r) => r.meta.id));
  // A waiver is unused when its rule ran and matched nothing, or when no rule has that id at all (a misspelling).
  const known = new Set(allRules().map((rule) => rule.id));
  const waived = applyWaivers(project, report, (id) => ran.has(id) || !known.has(id));
  return summarise(project, waived);
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
