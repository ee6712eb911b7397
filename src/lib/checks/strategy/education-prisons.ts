/**
 * Para 154g: how engagement with education, prisons and youth custody is managed.
 * Error, statutory, although 154g is in the "could usefully include" list: the
 * Duty itself requires the specified authorities to consult educational,
 * prison and youth custody authorities in preparing the strategy (paras 13,
 * 25-27; para 293 "must consult"). The published strategy is where a reader,
 * the Home Office or Welsh Ministers can see that it was done.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/education-prisons',
  collection: 'strategy',
  key: 'education-prisons',
  severity: 'error',
  statutory: true,
  paragraph: '154g, 13, 25-27, 293',
  title: { en: "Consulting education, prison and youth custody authorities", cy: "Ymgynghori ag awdurdodau addysgol, carchardai a dalfa ieuenctid" },
  asks: {
    en: "how you consulted the educational, prison and youth custody authorities in the area while preparing this strategy, and how you keep them involved",
    cy: "sut y gwnaethoch ymgynghori ag awdurdodau addysgol, carchardai a dalfa ieuenctid yr ardal wrth baratoi'r strategaeth hon, a sut rydych yn eu cadw'n rhan o'r gwaith",
  },
});
