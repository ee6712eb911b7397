/**
 * Para 154d: who the partnership works with, why and how.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/partners',
  collection: 'strategy',
  key: 'partners',
  severity: 'warning',
  paragraph: '154d',
  title: { en: "Who we work with", cy: "Gyda phwy rydym yn gweithio" },
  asks: {
    en: "who the partnership works with (voluntary and community groups, young people, communities), why you chose them, and how you work together",
    cy: "gyda phwy mae'r bartneriaeth yn gweithio (grwpiau gwirfoddol a chymunedol, pobl ifanc, cymunedau), pam y gwnaethoch eu dewis, a sut rydych yn cydweithio",
  },
});
