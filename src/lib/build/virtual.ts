/**
 * The analysis reaches pages through a virtual module, as Starlight hands its
 * config to its pages (`virtual:starlight/user-config`): `virtual:svd/project`
 * exports the content root, the validated site settings, the declared
 * headline figures and `coverageFor(lang)`, all from the one analysis the
 * integration ran (its source is made by build/shipped.ts). No environment
 * variables, no second analysis while pages render.
 *
 * In `astro build` the settings are known as soon as the worker has read the
 * project, long before the rules finish, so Vite bundles the pages without
 * waiting for the analysis. Only the coverage page needs the findings: its
 * `coverageFor` waits for them as that page renders, through a promise the
 * integration shares under this build's id (Astro prerenders in this process,
 * importing the bundle it has just written, so the page and the integration
 * see one `globalThis`). Every other page renders meanwhile.
 *
 * `virtual:svd/root` exports the content root alone, which is known before
 * any analysis: the content collections' config (src/content.config.ts) needs
 * only that, so Astro's content sync goes on while the analysis runs instead
 * of waiting for it.
 */
import type { Plugin } from 'vite';
import type { Coverage } from '../checks/coverage.ts';
import type { Lang } from '../engine/types.ts';

export const VIRTUAL_ID = 'virtual:svd/project';
export const ROOT_ID = 'virtual:svd/root';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const RESOLVED_ROOT_ID = `\0${ROOT_ID}`;

/** Where each running build's coverage waits for its page, by build id. */
const SHARED = Symbol.for('svd-publisher.coverage');
type Shared = Map<string, Promise<Record<Lang, Coverage>>>;
const shared = (): Shared => ((globalThis as { [SHARED]?: Shared })[SHARED] ??= new Map());

/** Offer this build's coverage (a promise of it) to its coverage page; `withdraw` when the build ends. */
export function shareCoverage(id: string, coverage: Promise<Record<Lang, Coverage>>): { withdraw(): void } {
  shared().set(id, coverage);
  return { withdraw: () => void shared().delete(id) };
}

/** The rest of `virtual:svd/project` in a build: `coverageFor` waits for the build's shared coverage. */
export function sharedCoverageSource(id: string): string {
  return `export const coverageFor = async (lang) => (await globalThis[Symbol.for(${JSON.stringify(SHARED.description)})].get(${JSON.stringify(id)}))[lang];`;
}

/**
 * `source()` gives the module for the latest analysis: in `astro build` a
 * promise of the settings (a load hook may wait; Vite goes on with the other
 * modules); in `astro dev` the re-analysis on save, which invalidates this
 * module.
 */
/** A hook filter matching these ids and nothing else. */
const exactly = (...ids: string[]): RegExp => new RegExp(`^(?:${ids.map((id) => RegExp.escape(id)).join('|')})$`);

export function vitePluginSvdProject(root: string, source: () => string | Promise<string>): Plugin {
  return {
    name: 'svd-publisher:project',
    // Filtered, so Rolldown calls these only for our ids, not for every import of the build.
    resolveId: {
      filter: { id: exactly(VIRTUAL_ID, ROOT_ID) },
      handler(id) {
        if (id === VIRTUAL_ID) return RESOLVED_ID;
        return id === ROOT_ID ? RESOLVED_ROOT_ID : undefined;
      },
    },
    load: {
      filter: { id: exactly(RESOLVED_ID, RESOLVED_ROOT_ID) },
      handler(id) {
        if (id === RESOLVED_ROOT_ID) return `export const contentRoot = ${JSON.stringify(root)};`;
        return id === RESOLVED_ID ? source() : undefined;
      },
    },
  };
}

/** After a re-analysis in `astro dev`: drop the cached module so pages read the new one. */
export function invalidateProject(server: { moduleGraph: { getModuleById(id: string): unknown; invalidateModule(module: never): void } }): void {
  const module = server.moduleGraph.getModuleById(RESOLVED_ID);
  if (module) server.moduleGraph.invalidateModule(module as never);
}
