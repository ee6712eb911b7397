/**
 * The local definition of serious violence (paras 28-35).
 * Error, statutory: the Act leaves "serious violence" undefined and requires the
 * specified authorities to decide what it means locally, taking into account
 * the factors in section 13(6) (para 29). Every other part of the strategy is
 * read against this definition, so a strategy without it cannot show it meets
 * the Duty.
 */
import { sectionRule } from '../section-rule.ts';
import { LOCAL_DEFINITION_RUBRIC } from '../rubric/definition.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/local-definition',
  collection: 'strategy',
  key: 'local-definition',
  severity: 'error',
  statutory: true,
  paragraph: '28-35',
  title: both('rules/strategy:local-definition.title'),
  asks: both('rules/strategy:local-definition.asks'),
  rubric: LOCAL_DEFINITION_RUBRIC,
});
