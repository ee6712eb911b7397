/**
 * `svd new site|strategy|sna|page`: start a partnership's site, or a new
 * document in one, with every section the checks look for already headed,
 * keyed and explained. Asks its questions on the terminal, or takes them as
 * options (for scripts and tests); never writes over a file without --force.
 * The words are in locales/{en,cy}/cli.json "new"; the documents' text is
 * src/lib/scaffold/*, which is pure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadSite } from '../content/load.ts';
import { analyse, type Analysis } from '../engine/analyse.ts';
import { createReport } from '../engine/report.ts';
import type { Lang } from '../engine/types.ts';
import { t } from '../i18n.ts';
import { terminalAsker, type Asker } from '../scaffold/ask.ts';
import { scaffoldDocument, type NewDocument, type NewKind } from '../scaffold/document.ts';
import { requiresWelsh, scaffoldSite, type AreaAnswer, type SiteAnswers } from '../scaffold/site.ts';
import { formatIsoDate } from '../schema/date.ts';
import type { SiteConfig } from '../schema/site.ts';
import { run as recordTranslated } from './translated.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, UsageError } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.new`) names each (test/cli-help.test.ts). */
export const OPTIONS = {
  lang: { type: 'string' },
  root: { type: 'string' },
  force: { type: 'boolean' },
  ask: { type: 'boolean' },
  name: { type: 'string' },
  'name-cy': { type: 'string' },
  model: { type: 'string' },
  'model-cy': { type: 'string' },
  wales: { type: 'string', multiple: true },
  england: { type: 'string', multiple: true },
  email: { type: 'string' },
  phone: { type: 'string' },
  url: { type: 'string' },
  published: { type: 'string' },
  years: { type: 'string' },
  title: { type: 'string' },
  'title-cy': { type: 'string' },
  summary: { type: 'string' },
  'summary-cy': { type: 'string' },
  'slug-cy': { type: 'string' },
  ...NOW_OPTION,
} as const;

type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date `years` on, less a day: a three-year strategy from 1 November ends on 31 October. */
function yearsOn(iso: string, years: number, lessADay: boolean): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  if (lessADay) date.setUTCDate(date.getUTCDate() - 1);
  return day(date);
}

/** "Name" or "English name|Welsh name", as --wales and --england take them. */
function area(text: string, country: AreaAnswer['country']): AreaAnswer {
  const [en, cy] = text.split('|').map((part) => part.trim());
  return { en: en!, cy: cy || undefined, country };
}

/**
 * The answers for site.yaml: from the options, asking for what they leave
 * out when there is someone to ask (a terminal, or --ask), else a usage
 * error naming each missing option.
 */
async function siteAnswers(values: Values, lang: Lang, now: Date, asker: Asker | undefined): Promise<SiteAnswers> {
  const missing: string[] = [];
  const q = (name: string) => t(lang, `cli:new.ask.${name}`);
  const get = async (value: string | undefined, option: string, fallback?: string): Promise<string | undefined> => {
    if (value) return value;
    if (asker) return asker.ask(q(option), fallback);
    if (fallback !== undefined) return fallback;
    missing.push(`--${option}`);
    return undefined;
  };
  const name = await get(values.name, 'name');
  const model = await get(values.model, 'model');
  const areas = [...(values.wales ?? []).map((a) => area(a, 'wales')), ...(values.england ?? []).map((a) => area(a, 'england'))];
  if (areas.length === 0 && asker) {
    for (let more = true; more; ) {
      const areaName = await asker.ask(q('area'));
      let country = '';
      while (!/^(w|wales|cymru|e|england|lloegr)$/.test(country)) country = (await asker.ask(q('country'), 'england')).toLowerCase();
      const inWales = /^(w|wales|cymru)$/.test(country);
      areas.push({ en: areaName, cy: inWales ? await asker.ask(q('areaCy')) : undefined, country: inWales ? 'wales' : 'england' });
      more = /^(y|yes|o|oes|ie)/i.test(await asker.ask(q('more'), t(lang, 'cli:new.ask.no')));
    }
  }
  if (areas.length === 0) missing.push('--wales / --england');
  const welsh = areas.some((a) => a.country === 'wales');
  const nameCy = welsh ? await get(values['name-cy'], 'name-cy') : values['name-cy'];
  const modelCy = welsh ? await get(values['model-cy'], 'model-cy') : values['model-cy'];
  for (const a of areas) if (a.country === 'wales' && !a.cy && !asker) missing.push(`--wales "${a.en}|…"`);
  const email = await get(values.email, 'email');
  const url = await get(values.url, 'url', '');
  const published = (await get(values.published, 'published', day(now)))!;
  if (missing.length > 0) throw new UsageError('cli:new.missing', { options: missing.join(', ') });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new UsageError('cli:new.badDate', { value: published });
  const years = Number(values.years ?? 3);
  return {
    name: { en: name!, cy: nameCy },
    model: { en: model!, cy: modelCy },
    areas,
    email: email!,
    phone: values.phone,
    url: url || undefined,
    published,
    nextReview: yearsOn(published, 1, true),
    from: published,
    to: yearsOn(published, years, true),
  };
}

/** The languages a new document is written in: both where the law asks for Welsh (any area in Wales). */
function languagesOf(site: SiteConfig, only: string | undefined): Lang[] {
  if (only) return [langOption(only)];
  return requiresWelsh(site) ? ['en', 'cy'] : ['en'];
}

/** The documents of one kind, in each language, worded from the site's own settings. */
function documentsFor(kind: NewKind, site: SiteConfig, langs: Lang[], values: Values, slug: string | undefined): NewDocument[] {
  const published = formatIsoDate(site.dates.published);
  const from = site.dates.period ? formatIsoDate(site.dates.period.from) : published;
  const to = site.dates.period ? formatIsoDate(site.dates.period.to) : yearsOn(from, 3, true);
  return langs.map((lang) => {
    const name = (lang === 'cy' ? site.partnership.name.cy : undefined) ?? site.partnership.name.en;
    const words = { name, from: from.slice(0, 4), to: to.slice(0, 4), year: published.slice(0, 4) };
    const given = lang === 'cy' ? { title: values['title-cy'], summary: values['summary-cy'], slug: values['slug-cy'] } : { title: values.title, summary: values.summary, slug };
    if (kind === 'pages' && (!given.title || !given.summary || !given.slug)) {
      throw new UsageError(`cli:new.pageNeeds.${lang}`);
    }
    return {
      kind,
      lang,
      translationKey: kind === 'pages' ? slug! : kind,
      slug: given.slug ?? t(lang, `cli:new.slug.${kind}`),
      title: given.title ?? t(lang, `cli:new.title.${kind}`, words),
      summary: given.summary ?? t(lang, `cli:new.summary.${kind}`, words),
      published,
      nextReview: formatIsoDate(site.dates.nextReview),
      edition: kind === 'strategy' ? 1 : undefined,
    };
  });
}

function target(root: string, doc: NewDocument): string {
  return join(root, 'content', doc.kind, doc.lang, doc.kind === 'pages' ? `${doc.slug}.mdx` : 'index.mdx');
}

/** Write every file, or none: a file already there stops the lot unless --force. */
function writeAll(root: string, files: { path: string; text: string }[], force: boolean, lang: Lang): string[] {
  const there = files.filter((f) => existsSync(f.path)).map((f) => relative(root, f.path));
  if (there.length > 0 && !force) throw new UsageError('cli:new.exists', { files: there.join(', ') });
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
  }
  return files.map((f) => relative(root, f.path));
}

/**
 * What the checks say of a fresh scaffold: every finding should be one of
 * its sections with nothing written under it yet (the line it points at is
 * a keyed heading the scaffold wrote), so say how many, and that this is all.
 */
export function emptyOnly(analysis: Analysis): { errors: number; warnings: number; others: number } {
  const lines = new Map<string, string[]>();
  const lineOf = (file: string, line: number) => {
    if (!lines.has(file)) lines.set(file, readFileSync(join(analysis.project.root, file), 'utf8').split('\n'));
    return lines.get(file)![line - 1] ?? '';
  };
  const empty = (f: Analysis['findings'][number]) => /^(strategy|sna)\//.test(f.rule) && /^#{2,3} .+ \{#[a-z0-9-]+\}$/.test(lineOf(f.file, f.line));
  const others = analysis.findings.filter((f) => !empty(f)).length;
  return { errors: analysis.errors, warnings: analysis.warnings, others };
}

async function report(root: string, written: string[], lang: Lang, now: Date): Promise<number> {
  for (const file of written) console.log(t(lang, 'cli:new.wrote', { file }));
  // The Welsh is made with the English, section for section: record it as
  // current now (as `svd translated` would), so the checks can say which
  // Welsh sections fall behind once the English is written.
  const welsh = written.filter((file) => /^content\/(strategy|sna|pages)\/cy\//.test(file.split(sep).join('/')));
  if (welsh.length > 0 && (await recordTranslated([...welsh.map((file) => join(root, file)), '--by', 'svd new', '--now', day(now), '--lang', lang])) !== 0) return 1;
  const { errors, warnings, others } = emptyOnly(analyse(root, { sets: ['check'], now }));
  const counts = { errors: t(lang, 'cli:summary.errors', { count: errors }), warnings: t(lang, 'cli:summary.warnings', { count: warnings }) };
  console.log(`\n${t(lang, others === 0 ? 'cli:new.next' : 'cli:new.notOnlyEmpty', { ...counts, count: others })}`);
  return 0;
}

function readSiteOf(root: string, lang: Lang): SiteConfig {
  const { site } = loadSite(root, createReport());
  if (!site) throw new UsageError('cli:new.noSite', { root });
  return site;
}

export function run(args: string[]): Promise<number> {
  return guarded('new', args, async () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    const [kind, name] = positionals;
    if (values.help || !kind) {
      console.log(helpText('new', lang));
      return values.help ? 0 : 2;
    }
    const now = nowOption(values.now);
    if (kind === 'site') {
      const root = resolve(name ?? values.root ?? '.');
      const asker = values.ask || process.stdin.isTTY ? terminalAsker() : undefined;
      let answers: SiteAnswers;
      try {
        answers = await siteAnswers(values, lang, now, asker);
      } finally {
        asker?.close();
      }
      let built: ReturnType<typeof scaffoldSite>;
      try {
        built = scaffoldSite(answers, lang);
      } catch (error) {
        throw new UsageError('cli:new.invalid', { reason: (error as Error).message });
      }
      const langs = languagesOf(built.site, undefined);
      const docs = [...documentsFor('strategy', built.site, langs, {}, undefined), ...documentsFor('sna', built.site, langs, {}, undefined)];
      const files = [{ path: join(root, 'content', 'site.yaml'), text: built.text }, ...docs.map((doc) => ({ path: target(root, doc), text: scaffoldDocument(doc) }))];
      return report(root, writeAll(root, files, Boolean(values.force), lang), lang, now);
    }
    const kinds: Record<string, NewKind> = { strategy: 'strategy', sna: 'sna', page: 'pages' };
    const as = kinds[kind];
    if (!as) throw new UsageError('cli:new.kind', { kind });
    const root = resolve(values.root ?? '.');
    const site = readSiteOf(root, lang);
    const docs = documentsFor(as, site, languagesOf(site, undefined), values, as === 'pages' ? name : undefined);
    return report(root, writeAll(root, docs.map((doc) => ({ path: target(root, doc), text: scaffoldDocument(doc) })), Boolean(values.force), lang), lang, now);
  });
}
