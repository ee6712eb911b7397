/**
 * Equality Act 2010 considerations (paras 157-158, 163).
 * Error, statutory: specified authorities "must comply with the requirements of
 * the Equality Act 2010" in developing (para 157) and publishing (para 163)
 * the strategy. Due regard that is not written down cannot be shown, so the
 * published strategy has to say how it was had.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'strategy/equality',
  collection: 'strategy',
  key: 'equality',
  severity: 'error',
  statutory: true,
  paragraph: '157-158, 163',
  title: { en: "Equality", cy: "Cydraddoldeb" },
  asks: {
    en: "how the partners had due regard to the Equality Act 2010 in making the strategy, and how they will monitor its effect on people with protected characteristics",
    cy: "sut y rhoddodd y partneriaid sylw dyledus i Ddeddf Cydraddoldeb 2010 wrth lunio'r strategaeth, a sut y byddant yn monitro ei heffaith ar bobl â nodweddion gwarchodedig",
  },
});
