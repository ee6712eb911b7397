/**
 * Para 154e: consultation arrangements with young people and communities.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 * Para 156 "strongly encourages" this consultation; it is still not a legal
 * requirement, unlike consulting education, prison and youth custody authorities.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/consultation',
  collection: 'strategy',
  key: 'consultation',
  severity: 'warning',
  paragraph: '154e',
  title: both('rules/strategy:consultation.title'),
  asks: both('rules/strategy:consultation.asks'),
});
