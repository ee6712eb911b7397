/**
 * Para 154d: who the partnership works with, why and how.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/partners',
  collection: 'strategy',
  key: 'partners',
  severity: 'warning',
  paragraph: '154d',
  title: both('rules/strategy:partners.title'),
  asks: both('rules/strategy:partners.asks'),
});
