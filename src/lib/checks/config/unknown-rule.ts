/**
 * Every rule named in checks.errors exists. A mistyped id would leave the
 * partnership believing a guidance item blocks publication when it does not.
 * Warning: nothing is published wrongly because of it, but the setting is
 * doing nothing. The known ids are passed in (from checks/index.ts) so this
 * module does not import the rule list it belongs to.
 */
import type { ProjectRule, RuleMeta } from '../../engine/types.ts';
import { distance } from '../keys.ts';
import { yamlPlace } from '../shared.ts';

const meta: RuleMeta = {
  id: 'config/unknown-rule',
  severity: 'warning',
  paragraph: '154',
  message: {
    en: 'checks.errors lists "{rule}", which is not a rule this tool has, so it changes nothing.',
    cy: "Mae checks.errors yn rhestru \"{rule}\", nad yw'n rheol sydd gan yr offeryn hwn, felly nid yw'n newid dim.",
  },
  fix: {
    en: 'Use a rule id from docs/rules/ (for example strategy/governance), or remove the line.',
    cy: "Defnyddiwch id rheol o docs/rules/ (er enghraifft strategy/governance), neu tynnwch y llinell.",
  },
};

const didYouMean: RuleMeta = {
  ...meta,
  message: { en: `${meta.message.en} Did you mean "{suggestion}"?`, cy: `${meta.message.cy} Ai "{suggestion}" oedd gennych mewn golwg?` },
  fix: { en: 'Change it to "{suggestion}", or remove the line.', cy: 'Newidiwch hi i "{suggestion}", neu tynnwch y llinell.' },
};

export function unknownRule(known: () => string[]): ProjectRule {
  return {
    meta,
    check(project, report) {
      const ids = known();
      for (const rule of project.site?.checks.errors ?? []) {
        if (ids.includes(rule)) continue;
        const nearest = ids.map((id) => ({ id, score: distance(rule, id) })).sort((a, b) => a.score - b.score)[0];
        const suggestion = nearest && nearest.score <= Math.max(3, Math.floor(rule.length / 4)) ? nearest.id : undefined;
        report(project.siteFile, yamlPlace(project.siteFile, rule, 'errors'), suggestion ? didYouMean : meta, { rule, ...(suggestion ? { suggestion } : {}) });
      }
    },
  };
}
