/**
 * The cohorts most affected or at risk (paras 15, 146-147).
 * Warning: the guidance says the SNA "should" identify them, but the Act does
 * not require the summary to publish them.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/cohorts',
  collection: 'sna',
  key: 'cohorts',
  severity: 'warning',
  paragraph: '15, 146-147',
  title: both('rules/sna:cohorts.title'),
  asks: both('rules/sna:cohorts.asks'),
});
