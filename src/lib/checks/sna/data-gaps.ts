/**
 * Data and intelligence gaps (para 149: the SNA "may also identify" them).
 * Warning: optional in the guidance's own words.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/data-gaps',
  collection: 'sna',
  key: 'data-gaps',
  severity: 'warning',
  paragraph: '149',
  title: both('rules/sna:data-gaps.title'),
  asks: both('rules/sna:data-gaps.asks'),
});
