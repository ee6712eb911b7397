/**
 * The kinds of serious violence in the area (para 41a).
 * Error, statutory: identifying the kinds of serious violence that occur in the
 * area is one of the things the Duty itself requires (paras 13, 41a, 146).
 */
import { sectionRule } from '../section-rule.ts';
import { kindsPoint } from '../rubric/definition.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/violence-types',
  collection: 'sna',
  key: 'violence-types',
  severity: 'error',
  statutory: true,
  paragraph: '13, 41a',
  title: both('rules/sna:violence-types.title'),
  asks: both('rules/sna:violence-types.asks'),
  rubric: { minWords: 15, points: [kindsPoint(3, '13, 41a')] },
});
