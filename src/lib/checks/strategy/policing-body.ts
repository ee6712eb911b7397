/**
 * Para 154i: roles of the local policing body, including funding.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/policing-body',
  collection: 'strategy',
  key: 'policing-body',
  severity: 'warning',
  paragraph: '154i',
  title: both('rules/strategy:policing-body.title'),
  asks: both('rules/strategy:policing-body.asks'),
});
