/**
 * A new edition says what changed. `svd review --start` adds a "What
 * changed" entry with a stock sentence ("Edition 2 (version 2.0), after the
 * annual review ...") so that the page and the settings have the right
 * shape; only the partnership can say what the review changed. Readers, and
 * the Home Office reading the yearly submission, need that in words: the
 * strategy is reviewed every year (para 153) and the annual assessment says
 * what has been done and what changes (para 154o). Error, not statutory: a
 * published edition whose entry is still the stock sentence, in either
 * language, is not published; a draft is told with a warning.
 */
import type { Yaml } from 'mdast';
import type { ProjectRule, RuleMeta, SvdDocument } from '../../engine/types.ts';
import { t } from '../../i18n.ts';
import { forDocument } from '../shared.ts';

const meta: RuleMeta = {
  id: 'dates/what-changed-unwritten',
  severity: 'error',
  statutory: false,
  paragraph: '153, 154o',
};

// A character no author types, standing in for each value of the stock sentence.
const SLOT = '\uE000';

/** The stock sentence of a language as a pattern: any edition, version and year. */
function stockPattern(lang: 'en' | 'cy'): RegExp {
  const sentence = t(lang, 'common:editions.whatChanged', { edition: SLOT, version: SLOT, year: SLOT });
  const escaped = sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(SLOT, '.+?');
  return new RegExp(`^\\s*${escaped}\\s*$`, 'u');
}

/**
 * The line of the n-th `note:` in the settings block: entries are written
 * one `note:` each (by `svd review --start` and by hand), in order.
 */
function noteLine(document: SvdDocument, index: number): { line: number; column: number } {
  const yaml = document.tree.children.find((node): node is Yaml => node.type === 'yaml');
  const start = yaml?.position?.start.line ?? 1;
  const lines = (yaml?.value ?? '').split('\n');
  let seen = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^(\s*(?:-\s+)?)note\s*:/.exec(lines[i]!);
    if (match && ++seen === index) return { line: start + 1 + i, column: match[1]!.length + 1 };
  }
  return { line: start, column: 1 };
}

export const whatChangedUnwritten: ProjectRule = {
  meta,
  check(project, report) {
    const stock = [stockPattern('en'), stockPattern('cy')];
    // Any page can have updates; the stock entry comes from `svd review --start`, on the strategy.
    for (const document of project.documents) {
      const changes = document.data?.changes ?? [];
      changes.forEach((change, index) => {
        if (stock.some((pattern) => pattern.test(change.note))) report(document.file, noteLine(document, index), forDocument(meta, document), { note: change.note });
      });
    }
  },
};
