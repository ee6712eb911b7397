/**
 * Review remarks left in MDX comments ({/* ... *\/}) or HTML comments in
 * Markdown drafts. A comment is not shown on the page, so this is a warning,
 * not an error: but it is still in the source that is shared, committed and
 * sent on, and a remark like "is this the same boy as in para 3?" is exactly
 * what must not travel. Waivers and heading keys are not author comments.
 * (Identifiers inside comments are reported by their own detectors, as errors.)
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector } from './detector.ts';

export const meta: RuleMeta = {
  id: 'redaction/review-comment',
  severity: 'warning',
  paragraph: '41b',
};

const REMARK = /\?|(?<![\w.])@\p{L}|^\s*(?:\/\*|<!--)?\s*[A-Z]{2,3}\s*:|\b(?:todo|check|confirm|query|not sure|unsure|remove|delete|update|rewrite|reword|is this|are these|can we|should we|do we|need to|needs|please|fix|agree|approve|sign[- ]off|legal|comms|reviewer|review|comment|draft|gwirio|cadarnhau|dileu|diweddaru|ailysgrifennu|a allwn|a ddylem|oes angen|angen|plis|os gwelwch yn dda|cytuno|cymeradwyo|adolygu|sylw|drafft)\b/iu;

export const reviewComment = detector(meta, ({ segments, emit }) => {
  for (const segment of segments) {
    if (segment.kind !== 'comment') continue;
    const body = segment.text.replace(/^\s*(?:\/\*|<!--)|(?:\*\/|-->)\s*$/g, '');
    if (REMARK.test(body) || REMARK.test(segment.text)) {
      const lead = segment.text.length - segment.text.trimStart().length;
      emit(segment, lead, segment.text.length, { found: body.trim().slice(0, 60) });
    }
  }
});
