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
import { guarded, NOW_HELP, NOW_OPTION, nowOption, parse } from './options.ts';

const HELP = `Usage: svd build [root] [--out dir] [--now YYYY-MM-DD]

Builds the site in root (default: this folder) into root/dist (or --out),
with search and the submission bundle. Nothing is written unless every check passes.

${NOW_HELP}`;

export function run(args: string[]): Promise<number> {
  return guarded(HELP, async () => {
    const { values, positionals } = parse(args, { out: { type: 'string' }, ...NOW_OPTION });
    if (values.help) {
      console.log(HELP);
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
      console.error(t('en', 'safety:interrupted', { dir: outDir }));
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
    if (result.ok) console.log(t('en', 'cli:build.done', { seconds: ((performance.now() - start) / 1000).toFixed(1), timings: Object.entries(result.timings).map(([k, v]) => `${k} ${v} ms`).join(', ') }));
    return result.ok ? 0 : 1;
  });
}
