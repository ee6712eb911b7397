/**
 * `svd translations [root] [--json] [--lang en|cy]`: where every translated
 * document stands, section by section: current, stale (and which lines of
 * the source changed) or missing, with who translated it and when. The same
 * status the translation/stale check reports (translate/status.ts). Exits 0
 * when everything is current, 1 when anything is stale or missing, so a
 * script can wait on it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '../content/load.ts';
import type { Lang } from '../engine/types.ts';
import { t as say } from '../i18n.ts';
import { pairsOf } from '../translate/pairs.ts';
import { documentStatus, lineList, type DocumentStatus } from '../translate/status.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, rootOption } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.translations`) names each (test/cli-help.test.ts). */
export const OPTIONS = { json: { type: 'boolean' }, lang: { type: 'string' }, ...NOW_OPTION } as const;


export function toJson(statuses: DocumentStatus[]) {
  return {
    documents: statuses.map((status) => ({
      source: status.pair.source.path,
      target: status.pair.targetPath,
      targetLang: status.pair.targetLang,
      exists: Boolean(status.pair.target),
      record: status.record,
      sections: status.sections.map((s) => ({
        key: s.key,
        title: s.title,
        line: s.line,
        state: s.state,
        ...(s.date ? { date: s.date } : {}),
        ...(s.by ? { by: s.by } : {}),
        ...(s.state === 'stale' ? { changedLines: [...new Set(s.changed.map((u) => u.line))].sort((a, b) => a - b) } : {}),
      })),
    })),
  };
}

/** A plain-text table: one row per section, the document named on its first row. */
function table(statuses: DocumentStatus[], lang: Lang): string {
  const t = (key: string, values?: Record<string, string | number>) => say(lang, `cli:translations.${key}`, values);
  const rows: string[][] = [[t('header.document'), t('header.section'), t('header.state'), t('header.translated'), t('header.changed')]];
  const notes: string[] = [];
  for (const status of statuses) {
    const target = status.pair.targetPath;
    if (!status.pair.target) {
      rows.push([target, t('noTranslation', { target }), t('state.missing'), '', '']);
      continue;
    }
    status.sections.forEach((s, i) => {
      const when = [s.date, s.by].filter(Boolean).join(', ');
      const what = s.state === 'stale' && status.record === 'sections' ? t('lines', { lines: lineList(s.changed.map((u) => u.line)) }) : '';
      rows.push([i === 0 ? target : '', s.key.startsWith('_') ? s.key : `#${s.key}`, t(`state.${s.state}`), when, what]);
    });
    const count = (state: string) => status.sections.filter((s) => s.state === state).length;
    notes.push(t('summary', { target, source: status.pair.source.path, current: count('current'), stale: count('stale'), missing: count('missing') }));
    if (status.record === 'file') notes.push(t('legacy', { target }));
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return [...lines, '', ...notes].join('\n');
}

export function run(args: string[]): Promise<number> {
  return guarded('translations', args, () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText('translations', lang));
      return 0;
    }
    const root = rootOption(positionals);
    if (!existsSync(join(root, 'content'))) {
      console.error(say(lang, 'cli:translate.usage.noContent', { root }));
      return 2;
    }
    const project = loadProject(root, { now: nowOption(values.now) });
    const statuses = pairsOf(project).map((pair) => documentStatus(project, pair));
    if (values.json) process.stdout.write(`${JSON.stringify(toJson(statuses), null, 2)}\n`);
    else console.log(statuses.length > 0 ? table(statuses, lang) : say(lang, 'cli:translations.none'));
    return statuses.every((s) => s.pair.target && s.sections.every((x) => x.state === 'current')) ? 0 : 1;
  });
}
