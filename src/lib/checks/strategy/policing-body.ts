/**
 * Para 154i: roles of the local policing body, including funding.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/policing-body',
  collection: 'strategy',
  key: 'policing-body',
  severity: 'warning',
  paragraph: '154i',
  title: { en: "Role of the Police and Crime Commissioner", cy: "Rôl y Comisiynydd Heddlu a Throseddu" },
  asks: {
    en: "what the local policing body (usually the Police and Crime Commissioner) does, including how it allocates funding",
    cy: "beth mae'r corff plismona lleol (y Comisiynydd Heddlu a Throseddu fel arfer) yn ei wneud, gan gynnwys sut mae'n dyrannu cyllid",
  },
});
