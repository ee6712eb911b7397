/** Findings about waivers themselves. */
import type { RuleMeta } from './types.ts';

export const waiverWithoutReason: RuleMeta = {
  id: 'waiver/no-reason',
  severity: 'error',
  paragraph: '41b, 168-196',
  statutory: true,
};

export const waiverWithoutApprover: RuleMeta = {
  id: 'waiver/no-approver',
  severity: 'error',
  paragraph: '41b, 168-196',
  statutory: true,
};

export const waiverOfStatutoryRule: RuleMeta = {
  id: 'waiver/statutory',
  severity: 'error',
  paragraph: '41b, 159-163',
  statutory: true,
};

export const waiverUnused: RuleMeta = {
  id: 'waiver/unused',
  severity: 'warning',
  paragraph: '41b',
};
