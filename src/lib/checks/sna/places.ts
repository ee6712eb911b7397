/**
 * Where violence concentrates (para 146: priority locations).
 * Warning: useful context, not a requirement of the Act; and the level of
 * detail must stay non-identifying (para 41b).
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/places',
  collection: 'sna',
  key: 'places',
  severity: 'warning',
  paragraph: '146',
  title: both('rules/sna:places.title'),
  asks: both('rules/sna:places.asks'),
});
