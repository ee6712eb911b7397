/**
 * Data and intelligence gaps (para 149: the SNA "may also identify" them).
 * Warning: optional in the guidance's own words.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'sna/data-gaps',
  collection: 'sna',
  key: 'data-gaps',
  severity: 'warning',
  paragraph: '149',
  title: { en: "Gaps in data and intelligence", cy: "Bylchau mewn data a gwybodaeth" },
  asks: {
    en: "what the partners do not yet know, and how they will fill the gaps",
    cy: "beth nad yw'r partneriaid yn ei wybod eto, a sut y byddant yn llenwi'r bylchau",
  },
});
