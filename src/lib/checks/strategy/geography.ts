/**
 * Para 154f: geographical boundaries and links to the Crime and Disorder Act.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/geography',
  collection: 'strategy',
  key: 'geography',
  severity: 'warning',
  paragraph: '154f',
  title: both('rules/strategy:geography.title'),
  asks: both('rules/strategy:geography.asks'),
});
