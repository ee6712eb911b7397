/**
 * Para 154b: governance, meetings, monitoring, and the process and dates for review.
 * Warning: para 154 lists what a strategy "could usefully include"; the Act
 * does not require it, so a gap is shown but does not block publication. A
 * partnership can make it an error in site.yaml (checks.errors or
 * checks.requireSections).
 * The legal part of 154b, keeping the strategy under review, is strategy/review (an error).
 */
import { sectionRule } from '../section-rule.ts';
import { point, says } from '../rubric/points.ts';
import { both } from '../../i18n.ts';

export default sectionRule({
  id: 'strategy/governance',
  collection: 'strategy',
  key: 'governance',
  severity: 'warning',
  paragraph: '154b',
  title: both('rules/strategy:governance.title'),
  asks: both('rules/strategy:governance.asks'),
  rubric: {
    minWords: 10,
    points: [
      point(
        {
          id: 'body',
          paragraph: '154b',
          words: 'governance.body',
        },
        says({ en: ['boards?', 'groups?', 'partnerships?', 'committees?', 'panels?', 'executive', 'steering'], cy: ['bwrdd', 'byrddau', 'grwp\\w*', 'partneriaeth\\w*', 'pwyllgor\\w*', 'panel\\w*', 'gweithrediaeth', 'llywio'] }),
      ),
      point(
        {
          id: 'meetings-monitoring',
          paragraph: '154b',
          words: 'governance.meetings-monitoring',
        },
        says({
          en: ['meet\\w*', 'met', 'monitor\\w*', 'report\\w*', 'oversee\\w*', 'oversight', 'accountab\\w*', 'performance', 'progress', 'scrutin\\w*'],
          cy: ['cyfarf\\w*', 'cwrdd', 'monitro', 'adrodd', 'adroddiad\\w*', 'goruchwyl\\w*', 'atebol\\w*', 'perfformiad', 'cynnydd', 'craffu'],
        }),
      ),
    ],
  },
});
