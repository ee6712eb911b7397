/**
 * Figures across documents. content/figure-unknown: a <Figure id="..." />
 * whose id is not declared in content/data/*.yaml (error: the page would
 * show nothing where a number belongs). content/figure-contradicts: a figure
 * typed into prose that states a declared measure with another value, e.g.
 * "2,900 offences" where the data says 2,810 (warning: the checker reads
 * the words after the number, so it may be another measure or period; the
 * fix is to write <Figure id="..." />). Words: locales rules/content.json.
 */
import type { Nodes } from 'mdast';
import type { ProjectRule, RuleMeta, SvdDocument } from '../../engine/types.ts';
import { documentsIn } from '../shared.ts';
import { fold } from '../rubric/match.ts';
import { formatFigure, parseFigures, type DeclaredFigure } from './data.ts';
import { figuresIn } from './extract.ts';

const unknownMeta: RuleMeta = { id: 'content/figure-unknown', severity: 'error', paragraph: '154l, 146-151' };
const contradictsMeta: RuleMeta = { id: 'content/figure-contradicts', severity: 'warning', paragraph: '154l, 146-151' };

function figureElements(document: SvdDocument): { id: string | undefined; node: Nodes }[] {
  const found: { id: string | undefined; node: Nodes }[] = [];
  const walk = (node: Nodes) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Figure') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      found.push({ id: typeof id === 'string' ? id : undefined, node });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(document.tree);
  return found;
}

export const figureUnknown: ProjectRule = {
  meta: unknownMeta,
  check(project, report) {
    const { figures, problems } = parseFigures(project.data ?? []);
    // A data file that cannot be read declares nothing: say why where its figures are used.
    const why = problems.map((p) => `${p.file}: ${p.why}`).join('; ');
    for (const document of project.documents.filter((d) => d.data)) {
      for (const { id, node } of figureElements(document)) {
        if (id && figures.has(id)) continue;
        report(document.file, node, unknownMeta, { id: id ?? '', known: [...figures.keys()].join(', ') || why || '-' });
      }
    }
  },
};

const YEAR = /\b(?:19|20)\d\d\b/g;

/** Prose only: paragraphs and list items, not tables or headings (a table's numbers are labelled by its columns). */
function proseTexts(document: SvdDocument): { value: string; start: { line: number; column: number } }[] {
  const out: { value: string; start: { line: number; column: number } }[] = [];
  const walk = (node: Nodes, inProse: boolean) => {
    if (node.type === 'table' || node.type === 'heading' || node.type === 'code') return;
    if (node.type === 'text' && inProse && node.position) out.push({ value: node.value, start: node.position.start });
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, inProse || node.type === 'paragraph');
  };
  walk(document.tree, false);
  return out;
}

/** Close enough to be the same measure misstated, not another measure: within 30%. */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.3 * Math.abs(b);

export const figureContradicts: ProjectRule = {
  meta: contradictsMeta,
  check(project, report) {
    const declared = [...parseFigures(project.data ?? []).figures.values()].filter((f) => f.words);
    if (declared.length === 0) return;
    // A figure for one area is a breakdown, not the headline measure: "the rate in Marchford District was 8.8".
    const places = (project.site?.areas ?? []).map((a) => fold(a.name.en.replace(/\b(?:County|Borough|District|City|Council|of|the)\b/g, '').trim())).filter(Boolean);
    for (const document of [...documentsIn(project, 'strategy'), ...documentsIn(project, 'sna')]) {
      for (const text of proseTexts(document)) {
        for (const figure of figuresIn(text.value, text.start)) {
          if (figure.kind !== 'number' && figure.kind !== 'percent') continue;
          const n = Number(figure.value.replace('%', ''));
          const offset = text.value.indexOf(figure.text);
          const after = fold(text.value.slice(offset + figure.text.length, offset + figure.text.length + 60));
          const match = declared.find((f) => isStatedAs(f, figure.kind, after, document.lang));
          const sentence = fold(sentenceAt(text.value, offset));
          if (places.some((p) => sentence.includes(p))) continue;
          if (!match || match.value === n || !near(n, match.value)) continue;
          // "2,640 offences in 2023-24": a year outside the figure's period means another period, not a contradiction.
          const years = [...after.matchAll(YEAR)].map((m) => m[0]);
          if (years.some((y) => !match.period.includes(y))) continue;
          report(document.file, { line: figure.line, column: figure.column }, contradictsMeta, { written: figure.text, id: match.id, declared: formatFigure(match, document.lang), file: match.file, line: match.line, label: match.label });
        }
      }
    }
  },
};

/** The sentence around a character offset. */
function sentenceAt(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('. ', offset) + 1, 0);
  const end = text.indexOf('. ', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Built once per word: a check meets every number in every document. */
const statedAs = new Map<string, RegExp>();
const wordAfter = (w: string): RegExp => {
  let regex = statedAs.get(w);
  if (!regex) statedAs.set(w, (regex = new RegExp(`^\\s*(?:\\S+\\s+){0,2}?${fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')));
  return regex;
};

function isStatedAs(f: DeclaredFigure, kind: string, after: string, lang: 'en' | 'cy'): boolean {
  if ((f.unit === 'percent') !== (kind === 'percent')) return false;
  return f.words![lang].some((w) => wordAfter(w).test(after));
}
