/**
 * The local definition of serious violence the SNA used (paras 28-35).
 * Error, statutory: the definition decides which violence was counted (s.13(6),
 * para 29), and para 151 only lets an SNA serve the Duty if it uses the
 * definition the partners agreed.
 */
import { sectionRule } from '../section-rule.ts';
import { kindsPoint } from '../rubric/definition.ts';

export default sectionRule({
  id: 'sna/local-definition',
  collection: 'sna',
  key: 'local-definition',
  severity: 'error',
  statutory: true,
  paragraph: '28-35',
  title: { en: "Local definition of serious violence", cy: "Diffiniad lleol o drais difrifol" },
  asks: {
    en: "the definition of serious violence used in the assessment (the same one as the strategy)",
    cy: "y diffiniad o drais difrifol a ddefnyddiwyd yn yr asesiad (yr un un â'r strategaeth)",
  },
  rubric: { minWords: 12, points: [kindsPoint(2, '28-31')] },
});
