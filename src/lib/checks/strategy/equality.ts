/**
 * Equality Act 2010 considerations (paras 157-158, 163).
 * Error, statutory: specified authorities "must comply with the requirements of
 * the Equality Act 2010" in developing (para 157) and publishing (para 163)
 * the strategy. Due regard that is not written down cannot be shown, so the
 * published strategy has to say how it was had.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/equality',
  collection: 'strategy',
  key: 'equality',
  severity: 'error',
  statutory: true,
  paragraph: '157-158, 163',
  title: both('rules/strategy:equality.title'),
  asks: both('rules/strategy:equality.asks'),
});
