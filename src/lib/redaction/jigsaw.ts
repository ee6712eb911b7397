/**
 * Jigsaw identification: a sentence that names nobody but combines an exact
 * age or school year, a small place (an estate, a street, a school, a care
 * home, a youth club, a ward), a specific time (a month, a date, a day) and
 * a distinctive event (stabbed, assaulted, excluded, arrested). "A
 * 15-year-old boy from the White City estate was stabbed outside the youth
 * club last March" identifies him to anyone local: the ICO's motivated
 * intruder test asks whether a reasonably competent person with local
 * knowledge, the internet and the local paper could work out who it is.
 *
 * The more pieces a sentence about one person combines, the surer the
 * identification: an event with two or more of age, place and time is an
 * error; an event with a small place or a specific time is a warning; an
 * event with an age alone says too little to find. Sentences that name the
 * person are the person rule's, and counts of several people the
 * small-number rule's.
 */
import type { Localised, RuleMeta } from '../engine/types.ts';
import { joinList, phrase } from './phrases.ts';
import { detector } from './detector.ts';
import { eachLetterRun, gate, opens } from './gates.ts';
import { EVENT, EVENT_WORDS, onePerson, SCHOOL_YEAR, smallPlace, specificTime } from './jigsaw-words.ts';
import { namesIn } from './person.ts';
import { institutions } from './place.ts';
import { sentences } from './sentences.ts';
import { AGE } from './words.ts';

export const meta: RuleMeta = {
  id: 'redaction/jigsaw',
  severity: 'error',
  paragraph: '41b, 173; ICO anonymisation guidance (motivated intruder test)',
};

type Piece = 'age' | 'place' | 'time';
const WORDS: Record<Piece | 'event', Localised> = {
  age: phrase('jigsaw.age'),
  place: phrase('jigsaw.place'),
  time: phrase('jigsaw.time'),
  event: phrase('jigsaw.event'),
};
const AND = phrase('jigsaw.and');

const KINDS = new Set(['prose', 'heading', 'alt', 'comment', 'frontmatter']);
const EVENT_GATE = gate(EVENT_WORDS);
const EVENT_SET = new Set(EVENT_WORDS);
/**
 * Where the event words of a segment are, in one pass over its lower-case
 * text: the paragraph had an event word, but most of its sentences do not,
 * and a sentence without one is skipped before the event pattern runs.
 */
function eventWordsAt(lower: string): number[] {
  const at: number[] = [];
  eachLetterRun(lower, (start, end) => {
    if (EVENT_SET.has(lower.slice(start, end))) at.push(start);
  });
  return at;
}

export const jigsaw = detector(meta, ({ segments, settings, lang, emit }) => {
  for (const segment of segments) {
    if (!KINDS.has(segment.kind) || !opens(segment, EVENT_GATE)) continue;
    // Lower-casing can change the length (a dotted capital I): then positions do not line up, and every sentence is tested.
    const events = segment.lower.length === segment.text.length ? eventWordsAt(segment.lower) : undefined;
    if (events?.length === 0) continue;
    for (const sentence of sentences(segment)) {
      const text = sentence.text;
      if (events && !events.some((at) => at >= sentence.start && at < sentence.end)) continue;
      if (!EVENT.test(text)) continue;
      const ages: number[] = [];
      AGE.lastIndex = 0;
      for (let m = AGE.exec(text); m; m = AGE.exec(text)) ages.push(m.index);
      const year = SCHOOL_YEAR.exec(text);
      if (year) ages.push(year.index);
      const pieces: Piece[] = [];
      if (ages.length) pieces.push('age');
      if (smallPlace(text)) pieces.push('place');
      if (specificTime(text)) pieces.push('time');
      if (pieces.length === 0 || (pieces.length === 1 && pieces[0] === 'age')) continue;
      if (!onePerson(text, ages)) continue;
      // An event at a named place alone is the place rule's finding; with more pieces both apply
      // (naming the school is one problem, the age and the month another).
      if (pieces.length === 1 && pieces[0] === 'place' && institutions(text).length > 0) continue;
      // A sentence that names the person is already the person rule's finding.
      if (namesIn(segment, settings, lang === 'cy').some((n) => n.from >= sentence.start && n.from < sentence.end)) continue;
      const all = [...pieces, 'event' as const];
      emit(segment, sentence.start, sentence.end, { what: joinList(all.map((p) => WORDS[p]), AND), pieces: all.length }, pieces.length >= 2 ? 'error' : 'warning');
    }
  }
});
