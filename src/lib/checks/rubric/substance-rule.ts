/**
 * The "does the section say what it must" rule of a requirement with a
 * rubric: `strategy/equality` finds the section, `strategy/equality-substance`
 * reads it. One finding per failed point, at the section's heading, naming
 * the point and its guidance paragraph.
 *
 * Error, not statutory: a keyed section that does not cover its requirement
 * makes a false claim on the public coverage page, so it blocks publication
 * whatever the section rule's own severity. But a word list can miss a way
 * of saying something, so a partnership can waive a finding with a reason
 * and an approver; the waiver is listed in the bundle and on the coverage
 * page. An absent, empty or placeholder section is the section rule's
 * finding, not this one's.
 */
import type { Lang, ProjectRule, RuleMeta } from '../../engine/types.ts';
import type { Requirement } from '../section-rule.ts';
import { sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn, forDocument } from '../shared.ts';
import { judge, type Rubric, type Verdict } from './rubric.ts';
import { sectionText } from './section-text.ts';

export type RubricRequirement = Requirement & { rubric: Rubric };

export function substanceId(requirement: Pick<Requirement, 'id'>): string {
  return `${requirement.id}-substance`;
}

/** The finding for a verdict, worded from locales/{en,cy}/rules/sections.json ("<collection>.substance.<kind>"). */
function metaFor(r: RubricRequirement, verdict: Verdict | undefined): RuleMeta {
  const base = { id: substanceId(r), severity: 'error' as const, paragraph: r.paragraph };
  const values = { title: r.title, asks: r.asks, mark: `{#${r.key}}` };
  const words = (kind: string) => `rules/sections:${r.collection}.substance.${kind}`;
  if (!verdict) return { ...base, words: words('generic'), values };
  if (verdict.kind === 'point') {
    const { point } = verdict;
    // The variant is the point's id: the coverage page reads it from the finding (or its waiver) to name the point.
    return { ...base, paragraph: point.paragraph ?? r.paragraph, words: words('point'), variant: point.id, values: { ...values, needs: point.needs, hint: point.hint } };
  }
  return { ...base, words: words(verdict.kind), variant: verdict.kind, values };
}

/** The rubric's verdicts on one document's section, or undefined when there is no filled section to judge. */
export function verdictsFor(r: RubricRequirement, tree: Parameters<typeof sectionsOf>[0], lang: Lang): { verdicts: Verdict[]; heading: string } | undefined {
  const section = sectionByKey(sectionsOf(tree), r.key);
  if (!section || section.fill !== 'filled') return undefined;
  return { verdicts: judge(r.rubric, sectionText(section.body), section.title, lang), heading: section.title };
}

export function substanceRule(r: RubricRequirement): ProjectRule {
  return {
    meta: metaFor(r, undefined),
    check(project, report) {
      for (const document of documentsIn(project, r.collection)) {
        if (r.appliesTo && !r.appliesTo(document)) continue;
        const section = sectionByKey(sectionsOf(document.tree), r.key);
        const result = verdictsFor(r, document.tree, document.lang);
        if (!section || !result) continue;
        for (const verdict of result.verdicts) {
          const values = { heading: section.title, ...(verdict.kind === 'short' ? { words: verdict.words, min: verdict.min, count: verdict.words } : {}) };
          report(document.file, section.heading, forDocument(metaFor(r, verdict), document), values);
        }
      }
    },
  };
}
