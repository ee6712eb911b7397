/**
 * `svd translated <file>...`: say "this translation now matches its source".
 * Records, in each translated file's settings, the hash of the file it was
 * translated from (its counterpart in the other language), rewriting only the
 * `sourceHash` line, so `svd check` can tell when the source changes again.
 * The hash is what translation/stale compares: see src/lib/checks/translation/hash.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadProject } from '../content/load.ts';
import type { Lang, Project } from '../engine/types.ts';
import { sourceHash } from '../checks/translation/hash.ts';
import { t } from '../i18n.ts';
import { guarded, langOption, parse } from './options.ts';

const HELP = `Usage: svd translated <file>... [--lang en|cy]

Run this when a translation has been brought up to date with its source.
For each file (usually content/<type>/cy/<name>.mdx), records the SHA-256 of
its counterpart in the other language under translation: sourceHash in the
file's settings. svd check then reports the translation as out of date
whenever the source changes.

  --lang cy     messages in Welsh`;

/** The command's sentences, from locales/{en,cy}/cli.json ("translated"). */
function wordsIn(lang: Lang) {
  return {
    recorded: (file: string, source: string, line: number) => t(lang, 'cli:translated.recorded', { file, source, line }),
    same: (file: string, source: string) => t(lang, 'cli:translated.same', { file, source }),
    notContent: (file: string) => t(lang, 'cli:translated.notContent', { file }),
    unreadable: (file: string) => t(lang, 'cli:translated.unreadable', { file }),
    noFrontmatter: (file: string) => t(lang, 'cli:translated.noFrontmatter', { file }),
    noKey: (file: string) => t(lang, 'cli:translated.noKey', { file }),
    noSource: (file: string, source: Lang, key: string, collection: string) => t(lang, `cli:translated.noSource.${source}`, { file, key, collection }),
  };
}

/** The folder holding content/site.yaml above `file`, else the working folder. */
function rootOf(file: string): string {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'content', 'site.yaml'))) return dir;
    dir = dirname(dir);
  }
  return resolve('.');
}

interface Frontmatter {
  start: number;
  end: number;
  data: Record<string, unknown>;
}

function frontmatter(lines: string[]): Frontmatter | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return undefined;
  try {
    const data = parseYaml(lines.slice(1, end).join('\n')) as unknown;
    return { start: 0, end, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
  } catch {
    return { start: 0, end, data: {} };
  }
}

/**
 * Put `hash` into the frontmatter, touching as little as possible: the
 * sourceHash line if there is one, else inside an existing translation
 * mapping, else a new translation block before the closing ---.
 * Returns the line (1-based) that now holds the hash.
 */
export function recordHash(lines: string[], fm: Frontmatter, hash: string, source: Lang): number {
  for (let i = fm.start + 1; i < fm.end; i += 1) {
    const line = lines[i]!;
    const block = /^(\s*sourceHash\s*:\s*)([^#\s][^#]*?|)(\s+#.*)?$/.exec(line);
    if (block) {
      lines[i] = `${block[1]}${hash}${block[3] ?? ''}`;
      return i + 1;
    }
    const flow = /^(\s*translation\s*:\s*\{)(.*)(\}.*)$/.exec(line);
    if (flow) {
      const inner = /sourceHash\s*:\s*[^,}]*/.test(flow[2]!) ? flow[2]!.replace(/sourceHash\s*:\s*[^,}]*?(\s*)(?=,|$)/, `sourceHash: ${hash}$1`) : `${flow[2]!.trimEnd()}, sourceHash: ${hash} `;
      lines[i] = `${flow[1]}${inner}${flow[3]}`;
      return i + 1;
    }
  }
  const block = lines.findIndex((line, i) => i > fm.start && i < fm.end && /^translation\s*:\s*(#.*)?$/.test(line));
  if (block >= 0) {
    let last = block;
    while (last + 1 < fm.end && /^\s+\S/.test(lines[last + 1]!)) last += 1;
    const indent = /^(\s+)/.exec(lines[block + 1] ?? '')?.[1] ?? '  ';
    lines.splice(last + 1, 0, `${indent}sourceHash: ${hash}`);
    return last + 2;
  }
  lines.splice(fm.end, 0, 'translation:', `  source: ${source}`, `  sourceHash: ${hash}`);
  return fm.end + 3;
}

function record(path: string, lang: Lang, projects: Map<string, Project>): { ok: boolean; line: string } {
  const words = wordsIn(lang);
  const full = resolve(path);
  const root = rootOf(full);
  const rel = relative(root, full).split(sep).join('/');
  const where = /^content\/(strategy|sna|pages)\/(en|cy)\/.+\.mdx$/.exec(rel);
  if (!where) return { ok: false, line: words.notContent(path) };
  const [, collection, fileLang] = where as unknown as [string, 'strategy' | 'sna' | 'pages', Lang];
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    return { ok: false, line: words.unreadable(path) };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const fm = frontmatter(lines);
  if (!fm) return { ok: false, line: words.noFrontmatter(rel) };
  const key = fm.data.translationKey;
  if (typeof key !== 'string') return { ok: false, line: words.noKey(rel) };
  const declared = (fm.data.translation as { source?: unknown } | undefined)?.source;
  const sourceLang: Lang = declared === 'en' || declared === 'cy' ? (declared === fileLang ? (fileLang === 'en' ? 'cy' : 'en') : declared) : fileLang === 'en' ? 'cy' : 'en';
  let project = projects.get(root);
  if (!project) {
    project = loadProject(root);
    projects.set(root, project);
  }
  const source = project.documents.find((d) => d.collection === collection && d.lang === sourceLang && d.data?.translationKey === key);
  if (!source) return { ok: false, line: words.noSource(rel, sourceLang, key, collection) };
  const hash = sourceHash(String(source.file.value));
  const line = recordHash(lines, fm, hash, sourceLang);
  const updated = lines.join(eol);
  if (updated === text) return { ok: true, line: words.same(rel, source.path) };
  writeFileSync(full, updated);
  return { ok: true, line: words.recorded(rel, source.path, line) };
}

export function run(args: string[]): Promise<number> {
  return guarded(HELP, () => {
    const { values, positionals } = parse(args, { lang: { type: 'string' } });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const lang = langOption(values.lang);
    if (positionals.length === 0) {
      console.error(HELP);
      return 2;
    }
    const projects = new Map<string, Project>();
    let failed = false;
    for (const path of positionals) {
      const result = record(path, lang, projects);
      if (result.ok) console.log(result.line);
      else console.error(result.line);
      failed ||= !result.ok;
    }
    return failed ? 1 : 0;
  });
}
