/**
 * Para 154a: the arrangements used to deliver the Duty and any named co-ordinator.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/delivery-arrangements',
  collection: 'strategy',
  key: 'delivery-arrangements',
  severity: 'warning',
  paragraph: '154a',
  title: both('rules/strategy:delivery-arrangements.title'),
  asks: both('rules/strategy:delivery-arrangements.asks'),
});
