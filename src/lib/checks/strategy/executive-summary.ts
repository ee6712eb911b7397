/**
 * Para 154n: an executive summary of the strategy.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/executive-summary',
  collection: 'strategy',
  key: 'executive-summary',
  severity: 'warning',
  paragraph: '154n',
  title: { en: "Executive summary", cy: "Crynodeb gweithredol" },
  asks: {
    en: "a short summary of the whole strategy: the main problems, the priorities and the actions",
    cy: "grynodeb byr o'r strategaeth gyfan: y prif broblemau, y blaenoriaethau a'r camau gweithredu",
  },
});
