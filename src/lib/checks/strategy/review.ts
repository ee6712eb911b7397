/**
 * Review arrangements (paras 41c, 153).
 * Error, statutory: the Act requires the strategy to be kept under review and
 * revised from time to time (paras 41c, 153). The date itself is checked by
 * dates/next-review-missing and dates/review-interval.
 */
import { sectionRule } from '../section-rule.ts';
import { aDate, inOneSentence, point, says } from '../rubric/points.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/review',
  collection: 'strategy',
  key: 'review',
  severity: 'error',
  statutory: true,
  paragraph: '41c, 153',
  title: both('rules/strategy:review.title'),
  asks: both('rules/strategy:review.asks'),
  rubric: {
    minWords: 12,
    points: [
      point(
        {
          id: 'how-often',
          paragraph: '41c, 153',
          words: 'review.how-often',
        },
        says({
          en: ['annual\\w*', 'every (?:year|twelve months|12 months|six months|6 months|quarter|two years|2 years)', 'each year', 'once a year', 'twice a year', 'yearly', 'quarterly', '(?:once|twice) (?:per|each|every) year'],
          cy: ['blynyddol', 'yn flynyddol', 'bob blwyddyn', 'pob blwyddyn', 'unwaith y flwyddyn', 'ddwywaith y flwyddyn', 'bob (?:chwe|deuddeg|12|6) mis', 'bob chwarter', 'chwarterol', 'bob dwy flynedd'],
        }),
      ),
      point(
        {
          id: 'who',
          paragraph: '153',
          words: 'review.who',
        },
        inOneSentence(
          {
            en: ['board', 'partnership', 'group', 'committee', 'panel', 'specified authorities', 'partners', 'commissioner', 'executive', 'we'],
            cy: ['bwrdd', 'partneriaeth', 'grwp', 'pwyllgor', 'panel', 'awdurdodau penodedig', 'partneriaid', 'comisiynydd', 'gweithrediaeth', 'byddwn', 'rydym'],
          },
          {
            en: ['review\\w*', 'agree\\w*', 'approv\\w*', 'sign\\w* off', 'oversee\\w*', 'refresh\\w*', 'revis\\w*'],
            cy: ['adolyg\\w*', 'cytun\\w*', 'cymeradwy\\w*', 'goruchwyl\\w*', 'diwygio', 'adnewyddu'],
          },
        ),
      ),
      point(
        {
          id: 'date',
          paragraph: '41c, 153',
          words: 'review.date',
        },
        aDate,
      ),
    ],
  },
});
