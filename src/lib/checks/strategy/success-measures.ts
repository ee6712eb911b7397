/**
 * Success measures (paras 309-311).
 * Warning: the national measures are how the Home Office monitors the Duty
 * ("we expect", para 309) and local measures are encouraged (para 311), but
 * neither is in the Act. strategy/national-measures and strategy/local-measure
 * look inside the section.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/success-measures',
  collection: 'strategy',
  key: 'success-measures',
  severity: 'warning',
  paragraph: '309-311',
  title: { en: "Success measures", cy: "Mesurau llwyddiant" },
  asks: {
    en: "how you will measure success: the three national measures and at least one local measure, each as a ### sub-heading",
    cy: "sut y byddwch yn mesur llwyddiant: y tri mesur cenedlaethol ac o leiaf un mesur lleol, pob un fel is-bennawd ###",
  },
});
