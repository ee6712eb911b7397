/**
 * Language checks: how readable the young people's summary is, and
 * victim-blaming words anywhere. All are warnings: they guide the writer,
 * they never stop publication (a partnership may raise them in
 * `checks.errors`).
 */
import type { DocumentRule } from '../engine/types.ts';
import { hardSentence, readingEase, welshPlainness, welshSentenceLength } from './readability.ts';
import { victimBlaming } from './victim-blaming.ts';

export const languageChecks: DocumentRule[] = [readingEase, hardSentence, welshPlainness, welshSentenceLength, victimBlaming];
