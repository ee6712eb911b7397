/**
 * How easy the young people's summary is to read. Young people are among
 * the readers the guidance most wants to reach (paras 218, 221), and WCAG
 * 3.1.5 asks for text a lower-secondary reader can follow.
 *
 * English: the Flesch reading-ease score of the whole summary, against the
 * partnership's target (`checks.readingEase`, default 60); when it misses,
 * retext-readability names the sentences to rewrite. Welsh has no standard
 * formula (Flesch's syllable weights are for English), so the Welsh summary
 * is held to Cymraeg Clir's plain-Welsh advice instead: short sentences
 * (15 to 20 words on average, none over 25) and everyday words.
 */
import { flesch } from 'flesch';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { retext } from 'retext';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root as MdastRoot } from 'mdast';
import type { DocumentRule, Lang } from '../engine/types.ts';
import { walk } from '../markdown/walk.ts';
import { placeOf, proseOf, titlePlace, type Prose } from './text.ts';

// One definition of which document is the young people's summary (src/lib/site/routes.ts).
import { YOUNG_PEOPLE_KEY } from '../site/routes.ts';
export { YOUNG_PEOPLE_KEY };

/** Cymraeg Clir: aim for 15 to 20 words a sentence on average, and split any over 25. */
export const WELSH_MEAN_SENTENCE_WORDS = 20;
export const WELSH_MAX_SENTENCE_WORDS = 25;
/** A Welsh word of this many letters or more (ll, dd, ch... count as one) is a long word. */
export const WELSH_LONG_WORD_LETTERS = 12;
/** At most this share of long words, in per cent. */
export const WELSH_LONG_WORD_SHARE = 10;

const PARAGRAPH = '218, 221; WCAG 2.2 3.1.5';

export interface SentenceScore {
  start: number;
  end: number;
  words: number;
}

export interface Readability {
  lang: Lang;
  sentences: number;
  words: number;
  /** Flesch reading ease (English only): higher is easier; 60 to 70 is plain English. */
  readingEase?: number;
  meanSentenceWords: number;
  longestSentenceWords: number;
  /** Welsh: share of long words, per cent. */
  longWordShare?: number;
  /** Welsh: the longest words, for the finding. */
  longWords?: string[];
  /** English: sentences retext-readability finds too hard for the target age, with how many formulas agree. */
  hardSentences: Array<SentenceScore & { formulas: number }>;
  /** Welsh: sentences over the maximum length. */
  longSentences: SentenceScore[];
}

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
}

function textOf(node: NlcstNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

function wordsOf(sentence: Sentence): string[] {
  const words: string[] = [];
  walk<NlcstNode>(sentence as never, (word) => {
    if (word.type !== 'WordNode') return;
    const text = textOf(word);
    // Numbers are read aloud but are not words a reader has to decode.
    if (/\p{L}/u.test(text)) words.push(text);
  });
  return words;
}

function sentencesOf(tree: NlcstRoot): Array<{ node: Sentence; words: string[]; start: number; end: number }> {
  const found: Array<{ node: Sentence; words: string[]; start: number; end: number }> = [];
  walk<NlcstNode>(tree as never, (visited) => {
    if (visited.type !== 'SentenceNode') return;
    const node = visited as unknown as Sentence;
    const words = wordsOf(node);
    if (words.length > 0) found.push({ node, words, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
  });
  return found;
}

/** Welsh letters: the digraphs ch, dd, ff, ng, ll, ph, rh and th are one letter each. */
export function welshLetters(word: string): number {
  return word.toLowerCase().replace(/ch|dd|ff|ng|ll|ph|rh|th/g, '*').replace(/[^\p{L}*]/gu, '').length;
}

/** The reader's age that retext-readability should aim at, from a Flesch target (its own conversion). */
export function ageFor(readingEase: number): number {
  return 20 - Math.floor(readingEase / 10);
}

function english(prose: Prose, target: number): Readability {
  const file = new VFile(prose.text);
  const processor = unified().use(retextEnglish).use(retextReadability, { age: ageFor(target), minWords: 6 });
  const tree = processor.parse(file) as NlcstRoot;
  processor.runSync(tree, file);
  const sentences = sentencesOf(tree);
  const words = sentences.flatMap((s) => s.words);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const readingEase = words.length ? flesch({ sentence: sentences.length, word: words.length, syllable: syllables }) : 100;
  const hardSentences = file.messages.map((message) => {
    const start = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0;
    const end = message.place && 'end' in message.place ? (message.place.end.offset ?? start) : start;
    const formulas = Number(/(\d+) out of/.exec(message.reason)?.[1] ?? 7);
    return { start, end, words: sentences.find((s) => s.start === start)?.words.length ?? 0, formulas };
  });
  return {
    lang: 'en',
    sentences: sentences.length,
    words: words.length,
    readingEase: Math.round(readingEase * 10) / 10,
    meanSentenceWords: sentences.length ? Math.round((words.length / sentences.length) * 10) / 10 : 0,
    longestSentenceWords: Math.max(0, ...sentences.map((s) => s.words.length)),
    hardSentences,
    longSentences: [],
  };
}

function welsh(prose: Prose): Readability {
  const tree = retext().parse(prose.text) as NlcstRoot;
  const sentences = sentencesOf(tree);
  const words = sentences.flatMap((s) => s.words);
  // Names, addresses and numbers cannot be swapped for everyday words.
  const long = words.filter((word) => /^\p{Ll}[\p{L}’'-]*$/u.test(word) && welshLetters(word) >= WELSH_LONG_WORD_LETTERS);
  return {
    lang: 'cy',
    sentences: sentences.length,
    words: words.length,
    meanSentenceWords: sentences.length ? Math.round((words.length / sentences.length) * 10) / 10 : 0,
    longestSentenceWords: Math.max(0, ...sentences.map((s) => s.words.length)),
    longWordShare: words.length ? Math.round((long.length / words.length) * 1000) / 10 : 0,
    longWords: [...new Set(long.map((w) => w.toLowerCase()))].sort((a, b) => welshLetters(b) - welshLetters(a)).slice(0, 5),
    hardSentences: [],
    longSentences: sentences.filter((s) => s.words.length > WELSH_MAX_SENTENCE_WORDS).map((s) => ({ start: s.start, end: s.end, words: s.words.length })),
  };
}

/** Readability of a document's paragraphs (and list items), in its language. */
export function readabilityOf(tree: MdastRoot, file: VFile, lang: Lang, readingEase = 60): Readability & { prose: Prose } {
  const prose = proseOf(tree, file);
  return { ...(lang === 'cy' ? welsh(prose) : english(prose, readingEase)), prose };
}

// Two rules read the same scores; keyed by target too, as a reused file may meet a new target.
const cache = new WeakMap<VFile, Map<number, Readability & { prose: Prose }>>();
function scoresFor(tree: MdastRoot, file: VFile, lang: Lang, target: number) {
  const byTarget = cache.get(file) ?? new Map<number, Readability & { prose: Prose }>();
  cache.set(file, byTarget);
  let scores = byTarget.get(target);
  if (!scores) {
    scores = readabilityOf(tree, file, lang, target);
    byTarget.set(target, scores);
  }
  return scores;
}

export const readingEase: DocumentRule = {
  meta: {
    id: 'language/reading-ease',
    severity: 'warning',
    paragraph: PARAGRAPH,
  },
  scan(tree, file, document, project, report) {
    if (document.lang !== 'en' || document.data?.translationKey !== YOUNG_PEOPLE_KEY) return;
    const target = project.site?.checks.readingEase ?? 60;
    const scores = scoresFor(tree, file, 'en', target);
    if (scores.words === 0 || (scores.readingEase ?? 100) >= target) return;
    report(file, titlePlace(file), readingEase.meta, { score: Math.round(scores.readingEase!), target, hard: scores.hardSentences.length });
  },
};

export const hardSentence: DocumentRule = {
  meta: {
    id: 'language/hard-sentence',
    severity: 'warning',
    paragraph: PARAGRAPH,
  },
  scan(tree, file, document, project, report) {
    if (document.lang !== 'en' || document.data?.translationKey !== YOUNG_PEOPLE_KEY) return;
    const target = project.site?.checks.readingEase ?? 60;
    const scores = scoresFor(tree, file, 'en', target);
    // Only the sentences to rewrite when the summary as a whole misses the target.
    if ((scores.readingEase ?? 100) >= target) return;
    for (const sentence of scores.hardSentences) {
      report(file, placeOf(scores.prose, file, sentence.start, sentence.end), hardSentence.meta, { age: ageFor(target), formulas: sentence.formulas });
    }
  },
};

export const welshSentenceLength: DocumentRule = {
  meta: {
    id: 'language/welsh-sentence-length',
    severity: 'warning',
    paragraph: PARAGRAPH,
  },
  scan(tree, file, document, _project, report) {
    if (document.lang !== 'cy' || document.data?.translationKey !== YOUNG_PEOPLE_KEY) return;
    const scores = scoresFor(tree, file, 'cy', 60);
    for (const sentence of scores.longSentences) {
      report(file, placeOf(scores.prose, file, sentence.start, sentence.end), welshSentenceLength.meta, { words: sentence.words, max: WELSH_MAX_SENTENCE_WORDS });
    }
  },
};

export const welshPlainness: DocumentRule = {
  meta: {
    id: 'language/welsh-plain',
    severity: 'warning',
    paragraph: PARAGRAPH,
  },
  scan(tree, file, document, _project, report) {
    if (document.lang !== 'cy' || document.data?.translationKey !== YOUNG_PEOPLE_KEY) return;
    const scores = scoresFor(tree, file, 'cy', 60);
    if (scores.words === 0) return;
    if (scores.meanSentenceWords <= WELSH_MEAN_SENTENCE_WORDS && (scores.longWordShare ?? 0) <= WELSH_LONG_WORD_SHARE) return;
    report(file, titlePlace(file), welshPlainness.meta, {
      mean: scores.meanSentenceWords,
      share: scores.longWordShare ?? 0,
      meanTarget: WELSH_MEAN_SENTENCE_WORDS,
      shareTarget: WELSH_LONG_WORD_SHARE,
      longWords: (scores.longWords ?? []).join(', ') || '–',
    });
  },
};
