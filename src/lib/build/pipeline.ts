/**
 * The build, in the order the brief names: content -> schema -> analysis ->
 * pages -> search -> bundle. Any blocking finding stops it before Astro runs;
 * any failed step discards the staging folder.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, type Analysis } from '../engine/analyse.ts';
import { formatHuman } from '../engine/format.ts';
import { t } from '../i18n.ts';
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
  /** Emit the submission bundle into submission/ beside outDir (default true). */
  bundle?: boolean;
  /** "Now" for review dates and the deadline (default: the one clock, engine/clock.ts). */
  now?: Date;
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

  const analysis = await timed(timings, 'analysis', async () => analyse(root, { now: options.now }));
  log(formatHuman(analysis, 'en', { colour: process.stdout.isTTY }));
  if (analysis.errors > 0) {
    log(t('en', 'cli:build.blocked', { count: analysis.errors }));
    // ...except that its submission bundle must not look current (issue 5).
    if (options.bundle !== false && (await import('../bundle/index.ts')).withdrawBundle(outDir)) log(t('en', 'cli:build.withdrawn'));
    return { ok: false, analysis, outDir, timings };
  }

  const stage = createStage(outDir);
  try {
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    const { build } = await import('astro');
    // The content root reaches Astro's config and pages through the environment,
    // so it is set only while this build holds the lock.
    await timed(timings, 'pages', () =>
      withLock(APP_ROOT, () => withEnv({ SVD_ROOT: root, SVD_ANALYSED: '1' }, () => build({ root: APP_ROOT, outDir: stage.dir, logLevel: 'warn' }))),
    );
    const search = await timed(timings, 'search', () => indexSite(stage.dir));
    log(t('en', 'cli:build.search', { pages: search.pages, count: search.languages.length, languages: search.languages.join(', ') }));
    for (const step of options.after ?? []) await step(stage.dir, analysis);
    if (options.bundle !== false) {
      const { bundleStep } = await import('../bundle/index.ts');
      await timed(timings, 'bundle', () => bundleStep(log, outDir)(stage.dir, analysis));
    }
    stage.commit();
    log(t('en', 'cli:build.built', { dir: outDir }));
    return { ok: true, analysis, outDir, timings };
  } catch (error) {
    stage.discard();
    throw error;
  }
}

async function withEnv<T>(values: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  try {
    return await body();
  } finally {
    for (const [name, value] of Object.entries(previous)) restore(name, value);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
