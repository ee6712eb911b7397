/**
 * Para 154g: how engagement with education, prisons and youth custody is managed.
 * Error, statutory, although 154g is in the "could usefully include" list: the
 * Duty itself requires the specified authorities to consult educational,
 * prison and youth custody authorities in preparing the strategy (paras 13,
 * 25-27; para 293 "must consult"). The published strategy is where a reader,
 * the Home Office or Welsh Ministers can see that it was done.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/education-prisons',
  collection: 'strategy',
  key: 'education-prisons',
  severity: 'error',
  statutory: true,
  paragraph: '154g, 13, 25-27, 293',
  title: both('rules/strategy:education-prisons.title'),
  asks: both('rules/strategy:education-prisons.asks'),
});
