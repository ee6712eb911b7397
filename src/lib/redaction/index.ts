/**
 * The redaction-risk detectors (guidance para 41b, paras 168-196).
 */
import type { DocumentRule, ProjectRule } from '../engine/types.ts';

export const documentDetectors: DocumentRule[] = [];
export const projectDetectors: ProjectRule[] = [];
