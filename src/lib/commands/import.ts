/**
 * `svd import <file.docx> [--lang en|cy] [--as strategy|sna|page] [--slug s]
 * [--accept-changes] [--force] [--root dir]`: the Word document a
 * partnership already has, as a document of the site. Prints which headings
 * it recognised as which requirement, and which requirements no heading
 * matched. Refuses to write while the file holds comments or tracked
 * changes, which must be resolved, not lost, unless --accept-changes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { phrasesFor, type LexiconCollection } from '../checks/lexicon.ts';
import type { Lang } from '../engine/types.ts';
import { importDocx, NotWordError, type ImportAs, type Imported } from '../import/document.ts';
import type { Revision } from '../import/revisions.ts';
import { t } from '../i18n.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, UsageError } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.import`) names each (test/cli-help.test.ts). */
export const OPTIONS = {
  lang: { type: 'string' },
  as: { type: 'string' },
  slug: { type: 'string' },
  'accept-changes': { type: 'boolean' },
  force: { type: 'boolean' },
  root: { type: 'string' },
  ...NOW_OPTION,
} as const;


/** The command's words: locales/{en,cy}/cli.json "import". */
const words = (lang: Lang) => ({
  heading: t(lang, 'cli:import.heading'),
  key: t(lang, 'cli:import.key'),
  none: t(lang, 'cli:import.none'),
  unmatched: t(lang, 'cli:import.unmatched'),
  allMatched: t(lang, 'cli:import.allMatched'),
  revisions: (count: number) => t(lang, 'cli:import.revisions', { count }),
  kind: (kind: Revision['kind']) => t(lang, `cli:import.kind.${kind}`),
  paragraph: (n: number | undefined) => t(lang, 'cli:import.paragraph', { n: n ?? '?' }),
  refused: t(lang, 'cli:import.refused'),
  exists: (file: string) => t(lang, 'cli:import.exists', { file }),
  wrote: (file: string) => t(lang, 'cli:import.wrote', { file }),
  image: (file: string) => t(lang, 'cli:import.image', { file }),
  noAlt: (file: string) => t(lang, 'cli:import.noAlt', { file }),
  placeholders: (names: string[]) => t(lang, 'cli:import.placeholders', { names: names.join(', ') }),
  next: t(lang, 'cli:import.next'),
  notDocx: (file: string, reason: string) => t(lang, 'cli:import.notDocx', { file, reason }),
});

function asOption(value: unknown): ImportAs {
  if (value === undefined || value === 'strategy') return 'strategy';
  if (value === 'sna') return 'sna';
  if (value === 'page' || value === 'pages') return 'pages';
  throw new UsageError('cli:usageError.as', { value: String(value) });
}

/** The mapping table: one row per heading, the key it was given, then the requirements left over. */
export function mappingTable(imported: Imported, as: ImportAs, lang: Lang): string {
  const w = words(lang);
  const rows = imported.mapping.rows.map((r) => [`${'  '.repeat(Math.max(0, r.depth - 2))}${r.heading}`, r.key ? `{#${r.key}}` : w.none]);
  const width = Math.max(w.heading.length, ...rows.map((r) => r[0]!.length));
  const lines = [`${w.heading.padEnd(width)}  ${w.key}`, `${'-'.repeat(width)}  ${'-'.repeat(w.key.length)}`, ...rows.map(([h, k]) => `${h!.padEnd(width)}  ${k}`)];
  if (as === 'pages') return lines.join('\n');
  const collection = as as LexiconCollection;
  if (imported.mapping.unmatched.length === 0) return [...lines, '', w.allMatched].join('\n');
  const missing = imported.mapping.unmatched.map((key) => `  {#${key}}  ${phrasesFor(collection, key)?.[lang][0] ?? ''}`);
  return [...lines, '', w.unmatched, ...missing].join('\n');
}

function revisionLines(revisions: Revision[], lang: Lang): string[] {
  const w = words(lang);
  return revisions.map((r) => `  ${w.paragraph(r.paragraph)}  ${w.kind(r.kind)}${r.author ? ` (${r.author})` : ''}: "${r.text}"`);
}

export function run(args: string[]): Promise<number> {
  return guarded('import', args, async () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText('import', lang));
      return 0;
    }
    const as = asOption(values.as);
    const w = words(lang);
    const source = positionals[0];
    if (!source) throw new UsageError('cli:usageError.importFile');
    const root = resolve(values.root ?? '.');
    const slug = values.slug ?? (as === 'pages' ? basename(source).replace(/\.docx$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : as);
    const now = nowOption(values.now);
    if (!existsSync(source)) {
      console.error(t(lang, 'cli:notFound', { paths: source }));
      return 2;
    }
    let imported: Imported;
    try {
      imported = await importDocx(readFileSync(source), { lang, as, slug, now });
    } catch (error) {
      // Our own reason in the officer's language; a reader library's (mammoth's) is as it gave it.
      console.error(w.notDocx(source, error instanceof NotWordError ? t(lang, error.key) : (error as Error).message));
      return 2;
    }
    console.log(mappingTable(imported, as, lang));
    if (imported.revisions.length > 0) {
      console.log(`\n${w.revisions(imported.revisions.length)}\n${revisionLines(imported.revisions, lang).join('\n')}`);
      if (!values['accept-changes']) {
        console.error(`\n${w.refused}`);
        return 1;
      }
    }
    const folder = join(root, 'content', as, lang);
    const target = join(folder, as === 'pages' ? `${slug}.mdx` : 'index.mdx');
    const shown = relative(root, target);
    if (existsSync(target) && !values.force) {
      console.error(`\n${w.exists(shown)}`);
      return 1;
    }
    mkdirSync(join(folder, 'images'), { recursive: true });
    for (const image of imported.images) {
      const file = join(folder, 'images', image.name);
      writeFileSync(file, image.data);
      console.log(w.image(relative(root, file)));
      if (!image.alt) console.log(w.noAlt(relative(root, file)));
    }
    writeFileSync(target, imported.mdx);
    console.log(`\n${w.wrote(shown)}`);
    if (imported.placeholders.length > 0) console.log(w.placeholders(imported.placeholders));
    console.log(w.next);
    return 0;
  });
}
