/**
 * Para 154f: geographical boundaries and links to the Crime and Disorder Act.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/geography',
  collection: 'strategy',
  key: 'geography',
  severity: 'warning',
  paragraph: '154f',
  title: { en: "The area we cover", cy: "Yr ardal rydym yn ei chwmpasu" },
  asks: {
    en: "which local government areas the strategy covers and how this links to the Crime and Disorder Act arrangements",
    cy: "pa ardaloedd llywodraeth leol y mae'r strategaeth yn eu cwmpasu a sut mae hyn yn cysylltu â threfniadau Deddf Trosedd ac Anhrefn 1998",
  },
});
