/**
 * The analysis reaches pages through a virtual module, as Starlight hands its
 * config to its pages (`virtual:starlight/user-config`): `virtual:svd/project`
 * exports the content root, the validated site settings, the declared
 * headline figures and the coverage of each language, all from the one
 * analysis the integration ran. No environment variables, no second
 * analysis while pages render.
 */
import type { Plugin } from 'vite';
import type { Analysis } from '../engine/analyse.ts';
import { coverageOf } from '../checks/coverage.ts';
import { formatFigure, parseFigures } from '../checks/figures/data.ts';

export const VIRTUAL_ID = 'virtual:svd/project';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** JSON that keeps Dates (the site's dates, each document's dates) as Dates. */
function serialise(value: unknown): string {
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
  return `JSON.parse(${JSON.stringify(json)}, (_key, value) => (value && typeof value === 'object' && typeof value.$date === 'string' ? new Date(value.$date) : value))`;
}

export function projectModule(root: string, analysis: Analysis): string {
  const coverage = { en: coverageOf(analysis, 'en'), cy: coverageOf(analysis, 'cy') };
  // Each declared figure as each language writes it, from the files the analysis read (no re-read per <Figure>).
  const figures = Object.fromEntries([...parseFigures(analysis.project.data ?? []).figures].map(([id, f]) => [id, { en: formatFigure(f, 'en'), cy: formatFigure(f, 'cy') }]));
  return [
    `export const contentRoot = ${JSON.stringify(root)};`,
    `export const figures = ${JSON.stringify(figures)};`,
    `export const site = ${serialise(analysis.project.site ?? null)};`,
    `export const coverage = ${serialise(coverage)};`,
  ].join('\n');
}

/** `current()` gives the latest analysis (the dev server re-analyses on save and invalidates this module). */
export function vitePluginSvdProject(root: string, current: () => Analysis): Plugin {
  return {
    name: 'svd-publisher:project',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? projectModule(root, current()) : undefined;
    },
  };
}

/** After a re-analysis in `astro dev`: drop the cached module so pages read the new one. */
export function invalidateProject(server: { moduleGraph: { getModuleById(id: string): unknown; invalidateModule(module: never): void } }): void {
  const module = server.moduleGraph.getModuleById(RESOLVED_ID);
  if (module) server.moduleGraph.invalidateModule(module as never);
}
