/**
 * The build, in the order the brief names: content -> schema -> analysis ->
 * pages -> search -> bundle. Any blocking finding stops it before Astro runs;
 * any failed step discards the staging folder.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, type Analysis } from '../engine/analyse.ts';
import { formatHuman } from '../engine/format.ts';
import { withLock } from './lock.ts';
import { createStage } from './stage.ts';
import { indexSite } from './search.ts';
import { timed } from './timed.ts';

/** The app (this package): Astro's root, where src/pages and astro.config.mjs live. */
export const APP_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

export interface BuildOptions {
  /** Folder holding content/ (default: the app root, i.e. the example). */
  root?: string;
  /** Output folder (default: root/dist). */
  outDir?: string;
  log?: (line: string) => void;
  /** Steps after search, given the staged site folder (the submission bundle). */
  after?: Array<(siteDir: string, analysis: Analysis) => Promise<void>>;
  /** Emit the submission bundle into dist/submission/ (default true). */
  bundle?: boolean;
}

export interface BuildResult {
  ok: boolean;
  analysis: Analysis;
  outDir: string;
  timings: Record<string, number>;
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? APP_ROOT);
  const outDir = resolve(options.outDir ?? resolve(root, 'dist'));
  const log = options.log ?? ((line: string) => console.log(line));
  const timings: Record<string, number> = {};

  const analysis = await timed(timings, 'analysis', async () => analyse(root));
  log(formatHuman(analysis, 'en', { colour: process.stdout.isTTY }));
  if (analysis.errors > 0) {
    log(`\nNothing was published: fix the ${analysis.errors === 1 ? 'error' : `${analysis.errors} errors`} above and build again. The previous dist/ is unchanged.`);
    // ...except that its submission bundle must not look current (issue 5).
    if (options.bundle !== false && (await import('../bundle/index.ts')).withdrawBundle(outDir)) log('Its submission bundle was removed, so that it cannot be sent by mistake.');
    return { ok: false, analysis, outDir, timings };
  }

  const stage = createStage(outDir);
  const previousRoot = process.env.SVD_ROOT;
  const previousAnalysed = process.env.SVD_ANALYSED;
  try {
    process.env.SVD_ROOT = root;
    process.env.SVD_ANALYSED = '1';
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    const { build } = await import('astro');
    await timed(timings, 'pages', () => withLock(APP_ROOT, () => build({ root: APP_ROOT, outDir: stage.dir, logLevel: 'warn' })));
    const search = await timed(timings, 'search', () => indexSite(stage.dir));
    log(`Search: ${search.pages} pages indexed in ${search.languages.length} language(s): ${search.languages.join(', ')}.`);
    for (const step of options.after ?? []) await step(stage.dir, analysis);
    if (options.bundle !== false) {
      const { bundleStep } = await import('../bundle/index.ts');
      await timed(timings, 'bundle', () => bundleStep(log)(stage.dir, analysis));
    }
    stage.commit();
    log(`Built ${outDir}`);
    return { ok: true, analysis, outDir, timings };
  } catch (error) {
    stage.discard();
    throw error;
  } finally {
    restore('SVD_ROOT', previousRoot);
    restore('SVD_ANALYSED', previousAnalysed);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
