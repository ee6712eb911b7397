/**
 * Para 154j: commissioning services and links to funding.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/commissioning',
  collection: 'strategy',
  key: 'commissioning',
  severity: 'warning',
  paragraph: '154j',
  title: { en: "Commissioning and funding", cy: "Comisiynu a chyllid" },
  asks: {
    en: "how services are commissioned under the strategy and how this links to existing funding",
    cy: "sut y comisiynir gwasanaethau o dan y strategaeth a sut mae hyn yn cysylltu â'r cyllid presennol",
  },
});
