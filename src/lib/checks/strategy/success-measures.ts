/**
 * Success measures (paras 309-311).
 * Warning: the national measures are how the Home Office monitors the Duty
 * ("we expect", para 309) and local measures are encouraged (para 311), but
 * neither is in the Act. strategy/national-measures and strategy/local-measure
 * look inside the section.
 */
import { sectionRule } from '../section-rule.ts';
import { inOneSentence, point, says } from '../rubric/points.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/success-measures',
  collection: 'strategy',
  key: 'success-measures',
  severity: 'warning',
  paragraph: '309-311',
  title: both('rules/strategy:success-measures.title'),
  asks: both('rules/strategy:success-measures.asks'),
  rubric: {
    minWords: 12,
    points: [
      point(
        {
          id: 'hospital-admissions',
          paragraph: '309',
          needs: { en: 'name the national measure "hospital admissions for assault with a knife or sharp object"', cy: "enwi'r mesur cenedlaethol \"derbyniadau i'r ysbyty am ymosodiad â chyllell neu wrthrych miniog\"" },
          hint: { en: 'name the measure "hospital admissions for assault with a knife or sharp object" and give its baseline and aim', cy: "enwch y mesur \"derbyniadau i'r ysbyty am ymosodiad â chyllell neu wrthrych miniog\" a rhowch ei waelodlin a'i nod" },
        },
        inOneSentence({ en: ['hospital\\w*'], cy: ['ysbyty\\w*'] }, { en: ['knife', 'knives', 'sharp'], cy: ['cyllell', 'cyllyll', 'miniog'] }),
      ),
      point(
        {
          id: 'knife-violence',
          paragraph: '309',
          needs: { en: 'name the national measure "knife or sharp object-enabled serious violence recorded by the police"', cy: "enwi'r mesur cenedlaethol \"trais difrifol â chyllell neu wrthrych miniog a gofnodwyd gan yr heddlu\"" },
          hint: { en: 'name the measure "knife or sharp object-enabled serious violence recorded by the police" and give its baseline and aim', cy: "enwch y mesur \"trais difrifol â chyllell neu wrthrych miniog a gofnodwyd gan yr heddlu\" a rhowch ei waelodlin a'i nod" },
        },
        inOneSentence({ en: ['knife', 'knives', 'sharp'], cy: ['cyllell', 'cyllyll', 'miniog'] }, { en: ['police'], cy: ['heddlu'] }),
      ),
      point(
        {
          id: 'homicide',
          paragraph: '309',
          needs: { en: 'name the national measure "homicides recorded by the police"', cy: "enwi'r mesur cenedlaethol \"dynladdiadau a gofnodwyd gan yr heddlu\"" },
          hint: { en: 'name the measure "homicides recorded by the police" and give its baseline and aim', cy: "enwch y mesur \"dynladdiadau a gofnodwyd gan yr heddlu\" a rhowch ei waelodlin a'i nod" },
        },
        says({ en: ['homicides?'], cy: ['dynladdiad\\w*'] }),
      ),
    ],
  },
});
