/**
 * Equality Act 2010 considerations (paras 157-158, 163).
 * Error, statutory: specified authorities "must comply with the requirements of
 * the Equality Act 2010" in developing (para 157) and publishing (para 163)
 * the strategy. Due regard that is not written down cannot be shown, so the
 * published strategy has to say how it was had.
 */
import { sectionRule } from '../section-rule.ts';
import { point, says, anyOf, atLeast } from '../rubric/points.ts';
import { CHARACTERISTICS } from '../rubric/terms.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/equality',
  collection: 'strategy',
  key: 'equality',
  severity: 'error',
  statutory: true,
  paragraph: '157-158, 163',
  title: both('rules/strategy:equality.title'),
  asks: both('rules/strategy:equality.asks'),
  rubric: {
    minWords: 15,
    points: [
      point(
        {
          id: 'act',
          paragraph: '157, 163',
          words: 'equality.act',
        },
        says({
          en: ['equality act(?: 2010)?', 'public sector equality duty', 'psed', 'general equality duty'],
          cy: ['deddf cydraddoldeb(?: 2010)?', 'dyletswydd cydraddoldeb y sector cyhoeddus', 'dyletswydd cydraddoldeb gyffredinol', 'dyletswydd cydraddoldeb'],
        }),
      ),
      point(
        {
          id: 'people',
          paragraph: '157-158',
          words: 'equality.people',
        },
        anyOf(
          says({
            en: ['protected characteristics?', 'equality (?:and )?(?:impact|analysis|screening)(?: assessments?)?', 'eqias?', 'eias?', 'equality analys[ie]s'],
            cy: ['nodwedd\\w* (?:g|)warchodedig', 'asesiad\\w* (?:o\'r )?effaith (?:ar )?(?:c|g)ydraddoldeb', 'asesiad\\w* effaith cydraddoldeb', 'asesiad\\w* effaith integredig', 'dadansoddiad cydraddoldeb'],
          }),
          atLeast(3, CHARACTERISTICS),
        ),
      ),
      point(
        {
          id: 'action',
          paragraph: '157-158, 163',
          words: 'equality.action',
        },
        says({
          en: ['monitor\\w*', 'mitigat\\w*', 'address\\w*', 'ensur\\w*', 'make sure', 'tackl\\w*', 'reduc\\w*', 'adapt\\w*', 'tailor\\w*', 'accessible', 'action plan', 'take (?:steps|action)', 'we will', 'will be', 'review\\w* (?:the )?(?:impact|effect)', 'report on', 'we do this', 'undertak\\w*'],
          cy: ['monitro', 'lliniaru', "mynd i'r afael", 'sicrhau', 'gwneud yn siwr', 'lleihau', 'addasu', 'teilwra', 'hygyrch', 'cynllun gweithredu', 'cymryd camau', 'byddwn', 'bydd', 'adrodd ar'],
        }),
      ),
    ],
  },
});
