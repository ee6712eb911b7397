/**
 * Para 154h: links with safeguarding arrangements.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/safeguarding',
  collection: 'strategy',
  key: 'safeguarding',
  severity: 'warning',
  paragraph: '154h',
  title: both('rules/strategy:safeguarding.title'),
  asks: both('rules/strategy:safeguarding.asks'),
});
