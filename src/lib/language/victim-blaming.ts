/**
 * Victim-blaming words, in every document and both languages, as warnings:
 * the words are sometimes quoted on purpose (to explain why a partnership no
 * longer uses them), so the author decides, and can waive the finding.
 */
import type { DocumentRule } from '../engine/types.ts';
import { findBlaming } from './lexicon.ts';
import { placeOf, proseOf } from './text.ts';

export const victimBlaming: DocumentRule = {
  meta: {
    id: 'language/victim-blaming',
    severity: 'warning',
    paragraph: '218, 220; safeguarding procedure s.2',
  },
  scan(tree, file, document, _project, report) {
    // Headings and table cells are read too: a blaming heading is the first thing people see.
    const prose = proseOf(tree, file, ['paragraph', 'heading', 'tableCell']);
    for (const match of findBlaming(prose.text, document.lang)) {
      report(file, placeOf(prose, file, match.start, match.end), victimBlaming.meta, {
        phrase: match.phrase,
        instead: match.entry.instead,
        whyEn: match.entry.why.en,
        whyCy: match.entry.why.cy,
      });
    }
  },
};
