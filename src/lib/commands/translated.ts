/**
 * `svd translated <file>... [--by name]`: say "this translation now matches
 * its source", for a translator who edits the MDX directly rather than
 * through `svd translate`. Records in the file's settings, per section, the
 * hash of the source section, the date (the one clock: --now / SVD_NOW) and
 * who (--by), so `svd check` can tell exactly which sections go stale when
 * the source changes. Refuses when the translation's structure plainly does
 * not match the source's (translate/attest.ts): an attestation cannot paper
 * over a different document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadProject } from '../content/load.ts';
import type { Lang, Project } from '../engine/types.ts';
import { t as say } from '../i18n.ts';
import { formatIsoDate } from '../schema/date.ts';
import { attestedRecords, mismatches } from '../translate/attest.ts';
import { withRecords } from '../translate/frontmatter.ts';
import { readMemory, writeMemory } from '../translate/memory.ts';
import { pairsOf } from '../translate/pairs.ts';
import { cut } from '../translate/status.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.translated`) names each (test/cli-help.test.ts). */
export const OPTIONS = { lang: { type: 'string' }, by: { type: 'string' }, ...NOW_OPTION } as const;


/** The folder holding content/site.yaml above `file`, else the working folder. */
function rootOf(file: string): string {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'content', 'site.yaml'))) return dir;
    dir = dirname(dir);
  }
  return resolve('.');
}

interface Outcome {
  ok: boolean;
  lines: string[];
}

function record(path: string, lang: Lang, options: { by?: string; now: Date }, projects: Map<string, Project>): Outcome {
  const t = (key: string, values?: Record<string, string | number>) => say(lang, key, values);
  const full = resolve(path);
  const root = rootOf(full);
  const rel = relative(root, full).split(sep).join('/');
  const where = /^content\/(strategy|sna|pages)\/(en|cy)\/.+\.mdx$/.exec(rel);
  if (!where) return { ok: false, lines: [t('cli:translated.notContent', { file: path })] };
  let project = projects.get(root);
  if (!project) {
    project = loadProject(root, { now: options.now });
    projects.set(root, project);
  }
  const document = project.documents.find((d) => d.path === rel);
  if (!document?.data) {
    const text = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    const key = text === undefined ? 'unreadable' : /^\uFEFF?---\r?\n/.test(text) ? 'unreadable' : 'noFrontmatter';
    return { ok: false, lines: [t(`cli:translated.${key}`, { file: rel })] };
  }
  const pairs = pairsOf(project);
  const pair = pairs.find((p) => p.target?.path === rel);
  if (!pair) {
    const asSource = pairs.find((p) => p.source.path === rel && p.target);
    if (asSource) return { ok: false, lines: [t('cli:translated.isSource', { file: rel, target: asSource.target!.path })] };
    const other: Lang = document.lang === 'en' ? 'cy' : 'en';
    return { ok: false, lines: [t('cli:translated.noSource', { file: rel, lang: t(`cli:translate.lang.${other}`), key: document.data.translationKey, collection: document.collection, langCode: other })] };
  }
  const wrong = mismatches(pair);
  if (wrong.length > 0) {
    return {
      ok: false,
      lines: [t('cli:translated.refused', { file: rel, source: pair.source.path }), ...wrong.map((m) => `  ${rel}: ${t(`cli:translated.mismatch.${m.code}`, { ...m, key: m.key.startsWith('_') ? m.key : `#${m.key}`, source: pair.source.path })}`)],
    };
  }
  const stamp = { date: formatIsoDate(project.now), by: options.by ?? 'svd translated' };
  const { records, changed } = attestedRecords(project, pair, stamp);
  // The engine's copy is normalised (no BOM, LF line endings); edit the file as it is on disk,
  // so that withRecords keeps its line endings and BOM byte for byte.
  const text = readFileSync(full, 'utf8');
  const updated = withRecords(text, pair.source.lang, records);
  if (updated === undefined) return { ok: false, lines: [t('cli:translated.noFrontmatter', { file: rel })] };
  if (updated === text) return { ok: true, lines: [t('cli:translated.same', { file: rel, source: pair.source.path })] };
  writeFileSync(full, updated);
  // The memory follows: every unit is now translated from the source as it is.
  const memory = readMemory(root, pair.memoryPath);
  const units = Object.fromEntries(cut(pair.source).units.map((u) => [u.id, u.hash]));
  writeMemory(root, pair.memoryPath, { source: pair.source.path, target: pair.targetPath, units: { ...memory?.units, ...units } });
  const lines = [t('cli:translated.recorded', { file: rel, source: pair.source.path, changed: changed.length, kept: Object.keys(records).length - changed.length, by: stamp.by, date: stamp.date })];
  if (!options.by) lines.push(t('cli:translated.noBy'));
  return { ok: true, lines };
}

export function run(args: string[]): Promise<number> {
  return guarded('translated', args, () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText('translated', lang));
      return 0;
    }
    const now = nowOption(values.now);
    if (positionals.length === 0) {
      console.error(helpText('translated', lang));
      return 2;
    }
    const by = typeof values.by === 'string' && values.by.trim() ? values.by.trim() : undefined;
    const projects = new Map<string, Project>();
    let failed = false;
    for (const path of positionals) {
      const result = record(path, lang, { by, now }, projects);
      for (const line of result.lines) (result.ok ? console.log : console.error)(line);
      failed ||= !result.ok;
    }
    return failed ? 1 : 0;
  });
}
