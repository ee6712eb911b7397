/**
 * Review arrangements (paras 41c, 153).
 * Error, statutory: the Act requires the strategy to be kept under review and
 * revised from time to time (paras 41c, 153). The date itself is checked by
 * dates/next-review-missing and dates/review-interval.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/review',
  collection: 'strategy',
  key: 'review',
  severity: 'error',
  statutory: true,
  paragraph: '41c, 153',
  title: { en: "Review", cy: "Adolygu" },
  asks: {
    en: "how and when the partners will review the strategy (at least once a year) and the date of the next review",
    cy: "sut a phryd y bydd y partneriaid yn adolygu'r strategaeth (o leiaf unwaith y flwyddyn) a dyddiad yr adolygiad nesaf",
  },
});
