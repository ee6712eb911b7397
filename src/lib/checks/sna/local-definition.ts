/**
 * The local definition of serious violence the SNA used (paras 28-35).
 * Error, statutory: the definition decides which violence was counted (s.13(6),
 * para 29), and para 151 only lets an SNA serve the Duty if it uses the
 * definition the partners agreed.
 */
import { sectionRule } from '../section-rule.ts';
import { kindsPoint } from '../rubric/definition.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/local-definition',
  collection: 'sna',
  key: 'local-definition',
  severity: 'error',
  statutory: true,
  paragraph: '28-35',
  title: both('rules/sna:local-definition.title'),
  asks: both('rules/sna:local-definition.asks'),
  rubric: { minWords: 12, points: [kindsPoint(2, '28-31')] },
});
