/**
 * Every requirement key on a strategy or SNA heading is one the checker
 * knows. A mistyped key is worse than none: the author believes the section
 * is marked, while the checker (and the coverage page) sees it as missing.
 * Error, not statutory: the key is our format, not the law, but a silent
 * mismatch would hide a statutory gap.
 */
import type { Heading } from 'mdast';
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { distance, NATIONAL_KEYS, sectionKeys, suggest } from '../keys.ts';
import { recognise } from '../lexicon.ts';
import { LOCAL_MEASURE, MEASURES_KEY, SNA_SECTIONS } from '../requirements.ts';
import { childrenOf, keyedHeadings, sectionByKey, sectionsOf } from '../sections.ts';
import { documentsIn } from '../shared.ts';

const meta: RuleMeta = {
  id: 'content/unknown-key',
  severity: 'error',
  paragraph: '154, 146-151',
};

const didYouMean: RuleMeta = { ...meta, variant: 'didYouMean' };

const misplacedMeasure: RuleMeta = {
  ...meta,
  variant: 'misplacedMeasure',
};

const snaKeyInStrategy: RuleMeta = {
  ...meta,
  variant: 'snaKeyInStrategy',
};

/** A valid section key one or two letters away from `key` (a typo, not a measure's own name). */
function nearSectionKey(key: string, valid: Set<string>): string | undefined {
  let best: { key: string; score: number } | undefined;
  for (const candidate of valid) {
    const score = distance(key.toLowerCase(), candidate);
    if (score <= 2 && (!best || score < best.score)) best = { key: candidate, score };
  }
  return best?.key;
}

const SNA_KEYS = new Set(SNA_SECTIONS.map((r) => r.requirement.key));

export const unknownKey: ProjectRule = {
  meta,
  check(project, report) {
    for (const kind of ['strategy', 'sna'] as const) {
      const valid = sectionKeys(project, kind);
      for (const document of documentsIn(project, kind)) {
        const sections = sectionsOf(document.tree);
        const within = (key: string): Set<Heading> => {
          const parent = sectionByKey(sections, key);
          return new Set(parent ? childrenOf(sections, parent).map((s) => s.heading) : []);
        };
        const inMeasures = within(MEASURES_KEY);
        const inSnaSummary = within('sna-summary');
        for (const { key, heading } of keyedHeadings(document.tree)) {
          if (valid.has(key)) continue;
          // A slip in a section key ({#local-defintion}) is answered with the
          // key it nearly is, before any advice about where measures go.
          const slip = nearSectionKey(key, valid);
          if (slip) {
            report(document.file, heading, didYouMean, { key, suggestion: slip });
            continue;
          }
          const measure = kind === 'strategy' && (NATIONAL_KEYS.has(key) || LOCAL_MEASURE.test(key));
          if (measure) {
            if (!inMeasures.has(heading)) report(document.file, heading, misplacedMeasure, { key });
            continue;
          }
          if (kind === 'strategy' && SNA_KEYS.has(key)) {
            if (!inSnaSummary.has(heading)) report(document.file, heading, snaKeyInStrategy, { key });
            continue;
          }
          // A key written from the author's own heading words ({#partnership-arrangements}) is read through the lexicon.
          const suggestion = suggest(key, project, kind) ?? recognise(key.replace(/[-_]+/g, ' '), kind)?.key;
          report(document.file, heading, suggestion ? didYouMean : meta, { key, ...(suggestion ? { suggestion } : {}) });
        }
      }
    }
  },
};
