/**
 * Para 154j: commissioning services and links to funding.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/commissioning',
  collection: 'strategy',
  key: 'commissioning',
  severity: 'warning',
  paragraph: '154j',
  title: both('rules/strategy:commissioning.title'),
  asks: both('rules/strategy:commissioning.asks'),
});
