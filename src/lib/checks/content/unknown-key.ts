/**
 * Every requirement key on a strategy or SNA heading is one the checker
 * knows. A mistyped key is worse than none: the author believes the section
 * is marked, while the checker (and the coverage page) sees it as missing.
 * Error, not statutory: the key is our format, not the law, but a silent
 * mismatch would hide a statutory gap.
 */
import type { Heading } from 'mdast';
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { NATIONAL_KEYS, sectionKeys, suggest } from '../keys.ts';
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
          const measure = kind === 'strategy' && (NATIONAL_KEYS.has(key) || LOCAL_MEASURE.test(key));
          if (measure) {
            if (!inMeasures.has(heading)) report(document.file, heading, misplacedMeasure, { key });
            continue;
          }
          if (kind === 'strategy' && SNA_KEYS.has(key)) {
            if (!inSnaSummary.has(heading)) report(document.file, heading, snaKeyInStrategy, { key });
            continue;
          }
          const suggestion = suggest(key, project, kind);
          report(document.file, heading, suggestion ? didYouMean : meta, { key, ...(suggestion ? { suggestion } : {}) });
        }
      }
    }
  },
};
