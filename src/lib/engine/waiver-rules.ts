/** Findings about waivers themselves. */
import type { RuleMeta } from './types.ts';

export const waiverWithoutReason: RuleMeta = {
  id: 'waiver/no-reason',
  severity: 'error',
  paragraph: '41b, 168-196',
  statutory: true,
  message: {
    en: 'This waiver of {rule} gives no reason, so it does not count.',
    cy: "Nid yw'r hepgoriad hwn o {rule} yn rhoi rheswm, felly nid yw'n cyfrif.",
  },
  fix: {
    en: 'Say why the finding is safe to publish, and who approved it, e.g. {/* svd-waive {rule}: the published switchboard number. Approved by J. Jones */}.',
    cy: "Dywedwch pam mae'n ddiogel cyhoeddi, a phwy a'i cymeradwyodd, e.e. {/* svd-waive {rule}: rhif y switsfwrdd cyhoeddedig. Cymeradwywyd gan J. Jones */}.",
  },
};

export const waiverWithoutApprover: RuleMeta = {
  id: 'waiver/no-approver',
  severity: 'error',
  paragraph: '41b, 168-196',
  statutory: true,
  message: {
    en: 'This waiver of {rule} does not say who approved it, so it does not count.',
    cy: "Nid yw'r hepgoriad hwn o {rule} yn dweud pwy a'i cymeradwyodd, felly nid yw'n cyfrif.",
  },
  fix: {
    en: 'End the waiver with "Approved by" and the approver\'s name and role (frontmatter: approvedBy).',
    cy: 'Gorffennwch yr hepgoriad gyda "Cymeradwywyd gan" ac enw a rôl y sawl a gymeradwyodd (frontmatter: approvedBy).',
  },
};

export const waiverOfStatutoryRule: RuleMeta = {
  id: 'waiver/statutory',
  severity: 'error',
  paragraph: '41b, 159-163',
  statutory: true,
  message: {
    en: '{rule} is something the Serious Violence Duty itself requires, so it cannot be waived.',
    cy: "Mae {rule} yn rhywbeth y mae'r Ddyletswydd Trais Difrifol ei hun yn ei fynnu, felly ni ellir ei hepgor.",
  },
  fix: { en: 'Remove the waiver and fix the finding itself.', cy: "Tynnwch yr hepgoriad a chywirwch y canfyddiad ei hun." },
};

export const waiverUnused: RuleMeta = {
  id: 'waiver/unused',
  severity: 'warning',
  paragraph: '41b',
  message: {
    en: 'This waiver of {rule} matches no finding. It may be left over from an earlier version.',
    cy: "Nid yw'r hepgoriad hwn o {rule} yn cyfateb i unrhyw ganfyddiad. Efallai ei fod yn weddill o fersiwn gynharach.",
  },
  fix: { en: 'Remove it, so the waiver list stays honest.', cy: "Tynnwch ef, fel bod y rhestr hepgoriadau'n aros yn onest." },
};
