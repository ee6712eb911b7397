/**
 * Review arrangements (paras 41c, 153).
 * Error, statutory: the Act requires the strategy to be kept under review and
 * revised from time to time (paras 41c, 153). The date itself is checked by
 * dates/next-review-missing and dates/review-interval.
 */
import { sectionRule } from '../section-rule.ts';
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
});
