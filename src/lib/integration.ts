/**
 * The Astro glue, and the owner of the build: it runs the analysis once
 * (before Astro reads any content), hands it to pages through the
 * `virtual:svd/project` module, stops a build on a blocking finding, and
 * after Astro has written the pages indexes them with Pagefind and makes the
 * submission bundle from the built site. So `astro build`, `npm run build`
 * and `svd build` do the same thing. In `astro dev` it analyses again on each
 * content save. Deliberately thin; the logic is in the engine and the steps.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { viteHeadingKeys } from './content/heading-keys.ts';
import { svdMarkdownProcessor } from './markdown/processor.ts';
import { checkSite } from './safety/integration.ts';
import { placesFor, tidy } from './safety/leftovers.ts';
import { analyse, type Analysis } from './engine/analyse.ts';
import { formatHuman } from './engine/format.ts';
import { t } from './i18n.ts';
import { createStage, type Stage } from './build/stage.ts';
import { indexSite } from './build/search.ts';
import { invalidateProject, vitePluginSvdProject } from './build/virtual.ts';
import { findingsApp, serveFindings } from '../toolbar/index.ts';
import { withPublishedText } from './extract/published-text.ts';

export interface SvdResult {
  ok: boolean;
  analysis: Analysis;
  /** The folder the site was (or would have been) written to. */
  outDir: string;
  /** Wall milliseconds per stage: analysis, pages, search, bundle. */
  timings: Record<string, number>;
  /** CPU milliseconds (this process, all threads) per stage, for the benchmark. */
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
}

/** The keys Vite and Astro define on import.meta.env themselves. */
const VITE_ENV_KEYS = ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'];

export class PublicationBlocked extends AstroError {
  constructor(analysis: Analysis) {
    super(t('en', 'cli:blocked.message', { count: analysis.errors }), t('en', 'cli:blocked.hint'));
    this.name = 'PublicationBlocked';
  }
}

function printer(options: SvdOptions, logger: AstroIntegrationLogger) {
  return (analysis: Analysis) => {
    const text = formatHuman(analysis, 'en', { colour: options.colour ?? false });
    if (options.log) options.log(text);
    else if (analysis.errors > 0) logger.error(`\n${text}`);
    else if (analysis.warnings > 0) logger.warn(`\n${text}`);
    else logger.info(text);
  };
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
  let analysis: Analysis | undefined;
  const current = (): Analysis => {
    if (!analysis) {
      const [wall, used] = [performance.now(), process.cpuUsage()];
      analysis = analyse(root, { now: options.now });
      const spent = process.cpuUsage(used);
      timings.analysis = Math.round(performance.now() - wall);
      cpu.analysis = Math.round((spent.user + spent.system) / 1000);
    }
    return analysis;
  };
  let pagesCpu = process.cpuUsage();
  let mode: string | undefined;
  let stage: Stage | undefined;
  let outDir = '';
  let pagesStart = 0;
  let log: (line: string) => void = () => {};
  /** The site's base path and address, for reading the built pages back. */
  let where: { base: string; site?: string } = { base: '/' };
  return {
    name: 'svd-publisher',
    hooks: {
      'astro:config:setup': async ({ command, config: astro, logger, updateConfig, addDevToolbarApp }) => {
        mode = command;
        // Astro hands every environment variable to import.meta.env (env/env-loader.js), so a
        // stray BASE_URL or SITE in the shell (vitest sets them in its workers) would override
        // site.yaml's base in every link. The site's settings come from site.yaml alone.
        for (const key of VITE_ENV_KEYS) delete process.env[key];
        if (command === 'dev') addDevToolbarApp(findingsApp); // the open page's findings while writing (src/toolbar/)
        log = options.log ?? ((line) => logger.info(line));
        // Astro's native processor (satteri) with our steps: the safe-MDX refusal first, so no
        // content ever compiles to code; heading ids from the engine's own keys (markdown/processor.ts).
        updateConfig({
          vite: { plugins: [viteHeadingKeys(), vitePluginSvdProject(root, current)] },
          markdown: { processor: svdMarkdownProcessor() },
        });
        if (command !== 'build') return;
        where = { base: astro.base, site: astro.site };
        outDir = fileURLToPath(astro.outDir);
        // A killed build's folders go first (and its old dist/, if it was killed mid-swap, is put back).
        tidy(placesFor(fileURLToPath(astro.root), outDir));
        // The text of the Word and PDF files it publishes is scanned too (reading a PDF is asynchronous).
        const found = (analysis = await withPublishedText(current()));
        printer(options, logger)(found);
        if (found.errors > 0 && options.block !== false) {
          log(t('en', 'cli:build.blocked', { count: found.errors }));
          // ...and the bundle beside the previous site must not look current (issue 5).
          if (options.bundle !== false && (await withdraw(outDir))) log(t('en', 'cli:build.withdrawn'));
          options.onResult?.({ ok: false, analysis: found, outDir, timings, cpu });
          throw new PublicationBlocked(found);
        }
        // From here until the new site is published there is no bundle, however the build ends (a crash
        // inside Astro, Ctrl-C, SIGKILL): the bundle always matches the site in dist/, or is absent.
        if (options.bundle !== false) await withdraw(outDir);
        // Astro writes into a staging folder; build:done swaps it into place once search and bundle succeed.
        stage = createStage(outDir, join(fileURLToPath(astro.root), '.svd'));
        updateConfig({ outDir: pathToFileURL(`${stage.dir}/`) });
      },
      'astro:build:start': () => {
        pagesStart = performance.now();
        pagesCpu = process.cpuUsage();
      },
      'astro:build:done': async ({ dir }) => {
        const staged = stage;
        if (!staged || !analysis) return;
        stage = undefined;
        const siteDir = resolve(fileURLToPath(dir));
        try {
          timings.pages = Math.round(performance.now() - pagesStart);
          const spent = process.cpuUsage(pagesCpu);
          cpu.pages = Math.round((spent.user + spent.system) / 1000);
          const search = await timed('search', () => indexSite(siteDir));
          log(t('en', 'cli:build.search', { pages: search.pages, count: search.languages.length, languages: search.languages.join(', ') }));
          if (options.bundle !== false) {
            const { bundleStep } = await import('./bundle/index.ts');
            const found = analysis;
            await timed('bundle', () => bundleStep(log, outDir)(siteDir, found));
          }
          // Last, with the downloads in place: no leak, no broken link, or nothing is published.
          checkSite(siteDir, where, log);
          staged.commit();
        } catch (error) {
          staged.discard();
          // The bundle may already be made from this unpublished site: it must not look current.
          if (options.bundle !== false) await withdraw(outDir);
          throw error;
        }
        log(t('en', 'cli:build.built', { dir: outDir }));
        options.onResult?.({ ok: true, analysis, outDir, timings, cpu });
      },
      'astro:server:setup': ({ server, logger, toolbar }) => {
        // Astro also starts a Vite server inside `astro build`; only `astro dev` watches.
        if (mode !== 'dev') return;
        const print = printer(options, logger);
        print(current());
        let timer: NodeJS.Timeout | undefined;
        const content = resolve(root, 'content');
        server.watcher.add(content);
        serveFindings(toolbar, current, server.watcher, content);
        server.watcher.on('all', (_event, path) => {
          if (relative(content, path).startsWith('..')) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            analysis = undefined;
            print(current());
            invalidateProject(server);
          }, 50);
        });
      },
    },
  };
}

async function withdraw(outDir: string): Promise<boolean> {
  const { withdrawBundle } = await import('./bundle/index.ts');
  return withdrawBundle(outDir);
}
