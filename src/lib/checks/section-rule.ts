/**
 * The shape shared by every "this document needs a section on X" rule. Each
 * requirement is its own module (strategy/governance.ts and so on) holding
 * its key, paragraph, severity and the reasoning for that severity; this
 * factory turns it into a rule with the same wording pattern in both
 * languages, so authors learn one way of reading the findings.
 */
import type { Collection, Localised, Project, ProjectRule, Report, RuleMeta, Severity, SvdDocument } from '../engine/types.ts';
import { lookalikeFor } from './lexicon.ts';
import { sectionByKey, sectionsOf, type Section } from './sections.ts';
import { documentsIn, forDocument, START } from './shared.ts';
import type { Rubric } from './rubric/rubric.ts';

export interface Requirement {
  id: string;
  collection: Exclude<Collection, 'pages'>;
  key: string;
  severity: Severity;
  statutory?: boolean;
  paragraph: string;
  /** The section's name, as a heading would say it. */
  title: Localised;
  /** What the section should say, as a phrase that follows "write". */
  asks: Localised;
  /** Documents the requirement applies to (default: all of its collection). */
  appliesTo?: (document: SvdDocument) => boolean;
  /** What the section must say, checked by the requirement's `-substance` rule (rubric/substance-rule.ts). */
  rubric?: Rubric;
}

export interface SectionRule extends ProjectRule {
  requirement: Requirement;
}

/** How each document is named in a sentence. */
export const DOC = {
  strategy: { en: 'The strategy', enLower: 'the strategy', cy: 'y strategaeth', cyBare: 'strategaeth' },
  sna: { en: 'The SNA summary', enLower: 'the SNA summary', cy: "y crynodeb o'r Asesiad Strategol o Anghenion", cyBare: 'crynodeb' },
} as const;

export function sectionMessages(r: Pick<Requirement, 'collection' | 'key' | 'title' | 'asks'>) {
  const doc = DOC[r.collection];
  const mark = `{#${r.key}}`;
  return {
    missing: {
      en: `${doc.en} has no "${r.title.en}" section (a heading marked ${mark}).`,
      cy: `Nid oes gan ${doc.cy} adran "${r.title.cy}" (pennawd wedi'i farcio â ${mark}).`,
    },
    empty: {
      en: `The "{heading}" section (${mark}) has no text, so ${doc.enLower} does not cover "${r.title.en}" yet.`,
      cy: `Nid oes testun yn yr adran "{heading}" (${mark}), felly nid yw'r ${doc.cyBare} yn ymdrin â "${r.title.cy}" eto.`,
    },
    placeholder: {
      en: `The "{heading}" section (${mark}) holds only placeholder text ("{placeholder}"), so ${doc.enLower} does not cover "${r.title.en}" yet.`,
      cy: `Dim ond testun dros dro ("{placeholder}") sydd yn yr adran "{heading}" (${mark}), felly nid yw'r ${doc.cyBare} yn ymdrin â "${r.title.cy}" eto.`,
    },
    addFix: {
      en: `Add a section whose heading ends with ${mark}, for example "## ${r.title.en} ${mark}", and under it write ${r.asks.en}.`,
      cy: `Ychwanegwch adran y mae ei phennawd yn gorffen â ${mark}, er enghraifft "## ${r.title.cy} ${mark}", ac oddi tano ysgrifennwch ${r.asks.cy}.`,
    },
    lookalike: {
      en: `The heading "{heading}" looks like the "${r.title.en}" section: end it with ${mark}. Without the key, ${doc.enLower} counts as having no such section.`,
      cy: `Mae'r pennawd "{heading}" yn edrych fel yr adran "${r.title.cy}": gorffennwch ef â ${mark}. Heb yr allwedd, nid yw'r ${doc.cyBare} yn cyfrif bod adran o'r fath ganddi.`,
    },
    lookalikeFix: {
      en: `If this heading is the "${r.title.en}" section, end it with ${mark}: "{hashes} {heading} ${mark}".`,
      cy: `Os y pennawd hwn yw'r adran "${r.title.cy}", gorffennwch ef â ${mark}: "{hashes} {heading} ${mark}".`,
    },
    writeFix: {
      en: `Under "{heading}", write ${r.asks.en}. Remove the placeholder.`,
      cy: `O dan "{heading}", ysgrifennwch ${r.asks.cy}. Tynnwch y testun dros dro.`,
    },
  };
}

/** Report a section that is absent, empty or placeholder-only. Returns true if it was reported. */
export function reportSection(report: Report, document: SvdDocument, meta: RuleMeta, r: Pick<Requirement, 'collection' | 'key' | 'title' | 'asks'>, section: Section | undefined, place = START): boolean {
  const words = sectionMessages(r);
  const own = forDocument(meta, document);
  if (!section) {
    // A heading that reads like the section (the author's own words for it)
    // is a better place to point at than the top of the file.
    const like = lookalikeFor(document.tree, r.collection, r.key);
    if (like) report(document.file, like.heading, { ...own, message: words.lookalike, fix: words.lookalikeFix }, { heading: like.title, hashes: '#'.repeat(like.heading.depth) });
    else report(document.file, place, { ...own, message: words.missing, fix: words.addFix });
    return true;
  }
  if (section.fill === 'filled') return false;
  const values = { heading: section.title, placeholder: section.placeholder ?? '' };
  report(document.file, section.heading, { ...own, message: section.fill === 'empty' ? words.empty : words.placeholder, fix: words.writeFix }, values);
  return true;
}

/** Section keys the partnership's config makes compulsory, per document type. */
export function configRequired(project: Project, collection: Requirement['collection']): string[] {
  return project.site?.checks.requireSections[collection] ?? [];
}

export function sectionRule(requirement: Requirement): SectionRule {
  const words = sectionMessages(requirement);
  const meta: RuleMeta = {
    id: requirement.id,
    severity: requirement.severity,
    paragraph: requirement.paragraph,
    statutory: requirement.statutory,
    message: words.missing,
    fix: words.addFix,
  };
  return {
    meta,
    requirement,
    check(project, report) {
      // A partnership that lists a guidance-level key in requireSections has
      // made it compulsory for itself: report it as an error.
      const required = configRequired(project, requirement.collection).includes(requirement.key);
      const effective: RuleMeta = required ? { ...meta, severity: 'error' } : meta;
      for (const document of documentsIn(project, requirement.collection)) {
        if (requirement.appliesTo && !requirement.appliesTo(document)) continue;
        reportSection(report, document, effective, requirement, sectionByKey(sectionsOf(document.tree), requirement.key));
      }
    },
  };
}
