/**
 * The voices of communities and young people (paras 15, 149, 156).
 * Warning: strongly encouraged (para 156), not required by the Act.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/community-voices',
  collection: 'sna',
  key: 'community-voices',
  severity: 'warning',
  paragraph: '15, 149, 156',
  title: both('rules/sna:community-voices.title'),
  asks: both('rules/sna:community-voices.asks'),
});
