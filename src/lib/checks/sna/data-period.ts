/**
 * The period the data covers and when the SNA was produced (paras 147-151).
 * Warning: a reader needs it to judge how current the evidence is, but the
 * guidance does not require it.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/data-period',
  collection: 'sna',
  key: 'data-period',
  severity: 'warning',
  paragraph: '147-151',
  title: both('rules/sna:data-period.title'),
  asks: both('rules/sna:data-period.asks'),
});
