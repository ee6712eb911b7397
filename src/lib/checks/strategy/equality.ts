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
          needs: { en: 'name the Equality Act 2010 (or the Public Sector Equality Duty under it)', cy: "enwi Deddf Cydraddoldeb 2010 (na Dyletswydd Cydraddoldeb y Sector Cyhoeddus o dan y Ddeddf)" },
          hint: { en: 'say that the partners must comply with the Equality Act 2010 and how they had due regard to it in making the strategy', cy: "dywedwch fod yn rhaid i'r partneriaid gydymffurfio â Deddf Cydraddoldeb 2010 a sut y rhoesant sylw dyledus iddi wrth lunio'r strategaeth" },
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
          needs: { en: 'say which people the strategy affects: people with protected characteristics, or what an equality impact assessment found', cy: "dweud pa bobl y mae'r strategaeth yn effeithio arnynt: pobl â nodweddion gwarchodedig, neu beth a ganfu asesiad o'r effaith ar gydraddoldeb" },
          hint: { en: 'name the protected characteristics the strategy affects, or say what your equality impact assessment found and where it is published', cy: "enwch y nodweddion gwarchodedig y mae'r strategaeth yn effeithio arnynt, neu dywedwch beth a ganfu eich asesiad o'r effaith ar gydraddoldeb a ble mae wedi'i gyhoeddi" },
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
          needs: { en: 'say what the partnership does about the effects on equality (how it will monitor, reduce or address them)', cy: "dweud beth mae'r bartneriaeth yn ei wneud am yr effeithiau ar gydraddoldeb (sut y bydd yn eu monitro, yn eu lleihau neu'n mynd i'r afael â nhw)" },
          hint: { en: 'say what the partners will do about what they found: how they will monitor the effect on each group, and what they will change, fund or adapt', cy: "dywedwch beth fydd y partneriaid yn ei wneud am yr hyn a ganfuwyd: sut y byddant yn monitro'r effaith ar bob grŵp, a beth y byddant yn ei newid, ei ariannu neu ei addasu" },
        },
        says({
          en: ['monitor\\w*', 'mitigat\\w*', 'address\\w*', 'ensur\\w*', 'make sure', 'tackl\\w*', 'reduc\\w*', 'adapt\\w*', 'tailor\\w*', 'accessible', 'action plan', 'take (?:steps|action)', 'we will', 'will be', 'review\\w* (?:the )?(?:impact|effect)', 'report on', 'we do this', 'undertak\\w*'],
          cy: ['monitro', 'lliniaru', "mynd i'r afael", 'sicrhau', 'gwneud yn siwr', 'lleihau', 'addasu', 'teilwra', 'hygyrch', 'cynllun gweithredu', 'cymryd camau', 'byddwn', 'bydd', 'adrodd ar'],
        }),
      ),
    ],
  },
});
