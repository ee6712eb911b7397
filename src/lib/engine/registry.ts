/**
 * The one rule registry: every rule the engine knows, assembled in one place.
 * `svd check` runs the 'check' set, `svd scan` the 'scan' set, the build and
 * the dev server both; docs, `config/unknown-rule` and the waiver check read
 * `allRules()`. A new rule module is added to its area's list
 * (checks/index.ts, redaction/index.ts, language/index.ts), never here.
 */
import { unknownRule } from '../checks/config/unknown-rule.ts';
import { documentChecks, projectChecks } from '../checks/index.ts';
import { documentDetectors, projectDetectors } from '../redaction/index.ts';
import { INPUT_RULES } from './input-rules.ts';
import type { DocumentRule, ProjectRule, RuleMeta } from './types.ts';
import * as waiverRules from './waiver-rules.ts';

export type RuleSet = 'check' | 'scan';

export interface Rules {
  project: ProjectRule[];
  document: DocumentRule[];
}

const checkSet: Rules = { project: [...projectChecks, unknownRule(() => allRules().map((rule) => rule.id))], document: documentChecks };
const scanSet: Rules = { project: projectDetectors, document: documentDetectors };
const SETS: Record<RuleSet, Rules> = { check: checkSet, scan: scanSet };

/** The rules of the given sets, in their run order. */
export function rulesFor(sets: readonly RuleSet[]): Rules {
  return {
    project: sets.flatMap((set) => SETS[set].project),
    document: sets.flatMap((set) => SETS[set].document),
  };
}

/** Every rule the engine knows (input, waiver, check and scan rules), for docs, unknown ids and the coverage page. */
export function allRules(): RuleMeta[] {
  const { project, document } = rulesFor(['check', 'scan']);
  return [...INPUT_RULES, ...Object.values(waiverRules), ...project.map((r) => r.meta), ...document.map((r) => r.meta)];
}
