/**
 * Para 154m: actions by the whole partnership, by sector or partner, and across boundaries.
 * Error, statutory: the Duty is to prepare and implement a strategy for
 * preventing and reducing serious violence (para 41b), which "should comprise
 * a range of new and existing actions" (para 152). A strategy with no actions
 * is not a strategy the partners can implement.
 */
import { sectionRule } from '../section-rule.ts';
import { actions, atLeast, point } from '../rubric/points.ts';
import { LEAD, SECTORS } from '../rubric/terms.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/actions',
  collection: 'strategy',
  key: 'actions',
  severity: 'error',
  statutory: true,
  paragraph: '154m, 41b, 152',
  title: both('rules/strategy:actions.title'),
  asks: both('rules/strategy:actions.asks'),
  rubric: {
    minWords: 25,
    points: [
      point(
        {
          id: 'several',
          paragraph: '154m, 152',
          needs: { en: 'set out several actions (at least three, as a list, a table or sentences saying what will be done)', cy: "nodi sawl cam gweithredu (o leiaf tri, fel rhestr, tabl neu frawddegau sy'n dweud beth fydd yn cael ei wneud)" },
          hint: { en: 'list the actions one by one, each saying what will be done', cy: "rhestrwch y camau gweithredu un wrth un, pob un yn dweud beth fydd yn cael ei wneud" },
        },
        actions(3, LEAD),
      ),
      point(
        {
          id: 'leads',
          paragraph: '154m',
          needs: { en: 'say which partner or sector leads the actions (at least two named, such as the police, the council, health, probation or youth justice)', cy: "dweud pa bartner neu sector sy'n arwain y camau gweithredu (o leiaf ddau wedi'u henwi, fel yr heddlu, y cyngor, iechyd, y gwasanaeth prawf neu gyfiawnder ieuenctid)" },
          hint: { en: 'for each action, name the partner or sector that leads it, for example "Gwent Police will..." or a "Lead" column in a table', cy: "ar gyfer pob cam gweithredu, enwch y partner neu'r sector sy'n ei arwain, er enghraifft \"Bydd Heddlu Gwent yn...\" neu golofn \"Arweinydd\" mewn tabl" },
        },
        atLeast(2, SECTORS),
      ),
    ],
  },
});
