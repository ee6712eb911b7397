/**
 * What the build's analysis sends from its worker thread to the main one
 * (build/analysis-thread.ts). The Analysis itself holds a Project (mdast
 * trees, VFiles whose messages are Error subclasses): structured cloning
 * would drop the messages' own fields and copy every tree for nothing. The
 * main thread only prints the findings, decides whether to block, serves the
 * `virtual:svd/project` module and hands counts and findings to onResult and
 * the bundle's manifest, so the worker renders those here, once, and sends
 * plain data. The bundle alone needs the documents' trees; it reads them
 * again (integration.ts says why).
 */
import type { Analysis } from '../engine/analyse.ts';
import type { FindingJson, Project } from '../engine/types.ts';
import type { WaivedFinding } from '../engine/waivers.ts';
import { coverageOf } from '../checks/coverage.ts';
import { formatFigure, parseFigures } from '../checks/figures/data.ts';
import { formatHuman } from '../engine/format.ts';

/** The analysis as the main thread of a build sees it: everything but the trees and the messages' objects. */
export interface BuildAnalysis {
  project: Pick<Project, 'root' | 'site' | 'now'>;
  findings: FindingJson[];
  waived: WaivedFinding[];
  errors: number;
  warnings: number;
  /** The findings as people read them (formatHuman, in English), printed by the integration. */
  report: string;
  /** The source of `virtual:svd/project` (build/virtual.ts). */
  module: string;
}

/** JSON that keeps Dates (the site's dates, each document's dates) as Dates. */
function serialise(value: unknown): string {
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
  return `JSON.parse(${JSON.stringify(json)}, (_key, value) => (value && typeof value === 'object' && typeof value.$date === 'string' ? new Date(value.$date) : value))`;
}

/** The source of `virtual:svd/project`: content root, site settings, declared figures and each language's coverage, from the one analysis. */
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

/** `analysis` reduced to what crosses the thread (all of it structured-cloneable: plain objects, strings, Dates). */
export function shipAnalysis(root: string, analysis: Analysis, options: { colour?: boolean } = {}): BuildAnalysis {
  const { project, findings, waived, errors, warnings } = analysis;
  return {
    project: { root: project.root, site: project.site, now: project.now },
    findings,
    waived,
    errors,
    warnings,
    report: formatHuman(analysis, 'en', { colour: options.colour ?? false }),
    module: projectModule(root, analysis),
  };
}
