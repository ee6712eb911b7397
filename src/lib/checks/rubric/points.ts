/**
 * Building blocks for rubric points, so each requirement's rubric reads as a
 * list of what must be said and the words that say it.
 */
import type { Lang, Localised } from '../../engine/types.ts';
import { countGroups, hasDate, hasPeriod, mentions, together, type Terms } from './match.ts';
import type { RubricPoint } from './rubric.ts';
import type { SectionText } from './section-text.ts';

type Test = RubricPoint['test'];
type Head = { id: string; paragraph: string; needs: Localised; hint: Localised };

export const point = (head: Head, test: Test): RubricPoint => ({ ...head, test });

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
