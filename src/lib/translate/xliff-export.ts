/**
 * Plans (export.ts) to XLIFF files (xliff.ts): one `<file>` per document
 * with something to translate, each unit with a note giving its section and
 * line, so the translator has context the CAT tool cannot see.
 */
import type { DocumentPlan, UnitStatus } from './export.ts';
import { TOP, SETTINGS } from './segment.ts';
import { writeXliff, type FileOut } from './xliff.ts';

/** A sentence in the user's language: i18n.ts `t` with the language fixed. */
export type Say = (key: string, values?: Record<string, string | number>) => string;

export function filesOf(plans: DocumentPlan[], t: Say): FileOut[] {
  return plans
    .filter((plan) => plan.units.some((u) => u.status !== 'unchanged'))
    .map((plan) => {
      const titles = new Map(plan.sections.map((s) => [s.key, s.title]));
      return {
        original: plan.pair.source.path,
        sourceLang: plan.pair.source.lang,
        targetLang: plan.pair.targetLang,
        units: plan.units.map(({ unit, status, target, previous }) => {
          const key = unit.section === TOP || unit.section === SETTINGS ? unit.section : `#${unit.section}`;
          const note = [
            t('cli:translate.export.note', { title: titles.get(unit.section) || unit.section, key, kind: t(`cli:translate.kind.${unit.kind}`), source: plan.pair.source.path, line: unit.line }),
            previous ? t('cli:translate.export.previous', { text: previous }) : '',
          ]
            .filter(Boolean)
            .join(' ');
          return { id: unit.id, source: unit.pieces, target, final: status === 'unchanged', note };
        }),
      };
    });
}

export function totals(plans: DocumentPlan[]): Record<UnitStatus, number> {
  const sum: Record<UnitStatus, number> = { new: 0, changed: 0, unchanged: 0 };
  for (const plan of plans) for (const status of Object.keys(sum) as UnitStatus[]) sum[status] += plan.words[status];
  return sum;
}

export function exportXliff(plans: DocumentPlan[], t: Say, version: string): Promise<string> {
  return writeXliff(filesOf(plans, t), version);
}
