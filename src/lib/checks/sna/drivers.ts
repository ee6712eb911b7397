/**
 * The causes of serious violence (paras 41a, 146).
 * Error, statutory: the Duty requires the partners to identify the causes "so
 * far as it is possible to do so" (paras 13, 41a). If little is known, the
 * section should say so; it cannot be left out.
 */
import { sectionRule } from '../section-rule.ts';
import { causesPoint } from '../rubric/sna.ts';

export default sectionRule({
  id: 'sna/drivers',
  collection: 'sna',
  key: 'drivers',
  severity: 'error',
  statutory: true,
  paragraph: '41a, 146',
  title: { en: "Causes and drivers", cy: "Achosion a sbardunau" },
  asks: {
    en: "what causes serious violence in the area, so far as the partners can tell",
    cy: "beth sy'n achosi trais difrifol yn yr ardal, hyd y gall y partneriaid ddweud",
  },
  rubric: { minWords: 12, points: [causesPoint] },
});
