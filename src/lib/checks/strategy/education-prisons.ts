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
          needs: { en: 'name the educational authorities (schools, colleges or the education authority)', cy: "enwi'r awdurdodau addysgol (ysgolion, colegau neu'r awdurdod addysg)" },
          hint: { en: 'say which schools, colleges or education authorities you consulted', cy: "dywedwch pa ysgolion, colegau neu awdurdodau addysg yr ymgynghoroch â nhw" },
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
          needs: { en: 'name the prison authorities (a prison, or HM Prison and Probation Service)', cy: "enwi'r awdurdodau carchardai (carchar, neu Wasanaeth Carchardai a Phrawf EF)" },
          hint: { en: 'name the prison or prisons in or serving your area and say how you consulted them; if there is none, say so', cy: "enwch y carchar neu'r carchardai yn eich ardal neu sy'n ei gwasanaethu a dywedwch sut yr ymgynghoroch â nhw; os nad oes un, dywedwch hynny" },
        },
        says({ en: ['prisons?', 'hmp', 'hm prisons?', 'hmpps', 'prison service'], cy: ['carchar\\w*', 'gwasanaeth carchardai'] }),
      ),
      point(
        {
          id: 'youth-custody',
          paragraph: '25-27, 293',
          needs: { en: 'name the youth custody authorities (the Youth Custody Service, or a youth custody establishment)', cy: "enwi'r awdurdodau dalfa ieuenctid (y Gwasanaeth Dalfa Ieuenctid, neu sefydliad dalfa ieuenctid)" },
          hint: { en: 'say how you consulted the youth custody authorities, for example the Youth Custody Service; if there is no establishment in your area, say so', cy: "dywedwch sut yr ymgynghoroch â'r awdurdodau dalfa ieuenctid, er enghraifft y Gwasanaeth Dalfa Ieuenctid; os nad oes sefydliad yn eich ardal, dywedwch hynny" },
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
          needs: { en: 'say how they were consulted', cy: "dweud sut yr ymgynghorwyd â nhw" },
          hint: { en: 'say how you consulted them: meetings, a reference group, a survey, comments on a draft, a seat on the board', cy: "dywedwch sut yr ymgynghoroch â nhw: cyfarfodydd, grŵp cyfeirio, arolwg, sylwadau ar ddrafft, sedd ar y bwrdd" },
        },
        says({
          en: ['consult\\w*', 'engag\\w*', 'surveys?', 'workshops?', 'meetings?', 'met', 'reference group', 'sits? on', 'sat on', 'represent\\w*', 'asked', 'views', 'feedback', 'involv\\w*', 'members? of', 'comment\\w*'],
          cy: ['ymgynghor\\w*', 'ymgysylltu', 'arolwg\\w*', 'gweithdy\\w*', 'gweithdai', 'cyfarfod\\w*', 'grwp cyfeirio', 'cynrychiol\\w*', 'barn', 'safbwynt\\w*', 'adborth', 'aelod\\w*', 'sylwadau', 'gofyn\\w*'],
        }),
      ),
    ],
  },
});
