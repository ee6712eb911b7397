/**
 * Where violence concentrates (para 146: priority locations).
 * Warning: useful context, not a requirement of the Act; and the level of
 * detail must stay non-identifying (para 41b).
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'sna/places',
  collection: 'sna',
  key: 'places',
  severity: 'warning',
  paragraph: '146',
  title: { en: "Where violence happens", cy: "Ble mae trais yn digwydd" },
  asks: {
    en: "where serious violence is concentrated, at a level that identifies no street, school or address",
    cy: "ble mae trais difrifol wedi'i grynhoi, ar lefel nad yw'n adnabod unrhyw stryd, ysgol na chyfeiriad",
  },
});
