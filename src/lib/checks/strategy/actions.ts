/**
 * Para 154m: actions by the whole partnership, by sector or partner, and across boundaries.
 * Error, statutory: the Duty is to prepare and implement a strategy for
 * preventing and reducing serious violence (para 41b), which "should comprise
 * a range of new and existing actions" (para 152). A strategy with no actions
 * is not a strategy the partners can implement.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/actions',
  collection: 'strategy',
  key: 'actions',
  severity: 'error',
  statutory: true,
  paragraph: '154m, 41b, 152',
  title: { en: "Actions", cy: "Camau gweithredu" },
  asks: {
    en: "the actions (including early intervention) the whole partnership, each sector or partner, and partners across boundaries will take, and how they add to existing work",
    cy: "y camau gweithredu (gan gynnwys ymyrraeth gynnar) y bydd y bartneriaeth gyfan, pob sector neu bartner, a phartneriaid ar draws ffiniau yn eu cymryd, a sut maen nhw'n ychwanegu at y gwaith presennol",
  },
});
