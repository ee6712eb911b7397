/**
 * `svd translate export [root] [--out file.xlf] [--to cy] [--lang en|cy]`
 * `svd translate import file.xlf [root] [--by name] [--lang en|cy]`
 *
 * The translator's round trip. Export writes XLIFF 1.2 for a CAT tool
 * (Trados, memoQ, Phrase) with only the new and changed units left to do;
 * import checks what comes back and writes the translated MDX with a record,
 * per section, of what it was translated from, when and by whom.
 * `--to` is the language to translate into (default: whichever side of each
 * document is the translation, Welsh unless the partnership writes Welsh
 * first); `--lang` is the language of these messages, as in every command.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { loadProject } from '../content/load.ts';
import type { Lang } from '../engine/types.ts';
import { t as say } from '../i18n.ts';
import { planExport } from '../translate/export.ts';
import { exportXliff, totals } from '../translate/xliff-export.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, UsageError } from './options.ts';

/** What the parser accepts (export and import alike); the help (locales cli.json `help.translate`) names each (test/cli-help.test.ts). */
export const OPTIONS = { out: { type: 'string' }, to: { type: 'string' }, by: { type: 'string' }, lang: { type: 'string' }, ...NOW_OPTION } as const;


function toOption(value: unknown): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === 'en' || value === 'cy') return value;
  throw new UsageError('cli:translate.usage.to', { value: String(value) });
}

async function exportCommand(positionals: string[], values: Record<string, unknown>, lang: Lang): Promise<number> {
  const t = (key: string, values?: Record<string, string | number>) => say(lang, key, values);
  const root = resolve(positionals[0] ?? '.');
  if (!existsSync(join(root, 'content'))) {
    console.error(t('cli:translate.usage.noContent', { root }));
    return 2;
  }
  const to = toOption(values.to);
  const project = loadProject(root, { now: nowOption(values.now) });
  const plans = planExport(project, to);
  if (plans.length === 0) {
    console.error(t('cli:translate.export.none', { lang: t(`cli:translate.lang.${to ?? 'cy'}`) }));
    return 1;
  }
  for (const plan of plans) {
    const todo = plan.units.filter((u) => u.status !== 'unchanged');
    const values = { source: plan.pair.source.path, target: plan.pair.targetPath };
    if (todo.length === 0) console.log(t('cli:translate.export.nothing', values));
    else
      console.log(
        t('cli:translate.export.document', {
          ...values,
          todo: todo.length,
          total: plan.units.length,
          todoWords: plan.words.new + plan.words.changed,
          newWords: plan.words.new,
          changedWords: plan.words.changed,
          unchanged: plan.units.length - todo.length,
          unchangedWords: plan.words.unchanged,
        }),
      );
  }
  const sum = totals(plans);
  console.log(t('cli:translate.export.words', sum));
  if (sum.new + sum.changed === 0) return 0;
  const out = resolve(typeof values.out === 'string' ? values.out : join(process.cwd(), `translation-${to ?? plans[0]!.pair.targetLang}.xlf`));
  writeFileSync(out, await exportXliff(plans, t, pkg.version));
  console.log(t('cli:translate.export.wrote', { file: relative(process.cwd(), out) || out }));
  return 0;
}

export function run(args: string[]): Promise<number> {
  return guarded('translate', args, async () => {
    const [sub, ...rest] = args;
    const { values, positionals } = parse(rest, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help || sub === '--help' || sub === '-h') {
      console.log(helpText('translate', lang));
      return 0;
    }
    if (sub === 'export') return exportCommand(positionals, values, lang);
    if (sub === 'import') {
      const { importCommand } = await import('../translate/import-command.ts');
      return importCommand(positionals, values, lang);
    }
    console.error(helpText('translate', lang));
    return 2;
  });
}
