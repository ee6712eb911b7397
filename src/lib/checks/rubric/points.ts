/**
 * Building blocks for rubric points, so each requirement's rubric reads as a
 * list of what must be said and the words that say it. What a point asks
 * for, in plain words, is in locales/{en,cy}/rules/rubric.json (the one i18n
 * system, so translators see it with every other message); the code keeps
 * only the tests.
 */
import type { Lang, Values } from '../../engine/types.ts';
import { both } from '../../i18n.ts';
import { countGroups, hasDate, hasPeriod, mentions, together, type Terms } from './match.ts';
import type { RubricPoint } from './rubric.ts';
import type { SectionText } from './section-text.ts';

type Test = RubricPoint['test'];
/** A point's id and paragraph, and where its words are: `words` is a key of rules/rubric.json, filled with `values`. */
type Head = { id: string; paragraph: string; words: string; values?: Values };

export const RUBRIC_WORDS = 'rules/rubric';

export const point = ({ id, paragraph, words, values }: Head, test: Test): RubricPoint => {
  const key = `${RUBRIC_WORDS}:${words}`;
  return { id, paragraph, words: key, needs: both(`${key}.needs`, values), hint: both(`${key}.hint`, values), test };
};

/** Any of the terms, anywhere in the section. */
export const says = (terms: Terms): Test => (s, lang) => mentions(s.text, terms, lang);

/** At least `min` different groups (kinds, sources, sectors). */
export const atLeast = (min: number, groups: readonly Terms[]): Test => (s, lang) => countGroups(s.text, groups, lang) >= min;

/** One sentence that says all of the lists. */
export const inOneSentence = (...lists: Terms[]): Test => (_s, lang, sentences) => together(sentences, lists, lang);

export const anyOf = (...tests: Test[]): Test => (s, lang, sentences) => tests.some((test) => test(s, lang, sentences));

export const aDate: Test = (s, lang) => hasDate(s.text, lang);
export const aPeriod: Test = (s, lang) => hasPeriod(s.text, lang);

/** At least `min` actions: list items, table rows, or sentences that commit to doing something. */
export const actions = (min: number, commitment: Terms): Test => (s: SectionText, lang: Lang, sentences) => Math.max(s.items, sentences.filter((x) => mentions(x, commitment, lang)).length) >= min;
