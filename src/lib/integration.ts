/**
 * The Astro glue, and the owner of the build: it runs the analysis once (in
 * `astro build`, in a worker thread started before Astro reads any content,
 * so it overlaps Astro's own work: build/analysis-thread.ts), hands it to
 * pages through the `virtual:svd/project` module (the settings as soon as the
 * project is read; the coverage page alone waits for the findings), stops a
 * build on a blocking finding once the pages are written and before anything
 * is published, and then indexes the pages with Pagefind and makes the
 * submission bundle from the built site. So `astro build`, `npm run build`
 * and `svd build` do the same thing. In `astro dev` it analyses again on each
 * content save. Deliberately thin; the logic is in the engine and the steps.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { randomUUID } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { viteHeadingKeys } from './content/heading-keys.ts';
import { afterBurst } from './content/saves.ts';
import { svdMarkdownProcessor } from './markdown/processor.ts';
import { checkSite } from './safety/integration.ts';
import { placesFor, tidy } from './safety/leftovers.ts';
import type { Analysis } from './engine/analyse.ts';
import { formatHuman } from './engine/format.ts';
import { t } from './i18n.ts';
import { createStage, type Stage } from './build/stage.ts';
import { indexSite } from './build/search.ts';
import { startAnalysis, type AnalysisDone, type RunningAnalysis } from './build/analysis-thread.ts';
import type { BuildAnalysis } from './build/shipped.ts';
import { invalidateProject, shareCoverage, sharedCoverageSource, vitePluginSvdProject } from './build/virtual.ts';
import { withdrawBundle } from './bundle/location.ts';
import { limitHeapGrowth } from './build/heap-growth.ts';
import { findingsApp, serveFindings } from '../toolbar/index.ts';

export interface SvdResult {
  ok: boolean;
  /** The one analysis as the build's main thread has it: counts, findings, waivers (build/shipped.ts). */
  analysis: BuildAnalysis;
  /** The folder the site was (or would have been) written to. */
  outDir: string;
  /**
   * Wall milliseconds per stage: analysis (the worker's own time, in parallel with Astro's work),
   * analysis-wait (how long build:done waited for it once the pages were written), pages, search, bundle.
   */
  timings: Record<string, number>;
  /** CPU milliseconds per stage: analysis is the worker thread's, pages the main thread's, search and bundle the process's. */
  cpu: Record<string, number>;
}

export interface SvdOptions {
  /** The folder holding content/ (the partnership's project). */
  root: string;
  /** "Now" for review dates and the deadline (default: the one clock, engine/clock.ts). */
  now?: Date;
  /** Make the submission bundle from the built site (default true). */
  bundle?: boolean;
  /** Where the build's own lines go (default: Astro's logger). */
  log?: (line: string) => void;
  /**
   * Stop the build on a blocking finding (default true). False reports the
   * findings and builds anyway, as `astro dev` does; the safe-MDX refusal
   * still stops unsafe content at compile time.
   */
  block?: boolean;
  /** Colour the findings (a terminal). */
  colour?: boolean;
  /** Told how the build ended, with the one analysis (svd build prints its timings). */
  onResult?: (result: SvdResult) => void;
  /**
   * Given, when a build starts, a way to wait for the analysis's verdict (the findings printed,
   * onResult told if it blocks). Astro may fail on its own before any page asks for the analysis
   * (a settings block it cannot parse); buildSite then still reports the findings, as before.
   * Called only once the build is over: it also takes back the coverage offered to this build's
   * page (build/virtual.ts), which build:done would have, so a long-lived process keeps none.
   */
  onVerdict?: (verdict: () => Promise<unknown>) => void;
}

/** The keys Vite and Astro define on import.meta.env themselves. */
const VITE_ENV_KEYS = ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'];

export class PublicationBlocked extends AstroError {
  constructor(analysis: { errors: number }) {
    super(t('en', 'cli:blocked.message', { count: analysis.errors }), t('en', 'cli:blocked.hint'));
    this.name = 'PublicationBlocked';
  }
}

function printer(options: SvdOptions, logger: AstroIntegrationLogger) {
  return (text: string, { errors, warnings }: { errors: number; warnings: number }) => {
    if (options.log) options.log(text);
    else if (errors > 0) logger.error(`\n${text}`);
    else if (warnings > 0) logger.warn(`\n${text}`);
    else logger.info(text);
  };
}

/** CPU milliseconds of this thread since `since` (Astro's work is on the main thread; the analysis has its own). */
function threadCpu(since: NodeJS.CpuUsage): number {
  const spent = process.threadCpuUsage(since);
  return Math.round((spent.user + spent.system) / 1000);
}

export default function svdPublisher(options: SvdOptions): AstroIntegration {
  const root = resolve(options.root);
  const timings: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  /** Run a stage, recording its wall and CPU time. */
  const timed = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
    const [wall, used] = [performance.now(), process.cpuUsage()];
    try {
      return await step();
    } finally {
      const spent = process.cpuUsage(used);
      timings[name] = Math.round(performance.now() - wall);
      cpu[name] = Math.round((spent.user + spent.system) / 1000);
    }
  };
  // astro dev (and sync): the analysis in this process, again on each save; the engine is imported only then.
  let analysis: Analysis | undefined;
  let engine: { analyse: typeof import('./engine/analyse.ts').analyse; projectModule: typeof import('./build/shipped.ts').projectModule } | undefined;
  const current = (): Analysis => (analysis ??= engine!.analyse(root, { now: options.now }));
  // astro build: the analysis running in its worker, and the verdict on it, reached once.
  let running: RunningAnalysis | undefined;
  let coverageShare: { withdraw(): void } | undefined;
  let verdict: Promise<BuildAnalysis> | undefined;
  let pagesCpu = process.threadCpuUsage();
  let mode: string | undefined;
  // Set back when the build is done, however it ends there (build/heap-growth.ts).
  let restoreHeapGrowth: (() => void) | undefined;
  let stage: Stage | undefined;
  let outDir = '';
  let pagesStart = 0;
  let withdrewEarlier = false;
  let print: ReturnType<typeof printer> = () => {};
  let log: (line: string) => void = () => {};
  /** The site's base path and address, for reading the built pages back. */
  let where: { base: string; site?: string } = { base: '/' };
  /**
   * Wait for the analysis, print its findings and decide, once, whatever asks first (build:done;
   * the virtual module's load when there is no valid site to build; buildSite after a failure
   * inside Astro). A blocking finding or a failed analysis discards what Astro has written so far:
   * nothing half-made, dist/ as it was.
   */
  const decide = (): Promise<BuildAnalysis> =>
    (verdict ??= (async () => {
      const waited = performance.now();
      let done: AnalysisDone;
      try {
        done = await running!.done;
      } catch (error) {
        stage?.discard();
        stage = undefined;
        throw error;
      } finally {
        timings['analysis-wait'] = Math.round(performance.now() - waited);
      }
      timings.analysis = done.wall;
      cpu.analysis = done.cpu;
      if (done.rerun) log(t('en', 'cli:build.analysisRerun'));
      const found = done.analysis;
      print(found.report, found);
      if (found.errors > 0 && options.block !== false) {
        log(t('en', 'cli:build.blocked', { count: found.errors }));
        // ...and the bundle beside the previous site must not look current (issue 5); it went when the build started.
        if (withdrewEarlier) log(t('en', 'cli:build.withdrawn'));
        stage?.discard();
        stage = undefined;
        options.onResult?.({ ok: false, analysis: found, outDir, timings, cpu });
        throw new PublicationBlocked(found);
      }
      return found;
    })());

  /** astro:build:done's work: the verdict, then search, bundle and audit on the stage, then publishing it. */
  async function finishBuild(dir: URL): Promise<void> {
    if (mode !== 'build') return;
    timings.pages = Math.round(performance.now() - pagesStart);
    cpu.pages = threadCpu(pagesCpu);
    // Every page is rendered (only the coverage page waited for the analysis): the verdict now.
    coverageShare?.withdraw();
    const found = await decide();
    const staged = stage;
    if (!staged) return;
    stage = undefined;
    const siteDir = resolve(fileURLToPath(dir));
    try {
      const search = await timed('search', () => indexSite(siteDir));
      log(t('en', 'cli:build.search', { pages: search.pages, count: search.languages.length, languages: search.languages.join(', ') }));
      if (options.bundle !== false) {
        await timed('bundle', async () => {
          const [{ bundleStep }, { loadProject }] = await Promise.all([import('./bundle/index.ts'), import('./content/load.ts')]);
          // The PDFs and Word files are made from the documents' trees, which stayed in the worker (too big
          // to clone, and VFiles do not survive it): the bundle reads the documents again, a small part of its
          // own time, and takes every finding, count and waiver from the one analysis.
          const project = loadProject(root, { now: found.project.now });
          await bundleStep(log, outDir)(siteDir, { ...found, project, messages: [] });
        });
      }
      // Last, with the downloads in place: no leak, no broken link, or nothing is published.
      checkSite(siteDir, where, log);
      staged.commit();
    } catch (error) {
      staged.discard();
      // The bundle may already be made from this unpublished site: it must not look current.
      if (options.bundle !== false) withdrawBundle(outDir);
      throw error;
    }
    log(t('en', 'cli:build.built', { dir: outDir }));
    options.onResult?.({ ok: true, analysis: found, outDir, timings, cpu });
  }
  return {
    name: 'svd-publisher',
    hooks: {
      'astro:config:setup': async ({ command, config: astro, logger, updateConfig, addDevToolbarApp }) => {
        mode = command;
        // This build's id, for the coverage its page waits for (build/virtual.ts).
        const buildId = randomUUID();
        // First of all, so it runs while Astro starts up; whatever reads it awaits decide().
        if (command === 'build') {
          restoreHeapGrowth = limitHeapGrowth();
          running = startAnalysis({ root, now: options.now, colour: options.colour });
          // The coverage page waits for this as it renders; on a failure it renders empty, and build:done throws the failure.
          const none = { documents: [], welshRequired: false };
          coverageShare = shareCoverage(buildId, running.done.then((done) => done.analysis.coverage, () => ({ en: none, cy: none })));
        } else {
          const [{ analyse }, { projectModule }] = await Promise.all([import('./engine/analyse.ts'), import('./build/shipped.ts')]);
          engine = { analyse, projectModule };
        }
        // Astro hands every environment variable to import.meta.env (env/env-loader.js), so a
        // stray BASE_URL or SITE in the shell (vitest sets them in its workers) would override
        // site.yaml's base in every link. The site's settings come from site.yaml alone.
        for (const key of VITE_ENV_KEYS) delete process.env[key];
        if (command === 'dev') addDevToolbarApp(findingsApp); // the open page's findings while writing (src/toolbar/)
        log = options.log ?? ((line) => logger.info(line));
        print = printer(options, logger);
        // In a build, pages are bundled with the settings as soon as the worker has read the project. Without
        // them (the project could not be read) or without a valid site.yaml, the verdict comes first: it stops the build.
        const pageModule = async () => {
          const settings = await running!.settings.catch(async (error: unknown) => {
            await decide();
            throw error;
          });
          if (!settings.site) await decide();
          return `${settings.module}\n${sharedCoverageSource(buildId)}`;
        };
        const source = command === 'build' ? pageModule : () => engine!.projectModule(root, current());
        // Astro's native processor (satteri) with our steps: the safe-MDX refusal first, so no
        // content ever compiles to code; heading ids from the engine's own keys (markdown/processor.ts).
        updateConfig({
          vite: { plugins: [viteHeadingKeys(), vitePluginSvdProject(root, source)] },
          markdown: { processor: svdMarkdownProcessor() },
        });
        if (command !== 'build') return;
        options.onVerdict?.(() => {
          coverageShare?.withdraw();
          return decide();
        });
        where = { base: astro.base, site: astro.site };
        outDir = fileURLToPath(astro.outDir);
        // A killed build's folders go first (and its old dist/, if it was killed mid-swap, is put back).
        tidy(placesFor(fileURLToPath(astro.root), outDir));
        // From here until the new site is published there is no bundle, however the build ends (blocked,
        // a crash inside Astro, Ctrl-C, SIGKILL): the bundle always matches the site in dist/, or is absent.
        if (options.bundle !== false) withdrewEarlier = withdrawBundle(outDir);
        // Astro writes into a staging folder; build:done swaps it into place once the analysis, search and bundle pass.
        stage = createStage(outDir, join(fileURLToPath(astro.root), '.svd'));
        updateConfig({ outDir: pathToFileURL(`${stage.dir}/`) });
      },
      'astro:build:start': () => {
        pagesStart = performance.now();
        pagesCpu = process.threadCpuUsage();
      },
      'astro:build:done': async ({ dir }) => {
        try {
          await finishBuild(dir);
        } finally {
          restoreHeapGrowth?.();
          restoreHeapGrowth = undefined;
        }
      },
      'astro:server:setup': ({ server, toolbar }) => {
        // Astro also starts a Vite server inside `astro build`; only `astro dev` watches.
        if (mode !== 'dev') return;
        const report = () => {
          const found = current();
          print(formatHuman(found, 'en', { colour: options.colour ?? false }), found);
        };
        report();
        const content = resolve(root, 'content');
        server.watcher.add(content);
        serveFindings(toolbar, current, server.watcher, content);
        const reanalyse = afterBurst(() => {
          analysis = undefined;
          report();
          invalidateProject(server);
        }, 50);
        server.watcher.on('all', (_event, path) => {
          if (!relative(content, path).startsWith('..')) reanalyse.changed();
        });
      },
    },
  };
}
