/**
 * Para 154b: governance, meetings, monitoring, and the process and dates for review.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 * The legal part of 154b, keeping the strategy under review, is strategy/review (an error).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/governance',
  collection: 'strategy',
  key: 'governance',
  severity: 'warning',
  paragraph: '154b',
  title: { en: "Governance", cy: "Llywodraethu" },
  asks: {
    en: "how the partnership meets the law, how often it meets, how it monitors progress, and the process and dates for review",
    cy: "sut mae'r bartneriaeth yn bodloni'r gyfraith, pa mor aml mae'n cyfarfod, sut mae'n monitro cynnydd, a'r broses a'r dyddiadau adolygu",
  },
});
