/**
 * What a summary of the Strategic Needs Assessment must say (paras 41a,
 * 146-147, 154l): the period its data covers, where the data came from,
 * the kinds of serious violence found and, so far as possible, their causes.
 */
import { kindsPoint } from './definition.ts';
import { aPeriod, atLeast, point, says } from './points.ts';
import type { Rubric, RubricPoint } from './rubric.ts';
import { CAUSES, DATA_SOURCES } from './terms.ts';

export const causesPoint: RubricPoint = point(
  {
    id: 'causes',
    paragraph: '41a, 146',
    words: 'sna.causes',
  },
  says(CAUSES),
);

export const SNA_SUMMARY_RUBRIC: Rubric = {
  minWords: 25,
  points: [
    point(
      {
        id: 'data-period',
        paragraph: '147, 154l',
        words: 'sna.data-period',
      },
      aPeriod,
    ),
    point(
      {
        id: 'sources',
        paragraph: '147',
        words: 'sna.sources',
      },
      atLeast(2, DATA_SOURCES),
    ),
    kindsPoint(2, '41a, 154l'),
    causesPoint,
  ],
};
