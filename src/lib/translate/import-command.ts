/** `svd translate import file.xlf [root] [--by name]`: see commands/translate.ts. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadProject } from '../content/load.ts';
import type { Lang } from '../engine/types.ts';
import { formatIsoDate } from '../schema/date.ts';
import { t as say } from '../i18n.ts';
import { nowOption } from '../commands/options.ts';
import { planImport } from './import.ts';
import { writeMemory } from './memory.ts';
import { readXliff, XliffError } from './xliff.ts';

export async function importCommand(positionals: string[], values: Record<string, unknown>, lang: Lang): Promise<number> {
  const t = (key: string, values?: Record<string, string | number>) => say(lang, key, values);
  const [xlf, rootArg] = positionals;
  if (!xlf) {
    console.error(t('cli:translate.import.usage'));
    return 2;
  }
  const root = resolve(rootArg ?? '.');
  if (!existsSync(join(root, 'content'))) {
    console.error(t('cli:translate.usage.noContent', { root }));
    return 2;
  }
  let files;
  try {
    files = await readXliff(readFileSync(xlf, 'utf8'));
  } catch (error) {
    const reason = error instanceof XliffError ? error.message : (error as NodeJS.ErrnoException).code ?? String(error);
    console.error(t('cli:translate.import.unreadable', { file: xlf, reason }));
    return 2;
  }
  const project = loadProject(root, { now: nowOption(values.now) });
  const by = typeof values.by === 'string' && values.by.trim() ? values.by.trim() : undefined;
  const result = planImport(project, files, { date: formatIsoDate(project.now), by });
  if (result.problems.length > 0) {
    console.error(t('cli:translate.import.refused', { file: xlf }));
    for (const problem of result.problems) console.error(`  ${xlf}: ${t(`cli:translate.import.problem.${problem.code}`, { ...problem })}`);
    return 1;
  }
  for (const written of result.written) {
    const full = join(root, written.pair.targetPath);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, written.text);
    writeMemory(root, written.pair.memoryPath, written.memory);
    console.log(t('cli:translate.import.wrote', { file: written.pair.targetPath, source: written.pair.source.path, updated: written.updated.length, kept: written.kept.length }));
  }
  return 0;
}
