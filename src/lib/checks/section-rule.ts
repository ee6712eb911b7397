/**
 * The shape shared by every "this document needs a section on X" rule. Each
 * requirement is its own module (strategy/governance.ts and so on) holding
 * its key, paragraph, severity and the reasoning for that severity; this
 * factory turns it into a rule with the same wording pattern in both
 * languages (locales/{en,cy}/rules/sections.json), so authors learn one way of reading the findings.
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

/**
 * Where the shared wording is: locales/{en,cy}/rules/sections.json, one entry
 * per document type and state ("missing", "lookalike", "empty", "placeholder"), each with
 * its message and fix, worded with the section's {{title}}, {{mark}} and
 * {{asks}} and the heading's {{heading}} and {{placeholder}}.
 */
export function sectionWords(r: Pick<Requirement, 'collection' | 'key' | 'title' | 'asks'>, state: 'missing' | 'lookalike' | 'empty' | 'placeholder'): Pick<RuleMeta, 'words' | 'values'> {
  return { words: `rules/sections:${r.collection}.${state}`, values: { title: r.title, asks: r.asks, mark: `{#${r.key}}` } };
}

/** Report a section that is absent, empty or placeholder-only. Returns true if it was reported. */
export function reportSection(report: Report, document: SvdDocument, meta: RuleMeta, r: Pick<Requirement, 'collection' | 'key' | 'title' | 'asks'>, section: Section | undefined, place = START): boolean {
  const own = forDocument(meta, document);
  if (!section) {
    // A heading that reads like the section (the author's own words for it)
    // is a better place to point at than the top of the file.
    const like = lookalikeFor(document.tree, r.collection, r.key);
    if (like) report(document.file, like.heading, { ...own, ...sectionWords(r, 'lookalike') }, { heading: like.title, hashes: '#'.repeat(like.heading.depth) });
    else report(document.file, place, { ...own, ...sectionWords(r, 'missing') });
    return true;
  }
  if (section.fill === 'filled') return false;
  const values = { heading: section.title, placeholder: section.placeholder ?? '' };
  report(document.file, section.heading, { ...own, ...sectionWords(r, section.fill === 'empty' ? 'empty' : 'placeholder') }, values);
  return true;
}

/** Section keys the partnership's config makes compulsory, per document type. */
export function configRequired(project: Project, collection: Requirement['collection']): string[] {
  return project.site?.checks.requireSections[collection] ?? [];
}

export function sectionRule(requirement: Requirement): SectionRule {
  const meta: RuleMeta = {
    id: requirement.id,
    severity: requirement.severity,
    paragraph: requirement.paragraph,
    statutory: requirement.statutory,
    ...sectionWords(requirement, 'missing'),
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
