/**
 * The data sources used (para 147).
 * Warning: para 147 lists what the analysis should draw on; publishing the list
 * is good practice, not a legal requirement.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'sna/data-sources',
  collection: 'sna',
  key: 'data-sources',
  severity: 'warning',
  paragraph: '147',
  title: { en: "Data sources", cy: "Ffynonellau data" },
  asks: {
    en: "which data the partners used (police, health, education, probation, youth justice and so on)",
    cy: "pa ddata a ddefnyddiodd y partneriaid (yr heddlu, iechyd, addysg, y gwasanaeth prawf, cyfiawnder ieuenctid ac ati)",
  },
});
