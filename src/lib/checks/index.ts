/**
 * The statutory completeness checks (guidance paras 41, 152-167, 309-311),
 * in the order they are reported.
 */
import type { DocumentRule, ProjectRule } from '../engine/types.ts';
import { languageChecks } from '../language/index.ts';

export const projectChecks: ProjectRule[] = [];
export const documentChecks: DocumentRule[] = [...languageChecks];
