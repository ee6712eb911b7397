/**
 * The causes of serious violence (paras 41a, 146).
 * Error, statutory: the Duty requires the partners to identify the causes "so
 * far as it is possible to do so" (paras 13, 41a). If little is known, the
 * section should say so; it cannot be left out.
 */
import { sectionRule } from '../section-rule.ts';
import { causesPoint } from '../rubric/sna.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/drivers',
  collection: 'sna',
  key: 'drivers',
  severity: 'error',
  statutory: true,
  paragraph: '41a, 146',
  title: both('rules/sna:drivers.title'),
  asks: both('rules/sna:drivers.asks'),
  rubric: { minWords: 12, points: [causesPoint] },
});
