/**
 * Para 154g: how engagement with education, prisons and youth custody is managed.
 * Error, statutory, although 154g is in the "could usefully include" list: the
 * Duty itself requires the specified authorities to consult educational,
 * prison and youth custody authorities in preparing the strategy (paras 13,
 * 25-27; para 293 "must consult"). The published strategy is where a reader,
 * the Home Office or Welsh Ministers can see that it was done.
 */
import { sectionRule } from '../section-rule.ts';
import { point, says } from '../rubric/points.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/education-prisons',
  collection: 'strategy',
  key: 'education-prisons',
  severity: 'error',
  statutory: true,
  paragraph: '154g, 13, 25-27, 293',
  title: both('rules/strategy:education-prisons.title'),
  asks: both('rules/strategy:education-prisons.asks'),
  rubric: {
    minWords: 20,
    points: [
      point(
        {
          id: 'education',
          paragraph: '13, 25-27',
          words: 'education-prisons.education',
        },
        says({
          en: ['schools?', 'colleges?', 'education\\w*', 'universit(?:y|ies)', 'pupil referral units?', 'academ(?:y|ies)', 'head ?teachers?', 'further education'],
          cy: ['ysgol\\w*', 'coleg\\w*', 'addysg\\w*', 'prifysgol\\w*', 'uned\\w* cyfeirio disgyblion', 'penaeth\\w*', 'pennaeth', 'addysg bellach'],
        }),
      ),
      point(
        {
          id: 'prisons',
          paragraph: '25-27',
          words: 'education-prisons.prisons',
        },
        says({ en: ['prisons?', 'hmp', 'hm prisons?', 'hmpps', 'prison service'], cy: ['carchar\\w*', 'gwasanaeth carchardai'] }),
      ),
      point(
        {
          id: 'youth-custody',
          paragraph: '25-27, 293',
          words: 'education-prisons.youth-custody',
        },
        says({
          en: ['youth custody', 'secure training cent(?:re|er)s?', "secure children'?s homes?", 'young offender institutions?', 'yois?', 'secure schools?', 'secure estate', 'youth secure estate'],
          cy: ['dalfa ieuenctid', 'dalfeydd ieuenctid', 'sefydliad\\w* troseddwyr ifanc', 'cartref\\w* diogel i blant', 'canolfan\\w* hyfforddi diogel', 'ysgol\\w* ddiogel', 'ystad ddiogel'],
        }),
      ),
      point(
        {
          id: 'how-consulted',
          paragraph: '293',
          words: 'education-prisons.how-consulted',
        },
        says({
          en: ['consult\\w*', 'engag\\w*', 'surveys?', 'workshops?', 'meetings?', 'met', 'reference group', 'sits? on', 'sat on', 'represent\\w*', 'asked', 'views', 'feedback', 'involv\\w*', 'members? of', 'comment\\w*'],
          cy: ['ymgynghor\\w*', 'ymgysylltu', 'arolwg\\w*', 'gweithdy\\w*', 'gweithdai', 'cyfarfod\\w*', 'grwp cyfeirio', 'cynrychiol\\w*', 'barn', 'safbwynt\\w*', 'adborth', 'aelod\\w*', 'sylwadau', 'gofyn\\w*'],
        }),
      ),
    ],
  },
});
