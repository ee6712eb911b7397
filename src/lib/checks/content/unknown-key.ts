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
  message: {
    en: 'The key {#{key}} on this heading is not one the checker knows, so the section counts towards no requirement.',
    cy: "Nid yw'r allwedd {#{key}} ar y pennawd hwn yn un y mae'r gwiriwr yn ei hadnabod, felly nid yw'r adran yn cyfrif tuag at unrhyw ofyniad.",
  },
  fix: {
    en: 'Use one of the keys listed in docs/content-format.md, or remove the key if this heading is not one of the sections the law asks for. To require a section of your own, add its key to checks.requireSections in content/site.yaml.',
    cy: "Defnyddiwch un o'r allweddi a restrir yn docs/content-format.md, neu tynnwch yr allwedd os nad yw'r pennawd hwn yn un o'r adrannau y mae'r gyfraith yn gofyn amdanynt. I fynnu adran eich hun, ychwanegwch ei hallwedd at checks.requireSections yn content/site.yaml.",
  },
};

const didYouMean: RuleMeta = {
  ...meta,
  message: {
    en: `${meta.message.en} Did you mean {#{suggestion}}?`,
    cy: `${meta.message.cy} Ai {#{suggestion}} oedd gennych mewn golwg?`,
  },
  fix: {
    en: 'Change it to {#{suggestion}}, or remove the key if this heading is not one of the sections the law asks for.',
    cy: "Newidiwch hi i {#{suggestion}}, neu tynnwch yr allwedd os nad yw'r pennawd hwn yn un o'r adrannau y mae'r gyfraith yn gofyn amdanynt.",
  },
};

const misplacedMeasure: RuleMeta = {
  ...meta,
  message: {
    en: 'The key {#{key}} marks a success measure, so its heading belongs inside the success measures section ({#success-measures}).',
    cy: "Mae'r allwedd {#{key}} yn marcio mesur llwyddiant, felly mae ei bennawd yn perthyn o fewn yr adran mesurau llwyddiant ({#success-measures}).",
  },
  fix: {
    en: 'Move this heading under the success measures section, as a ### heading.',
    cy: "Symudwch y pennawd hwn o dan yr adran mesurau llwyddiant, fel pennawd ###.",
  },
};

const snaKeyInStrategy: RuleMeta = {
  ...meta,
  message: {
    en: 'The key {#{key}} marks a section of the SNA summary, not of the strategy.',
    cy: "Mae'r allwedd {#{key}} yn marcio adran o'r crynodeb o'r Asesiad Strategol o Anghenion, nid o'r strategaeth.",
  },
  fix: {
    en: 'Move this section into the SNA summary (content/sna/), or put it under the strategy\'s {#sna-summary} section, where SNA keys are allowed.',
    cy: "Symudwch yr adran hon i'r crynodeb o'r Asesiad (content/sna/), neu rhowch hi o dan adran {#sna-summary} y strategaeth, lle caniateir allweddi'r Asesiad.",
  },
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
