/**
 * The analysis reaches pages through a virtual module, as Starlight hands its
 * config to its pages (`virtual:starlight/user-config`): `virtual:svd/project`
 * exports the content root, the validated site settings, the declared
 * headline figures and the coverage of each language, all from the one
 * analysis the integration ran (its source is made by build/shipped.ts). No
 * environment variables, no second analysis while pages render.
 *
 * `virtual:svd/root` exports the content root alone, which is known before
 * any analysis: the content collections' config (src/content.config.ts) needs
 * only that, so Astro's content sync goes on while the analysis runs instead
 * of waiting for it.
 */
import type { Plugin } from 'vite';

export const VIRTUAL_ID = 'virtual:svd/project';
export const ROOT_ID = 'virtual:svd/root';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const RESOLVED_ROOT_ID = `\0${ROOT_ID}`;

/**
 * `source()` gives the module for the latest analysis: in `astro build` a
 * promise, as the analysis is still running in its worker while Vite starts
 * loading pages (a load hook may wait; Vite goes on with the other modules);
 * in `astro dev` the re-analysis on save, which invalidates this module.
 */
export function vitePluginSvdProject(root: string, source: () => string | Promise<string>): Plugin {
  return {
    name: 'svd-publisher:project',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === ROOT_ID ? RESOLVED_ROOT_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_ROOT_ID) return `export const contentRoot = ${JSON.stringify(root)};`;
      return id === RESOLVED_ID ? source() : undefined;
    },
  };
}

/** After a re-analysis in `astro dev`: drop the cached module so pages read the new one. */
export function invalidateProject(server: { moduleGraph: { getModuleById(id: string): unknown; invalidateModule(module: never): void } }): void {
  const module = server.moduleGraph.getModuleById(RESOLVED_ID);
  if (module) server.moduleGraph.invalidateModule(module as never);
}
