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
import { DOC, type Requirement } from '../section-rule.ts';
import { sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn, forDocument } from '../shared.ts';
import { judge, type Rubric, type Verdict } from './rubric.ts';
import { sectionText } from './section-text.ts';

export type RubricRequirement = Requirement & { rubric: Rubric };

export function substanceId(requirement: Pick<Requirement, 'id'>): string {
  return `${requirement.id}-substance`;
}

function metaFor(r: RubricRequirement, verdict: Verdict | undefined): RuleMeta {
  const mark = `{#${r.key}}`;
  const base = { id: substanceId(r), severity: 'error' as const, paragraph: r.paragraph };
  const writeFix = {
    en: `Under "{heading}", write ${r.asks.en}.`,
    cy: `O dan "{heading}", ysgrifennwch ${r.asks.cy}.`,
  };
  if (!verdict || verdict.kind === 'point') {
    const point = verdict?.point;
    return {
      ...base,
      paragraph: point?.paragraph ?? r.paragraph,
      message: {
        en: `The "{heading}" section (${mark}) does not ${point?.needs.en ?? '{needs}'}, so ${DOC[r.collection].enLower} does not fully cover "${r.title.en}".`,
        cy: `Nid yw'r adran "{heading}" (${mark}) yn ${point?.needs.cy ?? '{needs}'}, felly nid yw'r ${DOC[r.collection].cyBare} yn ymdrin yn llawn â "${r.title.cy}".`,
      },
      fix: point ? { en: `Under "{heading}", ${point.hint.en}.`, cy: `O dan "{heading}", ${point.hint.cy}.` } : writeFix,
    };
  }
  if (verdict.kind === 'restates') {
    return {
      ...base,
      message: {
        en: `The "{heading}" section (${mark}) only repeats its heading, so ${DOC[r.collection].enLower} does not cover "${r.title.en}" yet.`,
        cy: `Dim ond ailadrodd ei phennawd y mae'r adran "{heading}" (${mark}), felly nid yw'r ${DOC[r.collection].cyBare} yn ymdrin â "${r.title.cy}" eto.`,
      },
      fix: writeFix,
    };
  }
  return {
    ...base,
    message: {
      en: `The "{heading}" section (${mark}) has {words} words: too few to cover "${r.title.en}" (at least {min} are needed).`,
      cy: `Mae gan yr adran "{heading}" (${mark}) {words} gair: rhy ychydig i ymdrin â "${r.title.cy}" (mae angen o leiaf {min}).`,
    },
    fix: writeFix,
  };
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
          const values = { heading: section.title, ...(verdict.kind === 'short' ? { words: verdict.words, min: verdict.min } : {}) };
          report(document.file, section.heading, forDocument(metaFor(r, verdict), document), values);
        }
      }
    },
  };
}
