/**
 * `svd check [root] [--json] [--lang en|cy]`: the statutory completeness
 * checks on demand. Exit 0 with no errors, 1 with errors, 2 when the content
 * cannot be read at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type RuleSet } from '../engine/analyse.ts';
import { formatHuman, formatJson } from '../engine/format.ts';
import { t } from '../i18n.ts';
import { guarded, langOption, NOW_HELP, NOW_OPTION, nowOption, parse, rootOption } from './options.ts';

const HELP = `Usage: svd check [root] [--json] [--lang en|cy] [--now YYYY-MM-DD]

Checks the strategy and SNA summary in root/content (default: this folder)
against the Serious Violence Duty statutory guidance.

  --json        print {"findings":[...]} on stdout and nothing else
  --lang cy     messages in Welsh
${NOW_HELP}`;

export function runAnalysis(args: string[], sets: RuleSet[], help: string): Promise<number> {
  return guarded(help, () => {
    const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' }, ...NOW_OPTION });
    if (values.help) {
      console.log(help);
      return 0;
    }
    const lang = langOption(values.lang);
    const now = nowOption(values.now);
    const root = rootOption(positionals);
    if (!existsSync(join(root, 'content'))) {
      console.error(t(lang, 'cli:noContent.check', { root }));
      return 2;
    }
    const analysis = analyse(root, { sets, now });
    if (values.json) process.stdout.write(`${formatJson(analysis, lang)}\n`);
    else console.log(formatHuman(analysis, lang, { colour: process.stdout.isTTY }));
    if (!analysis.project.site && analysis.project.documents.length === 0) return 2;
    return analysis.errors > 0 ? 1 : 0;
  });
}

export function run(args: string[]): Promise<number> {
  return runAnalysis(args, ['check'], HELP);
}
