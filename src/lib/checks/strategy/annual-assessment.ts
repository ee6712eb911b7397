/**
 * Para 154o: the annual assessment of performance against the previous year's
 * strategy, "where applicable": from the second edition (frontmatter
 * `edition: 2` or later). The first strategy has no previous year.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/annual-assessment',
  collection: 'strategy',
  key: 'annual-assessment',
  severity: 'warning',
  paragraph: '154o',
  title: both('rules/strategy:annual-assessment.title'),
  asks: both('rules/strategy:annual-assessment.asks'),
  // The annual assessment is expected from the second strategy onward.
  appliesTo: (document) => (document.data?.edition ?? 1) >= 2,
});
