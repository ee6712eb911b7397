/**
 * Para 154k: independent scrutiny, including the crime and disorder committee.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/scrutiny',
  collection: 'strategy',
  key: 'scrutiny',
  severity: 'warning',
  paragraph: '154k',
  title: both('rules/strategy:scrutiny.title'),
  asks: both('rules/strategy:scrutiny.asks'),
});
