/**
 * Para 154c: the framework for gathering and analysing data.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/data-framework',
  collection: 'strategy',
  key: 'data-framework',
  severity: 'warning',
  paragraph: '154c',
  title: both('rules/strategy:data-framework.title'),
  asks: both('rules/strategy:data-framework.asks'),
});
