/**
 * `svd check [root] [--json] [--lang en|cy] [--watch]`: the statutory
 * completeness checks on demand. Exit 0 with no errors, 1 with errors, 2
 * when the content cannot be read at all. With --watch it stays running and
 * checks again on every save, with the engine's parse cache warm (only the
 * saved file is parsed again), until Ctrl-C.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Analysis, type RuleSet } from '../engine/analyse.ts';
import { formatHuman, formatJson } from '../engine/format.ts';
import type { Lang } from '../engine/types.ts';
import { t } from '../i18n.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, rootOption } from './options.ts';
import { onSaves } from '../content/saves.ts';
import { untilInterrupted } from './watch.ts';

/** What the parser accepts; the help (locales cli.json `help.check`) names each (test/cli-help.test.ts). */
export const OPTIONS = { json: { type: 'boolean' }, lang: { type: 'string' }, watch: { type: 'boolean' }, ...NOW_OPTION } as const;

function exitCode(analysis: Analysis): number {
  if (!analysis.project.site && analysis.project.documents.length === 0) return 2;
  return analysis.errors > 0 ? 1 : 0;
}

/** `command` names the help to print (locales cli.json `help.<command>`). */
export function runAnalysis(args: string[], sets: RuleSet[], command: string): Promise<number> {
  return guarded(command, args, async () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText(command, lang));
      return 0;
    }
    nowOption(values.now); // a bad --now is a usage error before anything runs
    const root = rootOption(positionals);
    if (!existsSync(join(root, 'content'))) {
      console.error(t(lang, 'cli:noContent.check', { root }));
      return 2;
    }
    // Without --now, each check reads the clock afresh: a watch left running overnight moves to the new day.
    const check = (): Analysis => {
      const analysis = analyse(root, { sets, now: nowOption(values.now) });
      // With --watch, one JSON line a check, so an editor can read them as they come.
      if (values.json) process.stdout.write(`${formatJson(analysis, lang, { compact: values.watch })}\n`);
      else console.log(formatHuman(analysis, lang, { colour: process.stdout.isTTY }));
      return analysis;
    };
    const first = check();
    if (!values.watch) return exitCode(first);
    return watchAndCheck(root, lang, check, Boolean(values.json));
  });
}

async function watchAndCheck(root: string, lang: Lang, check: () => Analysis, json: boolean): Promise<number> {
  const content = join(root, 'content');
  // Status lines go to stderr, so --json --watch gives one clean JSON line a check on stdout.
  const say = (line: string) => (json ? console.error(line) : console.log(line));
  const stop = onSaves(content, () => {
    const start = performance.now();
    check();
    say(t(lang, 'cli:watch.checked', { time: new Date().toTimeString().slice(0, 8), ms: Math.round(performance.now() - start) }));
  });
  // Said once the watch is in place, so a save made after this line is never missed.
  say(t(lang, 'cli:watch.watching', { dir: content }));
  await untilInterrupted(stop);
  return 0;
}

export function run(args: string[]): Promise<number> {
  return runAnalysis(args, ['check'], 'check');
}
