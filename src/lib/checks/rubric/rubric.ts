/**
 * A rubric: what the guidance says a section must cover, as points a
 * section's text either meets or does not. A heading key claims that a
 * requirement is met (the public coverage page says so); the rubric tests
 * the claim against the words under the heading.
 */
import type { Lang, Localised } from '../../engine/types.ts';
import { fold, sentencesOf, wordsOf } from './match.ts';
import type { SectionText } from './section-text.ts';

export interface RubricPoint {
  /** Short id, unique within the rubric (shown in docs and the coverage page). */
  id: string;
  /** The guidance paragraph(s) this point comes from. */
  paragraph: string;
  /** Where its words are: `rules/rubric:equality.act` holds `needs` and `hint` (locales/{en,cy}/rules/rubric.json). */
  words: string;
  /** What the section does not do when it fails, after "does not": "name the Equality Act 2010". Welsh after "yn". */
  needs: Localised;
  /** How to meet it, as an instruction. */
  hint: Localised;
  test(section: SectionText, lang: Lang, sentences: string[]): boolean;
}

export interface Rubric {
  /** Fewer words than this cannot cover the requirement (English; Welsh runs about a tenth longer). */
  minWords: number;
  points: RubricPoint[];
}

export type Verdict = { kind: 'short'; words: number; min: number } | { kind: 'restates' } | { kind: 'point'; point: RubricPoint };

/** Words that carry no topic, so "The equality section." still only repeats "Equality". */
const FILLER = new Set(
  ['the', 'a', 'an', 'and', 'of', 'our', 'this', 'section', 'see', 'yes', 'no', 'is', 'are', 'in', 'on', 'for', 'to', 'we', 'y', 'yr', "'r", 'a', 'ac', 'o', 'ein', 'adran', 'hon', 'hwn', 'gweler', 'ydy', 'ie', 'na', 'yn', 'ar', 'i', 'mae', 'ni'].map(fold),
);

export function minimumFor(rubric: Rubric, lang: Lang): number {
  return lang === 'cy' ? Math.ceil(rubric.minWords * 1.1) : rubric.minWords;
}

/** Everything the section fails on: its length, whether it says more than its heading, then each point. */
export function judge(rubric: Rubric, section: SectionText, heading: string, lang: Lang): Verdict[] {
  const verdicts: Verdict[] = [];
  const words = wordsOf(section.text);
  const topic = words.filter((w) => !FILLER.has(w));
  const headingWords = new Set(wordsOf(heading));
  if (topic.length > 0 && topic.every((w) => headingWords.has(w))) verdicts.push({ kind: 'restates' });
  else if (words.length < minimumFor(rubric, lang)) verdicts.push({ kind: 'short', words: words.length, min: minimumFor(rubric, lang) });
  const sentences = section.units.flatMap(sentencesOf);
  for (const point of rubric.points) if (!point.test(section, lang, sentences)) verdicts.push({ kind: 'point', point });
  return verdicts;
}
