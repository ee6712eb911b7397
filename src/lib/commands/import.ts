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
import { importDocx, type ImportAs, type Imported } from '../import/document.ts';
import type { Revision } from '../import/revisions.ts';
import { guarded, langOption, NOW_HELP, NOW_OPTION, nowOption, parse, UsageError } from './options.ts';

const HELP = `Usage: svd import <file.docx> [--lang en|cy] [--as strategy|sna|page] [--slug name] [--accept-changes] [--force] [--root folder] [--now YYYY-MM-DD]

Turns a Word document into a document of the site: content/<strategy|sna|pages>/<lang>/.
Headings that read like the sections the law asks for are marked with their
keys ({#governance}); a table shows which, and which sections are missing.
Pictures are saved beside the document with their hidden details (location,
camera, author) removed.

  --lang cy          the document is in Welsh (default en); also the language of messages
  --as sna           what the document is: strategy (default), sna, or page
  --slug name        its web address (default: strategy, sna, or the file's name)
  --accept-changes   write it even though it has comments or tracked changes
                     (insertions kept, deletions dropped, comments left out)
  --force            replace a document that is already there
  --root folder      the site's folder (default: this folder)
${NOW_HELP}`;

const WORDS = {
  en: {
    heading: 'Heading',
    key: 'Key given',
    none: '(none)',
    unmatched: 'Sections the law asks for that no heading matched (add them, or mark the heading that covers each with its key):',
    allMatched: 'Every section the law asks for has a heading.',
    revisions: (n: number) => `This Word file has ${n} comment${n === 1 ? '' : 's'} or tracked change${n === 1 ? '' : 's'}:`,
    kind: { insertion: 'inserted', deletion: 'deleted', comment: 'comment' },
    paragraph: (p: number | undefined) => (p ? `paragraph ${p}` : 'paragraph ?'),
    refused: 'Nothing was written. Resolve the comments and tracked changes in Word (Review > Accept, Delete comment) and import again, or run again with --accept-changes to keep the insertions, drop the deletions and leave the comments out.',
    exists: (file: string) => `${file} already exists. Run again with --force to replace it.`,
    wrote: (file: string) => `Wrote ${file}.`,
    image: (file: string) => `Saved ${file} (location, camera and author details removed).`,
    noAlt: (file: string) => `${file}: this picture has no alt text in Word. Add a description where it appears in the document: ![what the picture shows](...). Readers who cannot see it rely on that text.`,
    placeholders: (names: string[]) => `The Word file did not give: ${names.join(', ')}. Replace the TODO in each before publishing.`,
    next: 'Next: svd check, then svd build.',
    notDocx: (file: string) => `${file} cannot be read as a Word document (.docx): `,
  },
  cy: {
    heading: 'Pennawd',
    key: 'Allwedd',
    none: '(dim)',
    unmatched: "Adrannau y mae'r gyfraith yn gofyn amdanynt nad oedd pennawd yn cyfateb iddynt (ychwanegwch nhw, neu marciwch y pennawd sy'n ymdrin â phob un â'i allwedd):",
    allMatched: "Mae gan bob adran y mae'r gyfraith yn gofyn amdani bennawd.",
    revisions: (n: number) => `Mae gan y ffeil Word hon ${n} sylw neu newid wedi'i olrhain:`,
    kind: { insertion: 'mewnosodwyd', deletion: 'dilëwyd', comment: 'sylw' },
    paragraph: (p: number | undefined) => (p ? `paragraff ${p}` : 'paragraff ?'),
    refused: "Ni ysgrifennwyd dim. Datryswch y sylwadau a'r newidiadau wedi'u holrhain yn Word (Adolygu > Derbyn, Dileu sylw) a mewnforiwch eto, neu rhedwch eto gyda --accept-changes i gadw'r mewnosodiadau, gollwng y dileadau a gadael y sylwadau allan.",
    exists: (file: string) => `Mae ${file} yn bodoli eisoes. Rhedwch eto gyda --force i'w disodli.`,
    wrote: (file: string) => `Ysgrifennwyd ${file}.`,
    image: (file: string) => `Cadwyd ${file} (manylion lleoliad, camera ac awdur wedi'u tynnu).`,
    noAlt: (file: string) => `${file}: nid oes testun amgen i'r llun hwn yn Word. Ychwanegwch ddisgrifiad lle mae'n ymddangos yn y ddogfen: ![beth mae'r llun yn ei ddangos](...). Mae darllenwyr na allant ei weld yn dibynnu ar y testun hwnnw.`,
    placeholders: (names: string[]) => `Ni roddodd y ffeil Word: ${names.join(', ')}. Rhowch rywbeth yn lle'r TODO ym mhob un cyn cyhoeddi.`,
    next: 'Nesaf: svd check, yna svd build.',
    notDocx: (file: string) => `Ni ellir darllen ${file} fel dogfen Word (.docx): `,
  },
};

type Words = (typeof WORDS)['en'];

function asOption(value: unknown): ImportAs {
  if (value === undefined || value === 'strategy') return 'strategy';
  if (value === 'sna') return 'sna';
  if (value === 'page' || value === 'pages') return 'pages';
  throw new UsageError(`--as must be strategy, sna or page, not "${String(value)}"`);
}

/** The mapping table: one row per heading, the key it was given, then the requirements left over. */
export function mappingTable(imported: Imported, as: ImportAs, lang: Lang): string {
  const w: Words = WORDS[lang] as Words;
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
  const w = WORDS[lang];
  return revisions.map((r) => `  ${w.paragraph(r.paragraph)}  ${w.kind[r.kind]}${r.author ? ` (${r.author})` : ''}: "${r.text}"`);
}

export function run(args: string[]): Promise<number> {
  return guarded(HELP, async () => {
    const { values, positionals } = parse(args, {
      lang: { type: 'string' },
      as: { type: 'string' },
      slug: { type: 'string' },
      'accept-changes': { type: 'boolean' },
      force: { type: 'boolean' },
      root: { type: 'string' },
      ...NOW_OPTION,
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const lang = langOption(values.lang);
    const as = asOption(values.as);
    const w = WORDS[lang];
    const source = positionals[0];
    if (!source) throw new UsageError('Give the Word file to import: svd import strategy.docx');
    const root = resolve(values.root ?? process.env.SVD_ROOT ?? '.');
    const slug = values.slug ?? (as === 'pages' ? basename(source).replace(/\.docx$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : as);
    let imported: Imported;
    try {
      imported = await importDocx(readFileSync(source), { lang, as, slug, now: nowOption(values.now) });
    } catch (error) {
      console.error(`${w.notDocx(source)}${(error as Error).message}`);
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
