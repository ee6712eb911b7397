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

export const kindsPoint = (min: number, paragraph: string): RubricPoint =>
  point(
    {
      id: 'kinds',
      paragraph,
      needs: { en: `name the kinds of violence it includes (at least ${min}, such as homicide, knife crime, robbery, domestic abuse or sexual violence)`, cy: `enwi'r mathau o drais y mae'n eu cynnwys (o leiaf ${min}, fel dynladdiad, troseddau cyllyll, lladrad, cam-drin domestig neu drais rhywiol)` },
      hint: { en: 'list the kinds of violence included (and any left out), for example homicide, knife and weapon crime, robbery, domestic abuse, sexual violence, exploitation', cy: "rhestrwch y mathau o drais sydd wedi'u cynnwys (ac unrhyw rai a adawyd allan), er enghraifft dynladdiad, troseddau cyllyll ac arfau, lladrad, cam-drin domestig, trais rhywiol, camfanteisio" },
    },
    atLeast(min, VIOLENCE_KINDS),
  );

const factor = (id: string, en: string, cy: string, test: RubricPoint['test']): RubricPoint =>
  point(
    {
      id,
      paragraph: '29 (s.13(6))',
      needs: { en: `say how the definition took account of ${en}, one of the four factors the law lists`, cy: `dweud sut yr ystyriodd y diffiniad ${cy}, un o'r pedair ffactor a restrir yn y gyfraith` },
      hint: { en: `explain the reasoning: how ${en} shaped what the definition includes`, cy: `eglurwch y rhesymeg: sut y dylanwadodd ${cy} ar yr hyn y mae'r diffiniad yn ei gynnwys` },
    },
    test,
  );

const IMPACT = { en: ['impact\\w*', 'harm\\w*', 'effect\\w*', 'trauma\\w*', 'affect\\w*', 'damag\\w*', 'lasting', 'consequences?'], cy: ['effaith', 'effeithiau', 'niwed\\w*', 'trawma\\w*', 'effeithio', 'canlyniad\\w*', 'parhaol', 'hirdymor'] };

export const FACTORS: RubricPoint[] = [
  factor('maximum-penalty', 'the maximum penalty', 'y gosb uchaf', says({ en: ['maximum (?:penalt(?:y|ies)|sentences?)', 'penalt(?:y|ies)', 'sentenc\\w*', 'life imprisonment', 'indictable'], cy: ['cosb\\w*', 'dedfryd\\w*', 'carchar am oes', 'ditiadwy'] })),
  factor('impact-on-victims', 'the impact on victims', 'yr effaith ar ddioddefwyr', inOneSentence({ en: ['victims?', 'survivors?', 'people harmed'], cy: ['dioddefwr', 'dioddefwyr', 'goroeswyr', 'goroeswr'] }, IMPACT)),
  factor(
    'prevalence',
    'how prevalent it is',
    "pa mor gyffredin ydyw",
    says({
      en: ['prevalen\\w*', '(?:how|most|more|very|less|fairly) common', 'common(?:ly)? (?:in|here|across)', 'frequen\\w*', 'how often', 'volumes?', 'the number of (?:offences|incidents|crimes)', 'how much', '(?:large|high|small) (?:proportion|share)', 'accounts? for'],
      cy: ['mynychder', 'amlder', 'pa mor (?:g|c)yffredin', '(?:mwyaf|mor|yn|fwyaf) (?:g|c)yffredin', 'pa mor aml', 'nifer y (?:troseddau|digwyddiadau)', 'faint o', 'cyfran (?:fawr|uchel)'],
    }),
  ),
  factor(
    'impact-on-community',
    'the impact on the community',
    "yr effaith ar y gymuned",
    anyOf(
      inOneSentence({ en: ['communit(?:y|ies)', 'neighbourhoods?', 'residents', 'the public', 'places?'], cy: ['cymuned\\w*', 'cymdogaeth\\w*', 'trigolion', "y cyhoedd", 'lleoedd'] }, { en: [...IMPACT.en, 'fear\\w*', 'feel\\w*', 'unsafe', 'confidence', 'cohesion'], cy: [...IMPACT.cy, 'ofn', 'teimlo', 'anniogel', 'hyder', 'cydlyniant'] }),
    ),
  ),
];

export const LOCAL_DEFINITION_RUBRIC: Rubric = { minWords: 15, points: [kindsPoint(3, '28-31'), ...FACTORS] };
