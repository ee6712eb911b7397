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

export default sectionRule({
  id: 'strategy/local-definition',
  collection: 'strategy',
  key: 'local-definition',
  severity: 'error',
  statutory: true,
  paragraph: '28-35',
  title: { en: "Local definition of serious violence", cy: "Diffiniad lleol o drais difrifol" },
  asks: {
    en: "the definition of serious violence the partners agreed, and how it takes account of the maximum penalty, the impact on victims, how common it is and its impact on the community",
    cy: "y diffiniad o drais difrifol y cytunodd y partneriaid arno, a sut mae'n ystyried y gosb uchaf, yr effaith ar ddioddefwyr, pa mor gyffredin ydyw a'i effaith ar y gymuned",
  },
  rubric: LOCAL_DEFINITION_RUBRIC,
});
