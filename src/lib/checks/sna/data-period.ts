/**
 * The period the data covers and when the SNA was produced (paras 147-151).
 * Warning: a reader needs it to judge how current the evidence is, but the
 * guidance does not require it.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'sna/data-period',
  collection: 'sna',
  key: 'data-period',
  severity: 'warning',
  paragraph: '147-151',
  title: { en: "The period the data covers", cy: "Y cyfnod y mae'r data'n ei gwmpasu" },
  asks: {
    en: "the period the data covers and when the assessment was produced",
    cy: "y cyfnod y mae'r data'n ei gwmpasu a phryd y lluniwyd yr asesiad",
  },
});
