/**
 * Section recognition: which requirement a heading, as an author wrote it,
 * is about. One lexicon for `svd import` (which marks the headings it
 * recognises) and `svd check` (which points a missing section at the heading
 * that looks like it).
 *
 * Real strategies number their headings ("1. Definition of serious
 * violence", "Section 2: Governance"), change case, add or drop small words,
 * slip a letter, and in Welsh mutate the first letter of a word after
 * certain words ("ein partneriaid", "â phobl ifanc"). So headings and
 * phrases are compared as sets of content words: numbering, punctuation,
 * accents and small words removed, each word reduced to a rough stem, words
 * equal if they share a Welsh radical form or are within one or two edits
 * (fastest-levenshtein: small, fast, and already the usual choice).
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { distance } from 'fastest-levenshtein';
import { headingKey } from '../content/heading-keys.ts';
import { MEASURE_PHRASES, SNA_PHRASES, STRATEGY_PHRASES, type Phrases } from './lexicon-data.ts';

/** `measures`: the national measures, as headings under the success measures. */
export type LexiconCollection = 'strategy' | 'sna' | 'measures';

export interface Recognition {
  key: string;
  /** 0-1: how closely the heading matches the phrase. */
  score: number;
  /** The lexicon phrase it matched. */
  phrase: string;
  lang: 'en' | 'cy';
}

/** A heading must score at least this to be claimed for a requirement. */
export const THRESHOLD = 0.8;

const NUMBERING = /^\s*(?:(?:section|part|chapter|appendix|annex|adran|rhan|pennod|atodiad)\s+)?(?:\d+(?:[.-]\d+)*[.):]?|[ivxlc]+[.)]|[a-z][.)])\s*[-\u2013\u2014:.]?\s*/i;
const KEY_SUFFIX = /\s*\{(?:#|\/\*#)[A-Za-z0-9_-]*(?:\*\/)?\}\s*$/;

/** Small words that carry no meaning on their own, English and Welsh. */
const STOP = new Set([
  'the', 'of', 'and', 'a', 'an', 'our', 'we', 'in', 'for', 'to', 'on', 'with', 'by', 'is', 'are', 'this', 'that', 'will', 'be', 'its', 'it', 'from', 'at', 'as', 'us', 'has', 'have', 'been', 'do', 'does',
  'y', 'yr', 'r', 'ac', 'o', 'i', 'ar', 'yn', 'n', 'ein', 'eu', 'ei', 'ag', 'gyda', 'wrth', 'mae', 'sy', 'sydd', 'am', 'ym', 'yng', 'rydym', 'byddwn', 'wedi', 'ni',
]);

/** Heading text as compared: no key, no numbering, lower case, no accents or punctuation. */
export function normaliseHeading(text: string): string {
  let t = text.replace(KEY_SUFFIX, '');
  // Numbering can be stacked ("Section 2: 2.1 ..."): strip until it stops changing.
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t.replace(NUMBERING, '');
  }
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SUFFIXES = ['isations', 'ations', 'ation', 'itions', 'ition', 'ments', 'ment', 'ings', 'ing', 'ies', 'ed', 'es', 's', 'al', 'ly'];

function stem(word: string): string {
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

/**
 * The forms a Welsh word may have before mutation (its radical), the word
 * itself included. Soft (g dropped, b>f, d>dd, c>g, p>b, t>d, ll>l, rh>r,
 * m>f), nasal (c>ngh, p>mh, t>nh, g>ng, b>m, d>n), aspirate (c>ch, p>ph,
 * t>th) and h- before a vowel.
 */
export function radicals(word: string): Set<string> {
  const forms = new Set([word]);
  const swap = (from: string, ...to: string[]) => {
    if (word.startsWith(from)) for (const start of to) forms.add(start + word.slice(from.length));
  };
  swap('ngh', 'c');
  swap('mh', 'p');
  swap('nh', 't');
  swap('ng', 'g');
  swap('ch', 'c');
  swap('ph', 'p');
  swap('th', 't');
  swap('dd', 'd');
  swap('f', 'b', 'm');
  swap('g', 'c');
  swap('b', 'p');
  swap('d', 't');
  swap('l', 'll');
  swap('r', 'rh');
  swap('m', 'b');
  swap('n', 'd');
  if (/^h[aeiouwy]/.test(word)) forms.add(word.slice(1));
  if (/^[aeiouwy]/.test(word)) forms.add(`g${word}`);
  return forms;
}

/**
 * Words nearly every heading in these documents could carry ("Public
 * consultation", "Strategy and governance", "Strategic objectives"): they
 * count a quarter of a word, so the word beside them decides.
 */
const GENERIC = new Set(['serious', 'violence', 'violent', 'strategy', 'strategic', 'duty', 'public', 'local', 'overall', 'trais', 'drais', 'difrifol', 'strategaeth', 'strategol', 'dyletswydd', 'ddyletswydd', 'lleol', 'cyhoeddus']);
const GENERIC_WEIGHT = 0.25;

interface Token {
  stem: string;
  radicals: Set<string>;
  weight: number;
}

function tokens(text: string): Token[] {
  return normaliseHeading(text)
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    .map((w) => ({ stem: stem(w), radicals: new Set([...radicals(w)].map(stem)), weight: GENERIC.has(w) ? GENERIC_WEIGHT : 1 }));
}

function same(a: Token, b: Token): boolean {
  if (a.stem === b.stem) return true;
  for (const form of a.radicals) if (b.radicals.has(form)) return true;
  const shorter = Math.min(a.stem.length, b.stem.length);
  const allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
  return allowed > 0 && distance(a.stem, b.stem) <= allowed;
}

/** How well a heading's words match a phrase's words: 1 is the same words. */
export function similarity(heading: Token[], phrase: Token[]): number {
  if (heading.length === 0 || phrase.length === 0) return 0;
  const used = new Set<number>();
  let matched = 0;
  let count = 0;
  for (const want of phrase) {
    const at = heading.findIndex((got, i) => !used.has(i) && same(got, want));
    if (at >= 0) {
      used.add(at);
      matched += want.weight;
      count += 1;
    }
  }
  const total = (list: Token[]) => list.reduce((sum, t) => sum + t.weight, 0);
  const dice = (2 * matched) / (total(heading) + total(phrase));
  // A heading that holds every word of a known phrase of two or more words
  // ("Summary of the strategic needs assessment of violence") is about it,
  // whatever it adds; how much it adds lowers the score only a little.
  const contained = count === phrase.length && phrase.length >= 2 ? THRESHOLD + (1 - THRESHOLD) * (matched / total(heading)) : 0;
  // And a short heading whose every word is in a longer known phrase
  // ("What is serious violence?" in "What do we mean by serious
  // violence"), if it has at least one word that is not generic.
  const within = count === heading.length && total(heading) >= 1 + 2 * GENERIC_WEIGHT ? THRESHOLD + (1 - THRESHOLD) * (matched / total(phrase)) : 0;
  return Math.max(dice, contained, within);
}

interface Entry {
  key: string;
  phrase: string;
  lang: 'en' | 'cy';
  tokens: Token[];
}

function entries(table: Record<string, Phrases>): Entry[] {
  return Object.entries(table).flatMap(([key, phrases]) =>
    (['en', 'cy'] as const).flatMap((lang) => phrases[lang].map((phrase) => ({ key, phrase, lang, tokens: tokens(phrase) }))),
  );
}

const TABLES: Record<LexiconCollection, Record<string, Phrases>> = { strategy: STRATEGY_PHRASES, sna: SNA_PHRASES, measures: MEASURE_PHRASES };
const LEXICON = Object.fromEntries(Object.entries(TABLES).map(([name, table]) => [name, entries(table)])) as Record<LexiconCollection, Entry[]>;

/** The requirement keys the lexicon knows for a collection. */
export function lexiconKeys(collection: LexiconCollection): string[] {
  return Object.keys(TABLES[collection]);
}

/** The phrases the lexicon holds for one key (for docs and `svd new`). */
export function phrasesFor(collection: LexiconCollection, key: string): Phrases | undefined {
  return TABLES[collection][key];
}

/** Parts of a document that are never a requirement, whatever they resemble ("Contents" is one slip from "context"). */
const NEVER = /^(contents|table of contents|foreword|appendix|appendices|annex|glossary|references|acknowledgements|cynnwys|rhagair|atodiad|atodiadau|geirfa|cyfeiriadau|cydnabyddiaeth)\b/;

/** The requirement a heading is about, if the lexicon recognises it. */
export function recognise(text: string, collection: LexiconCollection): Recognition | undefined {
  if (NEVER.test(normaliseHeading(text))) return undefined;
  const heading = tokens(text);
  let best: Recognition | undefined;
  for (const entry of LEXICON[collection]) {
    const score = similarity(heading, entry.tokens);
    if (score >= THRESHOLD && (!best || score > best.score)) best = { key: entry.key, score, phrase: entry.phrase, lang: entry.lang };
  }
  return best;
}

/**
 * Keys for a document's headings, each key given at most once: where two
 * headings look like the same requirement, the closer match keeps it (on a
 * tie, the earlier heading).
 */
export function assignKeys(headings: string[], collection: LexiconCollection): (Recognition | undefined)[] {
  const found = headings.map((text) => recognise(text, collection));
  const owner = new Map<string, number>();
  found.forEach((r, i) => {
    if (!r) return;
    const held = owner.get(r.key);
    if (held === undefined || found[held]!.score < r.score) owner.set(r.key, i);
  });
  return found.map((r, i) => (r && owner.get(r.key) === i ? r : undefined));
}

export interface Lookalike {
  heading: Heading;
  title: string;
  recognition: Recognition;
}

const cache = new WeakMap<Root, Map<LexiconCollection, Lookalike[]>>();

/** Unkeyed headings at the top of a document that the lexicon recognises, one per key. */
export function lookalikes(tree: Root, collection: LexiconCollection): Lookalike[] {
  let byCollection = cache.get(tree);
  if (!byCollection) cache.set(tree, (byCollection = new Map()));
  let found = byCollection.get(collection);
  if (!found) {
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && !headingKey(node));
    const titles = headings.map((h) => toString(h).trim());
    const keys = assignKeys(titles, collection);
    found = headings.flatMap((heading, i) => (keys[i] ? [{ heading, title: titles[i]!, recognition: keys[i]! }] : []));
    byCollection.set(collection, found);
  }
  return found;
}

/** The unkeyed heading that looks like requirement `key`, if there is one. */
export function lookalikeFor(tree: Root, collection: LexiconCollection, key: string): Lookalike | undefined {
  return lookalikes(tree, collection).find((l) => l.recognition.key === key);
}
