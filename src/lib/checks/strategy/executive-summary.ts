/**
 * Para 154n: an executive summary of the strategy.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/executive-summary',
  collection: 'strategy',
  key: 'executive-summary',
  severity: 'warning',
  paragraph: '154n',
  title: both('rules/strategy:executive-summary.title'),
  asks: both('rules/strategy:executive-summary.asks'),
});
