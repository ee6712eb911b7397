/**
 * Opening the next annual edition of the strategy (`svd review --start`),
 * as pure work on texts: given the project and each file's text on disk, the
 * files to write. The current strategy, in every language, is
 *
 *  1. archived, as published, in content/editions/<year>/strategy/<lang>/
 *     (its headline figures frozen: src/lib/editions/freeze.ts), which the
 *     site publishes at /<lang>/<year>/<slug>/, marked as superseded;
 *  2. moved on to the next edition: edition and version up, last reviewed
 *     today and next review in 12 months (today from the one clock, as the
 *     date rules read it), and a "What changed" entry in its own language;
 *  3. given, in its annual assessment section (para 154o; added where there is
 *     none), a link to the archived edition.
 *
 * site.yaml's review dates follow, with the new edition's publication date
 * (dates.editionPublished: the deadline to send it counts from it). Nothing is written here: the command does.
 */
import type { Heading, Root } from 'mdast';
import { isMap, isSeq, type Document } from 'yaml';
import { VFile } from 'vfile';
import { addMonths, iso, today } from '../checks/dates/calendar.ts';
import { loadFigures } from '../checks/figures/data.ts';
import { parseMdx } from '../content/parse.ts';
import type { Lang, Project, SvdDocument } from '../engine/types.ts';
import { t } from '../i18n.ts';
import { absoluteUrl, defaultSlug, documentPath, downloadName } from '../site/routes.ts';
import { freezeFigures } from './freeze.ts';
import { editSettings, editYaml } from './settings.ts';
import { nextVersion } from './version.ts';

export const EDITIONS_DIR = 'content/editions';

export interface FileWrite {
  /** Relative to the project root, forward slashes. */
  path: string;
  text: string;
}

export interface EditionPlan {
  /** The year of the edition being archived, its address segment. */
  year: number;
  edition: number;
  version: string;
  lastReviewed: Date;
  nextReview: Date;
  writes: FileWrite[];
  documents: { lang: Lang; path: string; archive: string; url: string; assessment: 'link' | 'section'; /** Its downloads' name, e.g. strategy-en. */ download: string }[];
}

export type PlanOutcome = { ok: true; plan: EditionPlan } | { ok: false; key: string; values: Record<string, string | number> };

/** The archived copy's path: content/editions/2026/strategy/en/index.mdx. */
export function archivePath(year: number, document: Pick<SvdDocument, 'path' | 'collection' | 'lang'>): string {
  const file = document.path.split('/').at(-1)!;
  return `${EDITIONS_DIR}/${year}/${document.collection}/${document.lang}/${file}`;
}

function keyedHeading(tree: Root, key: string): Heading | undefined {
  return tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 2 && (node.data as { key?: string } | undefined)?.key === key);
}

/** Offset of the start of `line` (1-based) in `text`. */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

interface Inserted {
  text: string;
  assessment: 'link' | 'section';
  /** The line (1-based, in the text given) the new lines start at, and how many there are. */
  at: number;
  added: number;
}

const lineCount = (text: string) => text.split('\n').length;

/** Put the link to last year's edition at the top of the annual assessment section, or add the section before the review section. */
function withAssessmentLink(text: string, lang: Lang, values: { year: number; url: string }): Inserted {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const paragraph = t(lang, 'common:editions.assessmentLink', values);
  const tree = parseMdx(new VFile({ value: text }));
  const insert = (line: number, block: string, assessment: Inserted['assessment']): Inserted => {
    const at = offsetOfLine(text, line);
    return { text: `${text.slice(0, at)}${block}${text.slice(at)}`, assessment, at: line, added: lineCount(block) - 1 };
  };
  const heading = keyedHeading(tree, 'annual-assessment');
  if (heading?.position) return insert(heading.position.end.line + 1, `${eol}${paragraph}${eol}`, 'link');
  const section = `## ${t(lang, 'common:editions.assessmentHeading')} {#annual-assessment}${eol}${eol}${paragraph}${eol}${eol}`;
  const review = keyedHeading(tree, 'review');
  if (review?.position) {
    // Above any waiver comment written just before the review heading: it covers the heading, and must go on doing so.
    let index = tree.children.indexOf(review);
    while (index > 0 && tree.children[index - 1]!.type === 'mdxFlowExpression') index--;
    return insert(tree.children[index]!.position!.start.line, section, 'section');
  }
  const trimmed = text.replace(/\s*$/, '');
  return { text: `${trimmed}${eol}${eol}${section.trimEnd()}${eol}`, assessment: 'section', at: lineCount(trimmed) + 1, added: 0 };
}

/** Waivers pinned to a line (`waivers: - line: 42`) follow their text as the settings grow and the section goes in. */
function shiftWaiverLines(settings: Document, move: (line: number) => number): void {
  const waivers = settings.get('waivers', true);
  if (!isSeq(waivers)) return;
  for (const waiver of waivers.items) {
    if (!isMap(waiver)) continue;
    const line = waiver.get('line');
    if (typeof line === 'number') waiver.set('line', move(line));
  }
}

function appendChange(settings: Document, date: string, note: string): void {
  const changes = settings.get('changes', true);
  const entry = settings.createNode({ date, note });
  if (isSeq(changes)) changes.items.push(entry);
  else settings.set('changes', settings.createNode([{ date, note }]));
}

export function planNextEdition(project: Project, read: (path: string) => string | undefined): PlanOutcome {
  const site = project.site;
  if (!site) return { ok: false, key: 'cli:review.noSite', values: {} };
  const strategies = project.documents.filter((d) => d.collection === 'strategy' && d.data?.status === 'published');
  const first = strategies.find((d) => d.lang === 'en') ?? strategies[0];
  if (!first?.data) return { ok: false, key: 'cli:review.noStrategy', values: {} };
  const year = (first.data.lastReviewed ?? first.data.published).getUTCFullYear();
  const edition = (first.data.edition ?? 1) + 1;
  const version = nextVersion(first.data.version, edition - 1);
  const lastReviewed = today(project);
  const nextReview = addMonths(lastReviewed, 12);
  // Editions are annual and named by year: a second one the same year would take the same address.
  if (lastReviewed.getUTCFullYear() === year) return { ok: false, key: 'cli:review.sameYear', values: { year, edition: edition - 1 } };
  const figures = loadFigures(project.root).figures;
  const plan: EditionPlan = { year, edition, version, lastReviewed, nextReview, writes: [], documents: [] };

  for (const document of strategies) {
    const archive = archivePath(year, document);
    if (read(archive) !== undefined) return { ok: false, key: 'cli:review.exists', values: { year, path: archive } };
    const text = read(document.path);
    if (text === undefined) return { ok: false, key: 'cli:review.unreadable', values: { path: document.path } };
    const { lang } = document;
    const slug = defaultSlug('strategy', document.path.split('/').at(-1)!.replace(/\.mdx$/, ''), document.data!.slug);
    const path = documentPath(site.site.base ?? '/', lang, `${year}/${slug}`);
    const url = site.site.url ? absoluteUrl(site.site.url, path) : path;
    const note = t(lang, 'common:editions.whatChanged', { edition, version, year });
    const moved = editSettings(text, (settings) => {
      settings.set('edition', edition);
      settings.set('version', version);
      settings.set('lastReviewed', iso(lastReviewed));
      settings.set('nextReview', iso(nextReview));
      appendChange(settings, iso(lastReviewed), note);
    });
    if (moved === undefined) return { ok: false, key: 'cli:review.unreadable', values: { path: document.path } };
    const grown = lineCount(moved) - lineCount(text);
    const linked = withAssessmentLink(moved, lang, { year, url });
    const pinned = editSettings(linked.text, (settings) => shiftWaiverLines(settings, (line) => line + grown + (line + grown >= linked.at ? linked.added : 0)))!;
    plan.writes.push({ path: archive, text: freezeFigures(text, figures, lang) }, { path: document.path, text: pinned });
    plan.documents.push({ lang, path: document.path, archive, url, assessment: linked.assessment, download: downloadName(slug, lang) });
  }

  const siteYaml = read('content/site.yaml');
  if (siteYaml !== undefined && site.dates) {
    plan.writes.push({
      path: 'content/site.yaml',
      text: editYaml(siteYaml, (yaml) => {
        yaml.setIn(['dates', 'lastReviewed'], iso(lastReviewed));
        yaml.setIn(['dates', 'nextReview'], iso(nextReview));
        // The new edition is what the next build publishes, so it is dated today (the officer moves
        // the date if it goes live later). The 7-day deadline counts from it, and the dates the old
        // edition was sent no longer say anything about this one: it must be sent again.
        yaml.setIn(['dates', 'editionPublished'], iso(lastReviewed));
        if (yaml.hasIn(['submission', 'sentToHomeOffice'])) yaml.deleteIn(['submission', 'sentToHomeOffice']);
        if (yaml.hasIn(['submission', 'sentToWelshMinisters'])) yaml.deleteIn(['submission', 'sentToWelshMinisters']);
      }),
    });
  }
  return { ok: true, plan };
}
