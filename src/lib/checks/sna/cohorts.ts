/**
 * The cohorts most affected or at risk (paras 15, 146-147).
 * Warning: the guidance says the SNA "should" identify them, but the Act does
 * not require the summary to publish them.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'sna/cohorts',
  collection: 'sna',
  key: 'cohorts',
  severity: 'warning',
  paragraph: '15, 146-147',
  title: { en: "People most affected", cy: "Y bobl yr effeithir arnynt fwyaf" },
  asks: {
    en: "which groups of people are most affected by, or most at risk of, serious violence, described without identifying anyone",
    cy: "pa grwpiau o bobl yr effeithir arnynt fwyaf gan drais difrifol, neu sydd fwyaf mewn perygl ohono, heb adnabod neb",
  },
});
