/**
 * What the build's analysis sends from its worker thread to the main one
 * (build/analysis-thread.ts), in two messages. The Analysis itself holds a
 * Project (mdast trees, VFiles whose messages are Error subclasses):
 * structured cloning would drop the messages' own fields and copy every tree
 * for nothing, so the worker renders what the main thread needs, once, and
 * sends plain data.
 *
 * 1. As soon as the project is read: the settings pages are built with (the
 *    site, the declared figures), as the source of `virtual:svd/project`, so
 *    Astro bundles the pages while the rules still run.
 * 2. When the rules have run: findings, counts, waivers, the printed report
 *    and each language's coverage, which only the coverage page reads (it
 *    waits for it as it renders: build/virtual.ts).
 *
 * The bundle alone needs the documents' trees; it reads them again
 * (integration.ts says why).
 */
import type { Analysis } from '../engine/analyse.ts';
import type { FindingJson, Lang, Project } from '../engine/types.ts';
import type { WaivedFinding } from '../engine/waivers.ts';
import { coverageOf, type Coverage } from '../checks/coverage.ts';
import { formatFigure, parseFigures } from '../checks/figures/data.ts';
import { formatHuman } from '../engine/format.ts';

/** The settings pages are bundled with, as soon as the project is read. */
export interface BuildSettings {
  /** The source of `virtual:svd/project`'s settings part (build/virtual.ts adds the coverage). */
  module: string;
  /** Whether site.yaml passed its schema: without it there is no site to build. */
  site: boolean;
}

/** The analysis as the main thread of a build sees it: everything but the trees and the messages' objects. */
export interface BuildAnalysis {
  project: Pick<Project, 'root' | 'site' | 'now'>;
  findings: FindingJson[];
  waived: WaivedFinding[];
  errors: number;
  warnings: number;
  /** The findings as people read them (formatHuman, in English), printed by the integration. */
  report: string;
  /** Each language's coverage, for the coverage page. */
  coverage: Record<Lang, Coverage>;
}

/** JSON that keeps Dates (the site's dates, each document's dates) as Dates. */
function serialise(value: unknown): string {
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
  return `JSON.parse(${JSON.stringify(json)}, (_key, value) => (value && typeof value === 'object' && typeof value.$date === 'string' ? new Date(value.$date) : value))`;
}

/** The settings part of `virtual:svd/project`: content root, site settings and declared figures, from the project as read. */
export function settingsModule(root: string, project: Project): string {
  // Each declared figure as each language writes it, from the files the analysis read (no re-read per <Figure>).
  const figures = Object.fromEntries([...parseFigures(project.data ?? []).figures].map(([id, f]) => [id, { en: formatFigure(f, 'en'), cy: formatFigure(f, 'cy') }]));
  return [`export const contentRoot = ${JSON.stringify(root)};`, `export const figures = ${JSON.stringify(figures)};`, `export const site = ${serialise(project.site ?? null)};`].join('\n');
}

export function buildSettings(root: string, project: Project): BuildSettings {
  return { module: settingsModule(root, project), site: project.site !== undefined };
}

export function coverageIn(analysis: Analysis): Record<Lang, Coverage> {
  return { en: coverageOf(analysis, 'en'), cy: coverageOf(analysis, 'cy') };
}

/** All of `virtual:svd/project` with the analysis at hand (astro dev): the coverage written in. */
export function projectModule(root: string, analysis: Analysis): string {
  return `${settingsModule(root, analysis.project)}\nconst coverage = ${serialise(coverageIn(analysis))};\nexport const coverageFor = async (lang) => coverage[lang];`;
}

/** `analysis` reduced to what crosses the thread (all of it structured-cloneable: plain objects, strings, Dates). */
export function shipAnalysis(analysis: Analysis, options: { colour?: boolean } = {}): BuildAnalysis {
  const { project, findings, waived, errors, warnings } = analysis;
  return {
    project: { root: project.root, site: project.site, now: project.now },
    findings,
    waived,
    errors,
    warnings,
    report: formatHuman(analysis, 'en', { colour: options.colour ?? false }),
    coverage: coverageIn(analysis),
  };
}
