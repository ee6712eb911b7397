/**
 * `svd build [root] [--out dir]`: check, scan, build both languages, index
 * for search and emit the submission bundle. Exit 1 if anything blocks.
 */
import { join, resolve } from 'node:path';
import { APP_ROOT, astroRootFor } from '../build/config.ts';
import { buildSite } from '../build/pipeline.ts';
import { t } from '../i18n.ts';
import { SiteLeaks } from '../safety/integration.ts';
import { appPathProblem } from '../safety/app-path.ts';
import { placesFor, tidy } from '../safety/leftovers.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.build`) names each (test/cli-help.test.ts). */
export const OPTIONS = { out: { type: 'string' }, lang: { type: 'string' }, ...NOW_OPTION } as const;


export function run(args: string[]): Promise<number> {
  return guarded('build', args, async () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText('build', lang));
      return 0;
    }
    const problem = appPathProblem(APP_ROOT);
    if (problem) {
      console.error(problem);
      return 2;
    }
    const start = performance.now();
    const root = positionals[0] ? resolve(positionals[0]) : APP_ROOT;
    const outDir = values.out ? resolve(values.out) : join(root, 'dist');
    // Build from the app's folder, wherever the officer typed the command: when the output is
    // outside the working folder, Astro writes its prerender bundle under <cwd>/.astro/, and
    // that bundle must resolve the app's own node_modules (root and outDir are absolute by now).
    process.chdir(APP_ROOT);
    // Ctrl-C: remove what this build had started and say so. dist/ is replaced only at the very
    // end, so it is as it was (or, if the signal came mid-swap, the old one is put back).
    const stop = () => {
      tidy(placesFor(astroRootFor(root), outDir), process.pid);
      console.error(t(lang, 'safety:interrupted', { dir: outDir }));
      process.exit(130);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let result;
    try {
      result = await buildSite({ root, outDir, now: nowOption(values.now) });
    } catch (error) {
      // The built site's own check names each page and link at fault: the lines are the message, not a stack.
      if (!(error instanceof SiteLeaks)) throw error;
      console.error(error.message);
      return 1;
    }
    if (result.ok) console.log(t(lang, 'cli:build.done', { seconds: ((performance.now() - start) / 1000).toFixed(1), timings: Object.entries(result.timings).map(([k, v]) => `${k} ${v} ms`).join(', ') }));
    return result.ok ? 0 : 1;
  });
}
