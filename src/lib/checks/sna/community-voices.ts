/**
 * The voices of communities and young people (paras 15, 149, 156).
 * Warning: strongly encouraged (para 156), not required by the Act.
 */
import { sectionRule } from '../section-rule.ts';

export default sectionRule({
  id: 'sna/community-voices',
  collection: 'sna',
  key: 'community-voices',
  severity: 'warning',
  paragraph: '15, 149, 156',
  title: { en: "What communities and young people told us", cy: "Beth ddywedodd cymunedau a phobl ifanc wrthym" },
  asks: {
    en: "what residents, communities and young people told you, and how it shaped the assessment",
    cy: "beth ddywedodd trigolion, cymunedau a phobl ifanc wrthych, a sut y dylanwadodd hynny ar yr asesiad",
  },
});
