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
};

const didYouMean: RuleMeta = { ...meta, variant: 'didYouMean' };

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
