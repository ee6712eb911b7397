/**
 * Para 154l: a high-level, non-sensitive summary of the SNA.
 * Error, statutory, although 154l is in the "could usefully include" list: the
 * Duty requires the partnership to identify the kinds of serious violence in
 * the area and, so far as possible, their causes (paras 13, 41a), and the
 * strategy must be prepared following that identification (para 152). Without
 * the summary the published strategy cannot show what it responds to.
 */
import { sectionRule } from '../section-rule.ts';
import { SNA_SUMMARY_RUBRIC } from '../rubric/sna.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/sna-summary',
  collection: 'strategy',
  key: 'sna-summary',
  severity: 'error',
  statutory: true,
  paragraph: '154l, 41a, 152',
  title: both('rules/strategy:sna-summary.title'),
  asks: both('rules/strategy:sna-summary.asks'),
  rubric: SNA_SUMMARY_RUBRIC,
});
