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
          words: 'success-measures.hospital-admissions',
        },
        inOneSentence({ en: ['hospital\\w*'], cy: ['ysbyty\\w*'] }, { en: ['knife', 'knives', 'sharp'], cy: ['cyllell', 'cyllyll', 'miniog'] }),
      ),
      point(
        {
          id: 'knife-violence',
          paragraph: '309',
          words: 'success-measures.knife-violence',
        },
        inOneSentence({ en: ['knife', 'knives', 'sharp'], cy: ['cyllell', 'cyllyll', 'miniog'] }, { en: ['police'], cy: ['heddlu'] }),
      ),
      point(
        {
          id: 'homicide',
          paragraph: '309',
          words: 'success-measures.homicide',
        },
        says({ en: ['homicides?'], cy: ['dynladdiad\\w*'] }),
      ),
    ],
  },
});
