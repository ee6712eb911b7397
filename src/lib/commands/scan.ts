/**
 * `svd scan [paths...] [--json] [--lang en|cy] [--strip-metadata]`: the
 * redaction-risk scan on demand. With no paths (or the site's folder) it
 * scans the project exactly as the build does; with files or folders it scans
 * those directly (.mdx, .md, .txt drafts, images, PDFs and Office files).
 * Exit 0 with no errors, 1 with errors, 2 when nothing could be read.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse } from '../engine/analyse.ts';
import { formatHuman, formatJson } from '../engine/format.ts';
import { kindOf, publishedFiles } from '../redaction/files.ts';
import { scanFiles } from '../extract/scan.ts';
import { withPublishedText } from '../extract/published-text.ts';
import { expandPaths } from '../redaction/paths.ts';
import { stripImages } from '../redaction/strip.ts';
import { t } from '../i18n.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.scan`) names each (test/cli-help.test.ts). */
export const OPTIONS = { json: { type: 'boolean' }, lang: { type: 'string' }, 'strip-metadata': { type: 'boolean' }, ...NOW_OPTION } as const;


function isProject(path: string): boolean {
  return existsSync(join(path, 'content')) && statSync(path).isDirectory();
}

export function run(args: string[]): Promise<number> {
  return guarded('scan', args, async () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText('scan', lang));
      return 0;
    }
    const now = nowOption(values.now);
    const projectMode = positionals.length === 0 || (positionals.length === 1 && isProject(resolve(positionals[0]!)));
    const root = resolve(projectMode ? (positionals[0] ?? '.') : '.');
    if (projectMode && !existsSync(join(root, 'content'))) {
      console.error(t(lang, 'cli:noContent.scan', { root }));
      return 2;
    }
    const missing = positionals.filter((p) => !existsSync(p));
    if (!projectMode && missing.length > 0) {
      console.error(t(lang, 'cli:notFound', { paths: missing.join(', ') }));
      return 2;
    }
    if (values['strip-metadata']) {
      const images = projectMode ? publishedFiles(root).filter((f) => f.kind === 'image').map((f) => f.full) : expandPaths(positionals).filter((f) => kindOf(f) === 'image');
      const { stripped, failed } = await stripImages(images);
      // stderr, so that --json output stays machine-readable.
      for (const path of stripped) console.error(t(lang, 'cli:strip.done', { path }));
      for (const { path, reason } of failed) console.error(t(lang, 'cli:strip.failed', { path, reason }));
    }
    const analysis = projectMode ? await withPublishedText(analyse(root, { sets: ['scan'], now })) : await scanFiles(positionals, { root, now });
    if (values.json) process.stdout.write(`${formatJson(analysis, lang)}\n`);
    else console.log(formatHuman(analysis, lang, { colour: process.stdout.isTTY }));
    if (projectMode && !analysis.project.site && analysis.project.documents.length === 0) return 2;
    return analysis.errors > 0 ? 1 : 0;
  });
}
