/**
 * `svd review --start [root]`: open the next annual edition of the strategy
 * (src/lib/editions/open.ts does the work on texts; this writes the files and
 * says what happened). Translations that were current stay recorded as
 * current, since the command gave both languages the same changes; one that
 * was already out of date is left for the translator, and said so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { translationStale } from '../checks/translation/stale.ts';
import { loadProject } from '../content/load.ts';
import type { Lang, Project } from '../engine/types.ts';
import { t as say } from '../i18n.ts';
import { formatIsoDate } from '../schema/date.ts';
import { keepDownloads } from '../editions/keep-downloads.ts';
import { planNextEdition } from '../editions/open.ts';
import { attestedRecords } from '../translate/attest.ts';
import { withRecords } from '../translate/frontmatter.ts';
import { pairsOf } from '../translate/pairs.ts';
import { guarded, helpText, langOption, NOW_OPTION, nowOption, parse, rootOption } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.review`) names each (test/cli-help.test.ts). */
export const OPTIONS = { start: { type: 'boolean' }, out: { type: 'string' }, lang: { type: 'string' }, ...NOW_OPTION } as const;

const BY = 'svd review --start';

/** Strategy translations the translation check finds nothing wrong with. */
function currentTranslations(project: Project): Set<string> {
  const stale = new Set<string>();
  translationStale.check(project, (file) => stale.add(file.path));
  return new Set(pairsOf(project).flatMap((pair) => (pair.target && pair.source.collection === 'strategy' && !stale.has(pair.target.file.path) ? [pair.target.path] : [])));
}

export function run(args: string[]): Promise<number> {
  return guarded('review', args, () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang: Lang = langOption(values.lang);
    const t = (key: string, v?: Record<string, string | number>) => say(lang, key, v);
    if (values.help || !values.start) {
      (values.help ? console.log : console.error)(helpText('review', lang));
      return values.help ? 0 : 2;
    }
    const root = rootOption(positionals);
    const now = nowOption(values.now);
    const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
    const before = loadProject(root, { now });
    const current = currentTranslations(before);
    const outcome = planNextEdition(before, read);
    if (!outcome.ok) {
      console.error(t(outcome.key, outcome.values));
      return 1;
    }
    const { plan } = outcome;
    for (const write of plan.writes) {
      mkdirSync(dirname(join(root, write.path)), { recursive: true });
      writeFileSync(join(root, write.path), write.text);
    }
    const dates = { edition: plan.edition, version: plan.version, lastReviewed: formatIsoDate(plan.lastReviewed), nextReview: formatIsoDate(plan.nextReview), year: plan.year };
    for (const document of plan.documents) {
      console.log(t('cli:review.archived', { ...dates, archive: document.archive, url: document.url }));
      console.log(t('cli:review.opened', { ...dates, file: document.path }));
      console.log(t(document.assessment === 'link' ? 'cli:review.assessmentLink' : 'cli:review.assessmentSection', { ...dates, file: document.path }));
    }
    if (plan.writes.some((w) => w.path === 'content/site.yaml')) console.log(t('cli:review.siteDates', dates));
    // The files the last build published (where svd build wrote it: dist/, or its --out), kept as the old edition's own.
    const siteDir = values.out ? resolve(values.out) : join(root, 'dist');
    const downloads = keepDownloads(root, siteDir, plan.year, plan.documents.map((d) => d.download));
    if (downloads.kept.length) console.log(t('cli:review.downloadsKept', { ...dates, files: downloads.kept.join(', '), folder: downloads.folder }));
    if (downloads.missing.length) console.log(t('cli:review.downloadsMissing', { ...dates, files: downloads.missing.join(', '), dir: siteDir, folder: downloads.folder }));

    // Both languages got the same changes: a translation that was current is still current.
    const after = loadProject(root, { now });
    for (const pair of pairsOf(after)) {
      if (!pair.target || pair.source.collection !== 'strategy') continue;
      if (!current.has(pair.target.path)) {
        console.log(t('cli:review.translationStale', { target: pair.target.path, source: pair.source.path }));
        continue;
      }
      const { records } = attestedRecords(after, pair, { date: formatIsoDate(plan.lastReviewed), by: BY });
      const full = join(root, pair.target.path);
      const updated = withRecords(readFileSync(full, 'utf8'), pair.source.lang, records);
      if (updated) writeFileSync(full, updated);
      console.log(t('cli:review.translationKept', { target: pair.target.path, source: pair.source.path }));
    }
    console.log(t('cli:review.next'));
    return 0;
  });
}
