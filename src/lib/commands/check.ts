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
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, rootOption } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.check`) names each (test/cli-help.test.ts). */
export const OPTIONS = { json: { type: 'boolean' }, lang: { type: 'string' }, ...NOW_OPTION } as const;


/** `command` names the help to print (locales cli.json `help.<command>`). */
export function runAnalysis(args: string[], sets: RuleSet[], command: string): Promise<number> {
  return guarded(command, args, () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText(command, lang));
      return 0;
    }
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
  return runAnalysis(args, ['check'], 'check');
}
