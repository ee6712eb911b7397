/**
 * `svd bundle [root] [--out dir] [--lang en|cy]`: make the submission bundle
 * again from the site already built in dist/, after checking the content
 * again (for example once site url is set, without rebuilding the site).
 * Exit 0 with a bundle, 1 with none (any earlier one is removed), 2 when
 * there is no built site or the input cannot be read.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BundleError, createBundle, withdrawBundle } from '../bundle/index.ts';
import { formatSize } from '../bundle/cover.ts';
import { ERRORS } from '../bundle/strings.ts';
import { analyse } from '../engine/analyse.ts';
import { formatHuman } from '../engine/format.ts';
import { t } from '../i18n.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, rootOption } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.bundle`) names each (test/cli-help.test.ts). */
export const OPTIONS = { out: { type: 'string' }, lang: { type: 'string' }, ...NOW_OPTION } as const;


export function run(args: string[]): Promise<number> {
  return guarded('bundle', args, async () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText('bundle', lang));
      return 0;
    }
    const root = rootOption(positionals);
    const dist = values.out ? resolve(values.out) : join(root, 'dist');
    if (!existsSync(join(dist, 'index.html'))) {
      console.error(t(lang, ERRORS.noSite, { dir: dist }));
      return 2;
    }
    const analysis = analyse(root, { now: nowOption(values.now) });
    console.log(formatHuman(analysis, lang, { colour: process.stdout.isTTY }));
    if (!analysis.project.site && analysis.project.documents.length === 0) {
      withdrawBundle(dist);
      return 2;
    }
    try {
      const result = await createBundle(dist, analysis, { log: (line) => console.log(line) });
      console.log(`\n${result.files.map((file) => `  ${file.name.padEnd(40)} ${formatSize(file.bytes, lang).padStart(8)}`).join('\n')}`);
      return 0;
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      console.error(`\n${error.text[lang]}`);
      return 1;
    }
  });
}
