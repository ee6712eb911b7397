/**
 * Para 154m: actions by the whole partnership, by sector or partner, and across boundaries.
 * Error, statutory: the Duty is to prepare and implement a strategy for
 * preventing and reducing serious violence (para 41b), which "should comprise
 * a range of new and existing actions" (para 152). A strategy with no actions
 * is not a strategy the partners can implement.
 */
import { sectionRule } from '../section-rule.ts';
import { actions, atLeast, point } from '../rubric/points.ts';
import { LEAD, SECTORS } from '../rubric/terms.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/actions',
  collection: 'strategy',
  key: 'actions',
  severity: 'error',
  statutory: true,
  paragraph: '154m, 41b, 152',
  title: both('rules/strategy:actions.title'),
  asks: both('rules/strategy:actions.asks'),
  rubric: {
    minWords: 25,
    points: [
      point(
        {
          id: 'several',
          paragraph: '154m, 152',
          words: 'actions.several',
        },
        actions(3, LEAD),
      ),
      point(
        {
          id: 'leads',
          paragraph: '154m',
          words: 'actions.leads',
        },
        atLeast(2, SECTORS),
      ),
    ],
  },
});
