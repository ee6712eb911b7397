/**
 * What the bundle is made from, worked out once: the published strategy and
 * SNA summary in each language with their public web addresses, who must
 * receive them, and the fixed time every file is stamped with. Anything that
 * would make a wrong or useless bundle (no https address, a page missing from
 * the built site) stops here with words a comms officer can act on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { published as publishedDocuments, slugOf } from '../content/load.ts';
import type { Analysis } from '../engine/analyse.ts';
import { both } from '../i18n.ts';
import type { Lang, Localised, SvdDocument, Values } from '../engine/types.ts';
import { requiresWelsh, type SiteConfig } from '../schema/site.ts';
import { absoluteUrl, documentPath, withBase, YOUNG_PEOPLE_KEY } from '../site/routes.ts';
import { ERRORS } from './strings.ts';
import { deadlineOf, fixedTime, resolveNow, type Deadline, type FixedTime } from './time.ts';

/** The pages entry that is the young people's summary (its translationKey: one definition, in site/routes.ts). */
export { YOUNG_PEOPLE_KEY };

export type RecipientId = 'home-office' | 'welsh-ministers';

/** Guidance paras 120 and 162. */
export const RECIPIENT_ADDRESSES: Record<RecipientId, string> = {
  'home-office': 'seriousviolenceduty@homeoffice.gov.uk',
  'welsh-ministers': 'CrimeandJustice@gov.wales',
};

/**
 * Why there is no bundle. `config`: the partnership's settings (no https
 * address, nothing published yet): the site itself is fine and can still be
 * previewed. `blocked`: the checks found blocking problems. `site`: the built
 * site does not match the content, so it must be built again.
 */
export type BundleErrorKind = 'config' | 'blocked' | 'site';

export class BundleError extends Error {
  readonly text: Localised;
  readonly kind: BundleErrorKind;
  /** `key`: one of ERRORS (bundle/strings.ts), words in locales/{en,cy}/bundle.json. */
  constructor(kind: BundleErrorKind, key: string, values: Values = {}) {
    const filled = both(key, values);
    super(filled.en);
    this.kind = kind;
    this.text = filled;
  }
}

export interface BundleDocument {
  collection: 'strategy' | 'sna';
  lang: Lang;
  title: string;
  summary: string;
  /** Site path including the base, e.g. /serious-violence/en/strategy/ */
  path: string;
  url: string;
  /** File name without extension, e.g. strategy-en */
  baseName: string;
  source: SvdDocument;
  published: string;
  version: string | undefined;
}

export interface BundleContext {
  root: string;
  siteDir: string;
  site: SiteConfig;
  analysis: Analysis;
  siteUrl: string;
  homeUrl: string;
  documents: BundleDocument[];
  /** The young people's summary's public address in each language it is published in. */
  youngPeople: Partial<Record<Lang, string>>;
  languages: Lang[];
  recipients: RecipientId[];
  time: FixedTime;
  deadline: Deadline;
  generator: { name: string; version: string };
  source: { commit: string; uncommitted: boolean } | null;
}

const APP_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function generator(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** The last commit that touched content/, so unrelated commits do not change the bundle. */
function sourceCommit(root: string): BundleContext['source'] {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const commit = git(['log', '-1', '--format=%H', '--', 'content']);
    if (!/^[0-9a-f]{40}$/.test(commit)) return null;
    return { commit, uncommitted: git(['status', '--porcelain', '--', 'content']).length > 0 };
  } catch {
    return null;
  }
}

export function checkSiteUrl(site: SiteConfig): string {
  const url = site.site.url;
  if (!url) throw new BundleError('config', ERRORS.noUrl);
  if (!/^https:\/\/[^/]+/i.test(url)) throw new BundleError('config', ERRORS.notHttps, { url });
  return url;
}

export function pageFile(siteDir: string, base: string, path: string): string {
  const inside = path.slice(withBase(base, '/').length);
  return join(siteDir, inside, 'index.html');
}

export interface ContextOptions {
  now?: Date | string;
}

export function bundleContext(siteDir: string, analysis: Analysis, options: ContextOptions = {}): BundleContext {
  const { project } = analysis;
  const site = project.site;
  if (!site || analysis.errors > 0) throw new BundleError('blocked', ERRORS.blocked, { count: Math.max(analysis.errors, 1) });
  const siteUrl = checkSiteUrl(site);
  const base = site.site.base;
  const documents: BundleDocument[] = [];
  for (const collection of ['strategy', 'sna'] as const) {
    for (const lang of ['en', 'cy'] as const) {
      for (const source of publishedDocuments(project).filter((d) => d.collection === collection && d.lang === lang && d.data)) {
        const data = source.data!;
        const slug = slugOf(source);
        const path = documentPath(base, lang, slug);
        if (!existsSync(pageFile(siteDir, base, path))) {
          throw new BundleError('site', ERRORS.missingPage, { title: data.title, path, dir: siteDir });
        }
        documents.push({
          collection,
          lang,
          title: data.title,
          summary: data.summary,
          path,
          url: absoluteUrl(siteUrl, path),
          baseName: `${slug}-${lang}`,
          source,
          published: data.published.toISOString().slice(0, 10),
          version: data.version,
        });
      }
    }
  }
  if (!documents.some((d) => d.collection === 'strategy')) throw new BundleError('config', ERRORS.noDocuments);
  const languages = (['en', 'cy'] as const).filter((lang) => documents.some((d) => d.lang === lang));
  const youngPeople = Object.fromEntries(
    publishedDocuments(project)
      .filter((d) => d.collection === 'pages' && d.data?.translationKey === YOUNG_PEOPLE_KEY)
      .map((d) => [d.lang, absoluteUrl(siteUrl, documentPath(base, d.lang, slugOf(d)))]),
  );
  return {
    root: project.root,
    siteDir,
    site,
    analysis,
    siteUrl,
    homeUrl: absoluteUrl(siteUrl, withBase(base, '/')),
    documents,
    youngPeople,
    languages,
    recipients: requiresWelsh(site) ? ['home-office', 'welsh-ministers'] : ['home-office'],
    time: fixedTime(site),
    // The analysis's own "now" unless the caller pins another: one clock for checks and bundle.
    deadline: deadlineOf(site, options.now === undefined ? analysis.project.now : resolveNow(options.now)),
    generator: generator(),
    source: sourceCommit(project.root),
  };
}

/** A partnership-level name in one language (Welsh falls back to English where none is given). */
export function named(text: { en: string; cy?: string | undefined }, lang: Lang): string {
  return lang === 'cy' && text.cy ? text.cy : text.en;
}
