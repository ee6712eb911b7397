/**
 * The data sources used (para 147).
 * Warning: para 147 lists what the analysis should draw on; publishing the list
 * is good practice, not a legal requirement.
 */
import { sectionRule } from '../section-rule.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'sna/data-sources',
  collection: 'sna',
  key: 'data-sources',
  severity: 'warning',
  paragraph: '147',
  title: both('rules/sna:data-sources.title'),
  asks: both('rules/sna:data-sources.asks'),
});
