/**
 * The local definition of serious violence (paras 28-35): the kinds of
 * violence it includes and, in the strategy, the reasoning: section 13(6)
 * of the PCSC Act 2022 requires the partners to take into account the
 * maximum penalty, the impact on victims, how prevalent it is and its impact
 * on the community (para 29). The SNA states the definition it used; the
 * strategy is where the reasoning is published.
 */
import type { Rubric, RubricPoint } from './rubric.ts';
import { anyOf, atLeast, inOneSentence, point, says } from './points.ts';
import { VIOLENCE_KINDS } from './terms.ts';
import { both } from '../../i18n.ts';

export const kindsPoint = (min: number, paragraph: string): RubricPoint =>
  point(
    { id: 'kinds', paragraph, words: 'definition.kinds', values: { min } },
    atLeast(min, VIOLENCE_KINDS),
  );

const factor = (id: string, test: RubricPoint['test']): RubricPoint =>
  point(
    // The factor's name is its own entry, so the shared sentence reads right in each language.
    { id, paragraph: '29 (s.13(6))', words: 'definition.factor', values: { factor: both(`rules/rubric:definition.factors.${id}`) } },
    test,
  );

const IMPACT = { en: ['impact\\w*', 'harm\\w*', 'effect\\w*', 'trauma\\w*', 'affect\\w*', 'damag\\w*', 'lasting', 'consequences?'], cy: ['effaith', 'effeithiau', 'niwed\\w*', 'trawma\\w*', 'effeithio', 'canlyniad\\w*', 'parhaol', 'hirdymor'] };

export const FACTORS: RubricPoint[] = [
  factor('maximum-penalty', says({ en: ['maximum (?:penalt(?:y|ies)|sentences?)', 'penalt(?:y|ies)', 'sentenc\\w*', 'life imprisonment', 'indictable'], cy: ['cosb\\w*', 'dedfryd\\w*', 'carchar am oes', 'ditiadwy'] })),
  factor('impact-on-victims', inOneSentence({ en: ['victims?', 'survivors?', 'people harmed'], cy: ['dioddefwr', 'dioddefwyr', 'goroeswyr', 'goroeswr'] }, IMPACT)),
  factor(
    'prevalence',
    says({
      en: ['prevalen\\w*', '(?:how|most|more|very|less|fairly) common', 'common(?:ly)? (?:in|here|across)', 'frequen\\w*', 'how often', 'volumes?', 'the number of (?:offences|incidents|crimes)', 'how much', '(?:large|high|small) (?:proportion|share)', 'accounts? for'],
      cy: ['mynychder', 'amlder', 'pa mor (?:g|c)yffredin', '(?:mwyaf|mor|yn|fwyaf) (?:g|c)yffredin', 'pa mor aml', 'nifer y (?:troseddau|digwyddiadau)', 'faint o', 'cyfran (?:fawr|uchel)'],
    }),
  ),
  factor(
    'impact-on-community',
    anyOf(
      inOneSentence({ en: ['communit(?:y|ies)', 'neighbourhoods?', 'residents', 'the public', 'places?'], cy: ['cymuned\\w*', 'cymdogaeth\\w*', 'trigolion', "y cyhoedd", 'lleoedd'] }, { en: [...IMPACT.en, 'fear\\w*', 'feel\\w*', 'unsafe', 'confidence', 'cohesion'], cy: [...IMPACT.cy, 'ofn', 'teimlo', 'anniogel', 'hyder', 'cydlyniant'] }),
    ),
  ),
];

export const LOCAL_DEFINITION_RUBRIC: Rubric = { minWords: 15, points: [kindsPoint(3, '28-31'), ...FACTORS] };
