/**
 * Para 154a: the arrangements used to deliver the Duty and any named co-ordinator.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/delivery-arrangements',
  collection: 'strategy',
  key: 'delivery-arrangements',
  severity: 'warning',
  paragraph: '154a',
  title: { en: "How we deliver the Duty", cy: "Sut rydym yn cyflawni'r Ddyletswydd" },
  asks: {
    en: "the arrangements the partners use to deliver the Duty, and whether there is a named co-ordinator",
    cy: "y trefniadau y mae'r partneriaid yn eu defnyddio i gyflawni'r Ddyletswydd, ac a oes cydlynydd wedi'i enwi",
  },
});
