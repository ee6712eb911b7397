/**
 * The figures a passage states: numbers, percentages, sums of money, dates
 * and months, each with a normalised value so that "2 November 2026" and
 * "2 Tachwedd 2026", "£1.1 million" and "£1.1 miliwn", "38%" and "38 y cant"
 * compare equal. This is the "number check" of translation QA tools, aware
 * of Welsh month names and their mutations ("fis Fawrth"). Only digits are
 * figures; number words are looked up separately (wordsFor) because "three
 * years" and "tair blynedd" are the same figure written out.
 */
import type { Nodes, RootContent } from 'mdast';
import { NUMBER_WORDS } from '../../redaction/words.ts';
import { fold } from '../rubric/match.ts';

export type FigureKind = 'number' | 'percent' | 'money' | 'date' | 'month';

export interface Figure {
  kind: FigureKind;
  /** Normalised: "2900", "38%", "£1100000", "2026-11-02", "2026-03". */
  value: string;
  /** As written. */
  text: string;
  line: number;
  column: number;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // Welsh, with the soft-mutated forms used after "mis" and "ym mis".
  ionawr: 1, chwefror: 2, mawrth: 3, fawrth: 3, ebrill: 4, mai: 5, fai: 5, mehefin: 6, fehefin: 6, gorffennaf: 7, orffennaf: 7,
  awst: 8, medi: 9, fedi: 9, hydref: 10, tachwedd: 11, dachwedd: 11, rhagfyr: 12, ragfyr: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const SCALE: Record<string, number> = { million: 1e6, miliwn: 1e6, m: 1e6, billion: 1e9, biliwn: 1e9, bn: 1e9, k: 1e3 };

// One scan, longest forms first: money, full dates, months, percentages, plain numbers.
const FIGURE = new RegExp(
  [
    `£\\s?${NUM}(?:\\s?(million|miliwn|billion|biliwn|bn|m|k)\\b)?`,
    `\\b(\\d{1,2})(?:st|nd|rd|th|af|il|ain|ed|fed|eg|ydd)?\\s+(?:of\\s+)?${MONTH}\\s+((?:19|20)\\d\\d)\\b`,
    `\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`,
    `${NUM}\\s?(?:%|per\\s?cent\\b|y\\s+cant\\b)`,
    // "under-25s" and "the 1990s" are figures too.
    `(?<![\\w.,£])${NUM}(?:s\\b)?(?![\\w%]|[.,]\\d)`,
  ].join('|'),
  'giu',
);

const plain = (n: string): string => String(Number(n.replace(/,/g, '')));
const pad = (n: number) => String(n).padStart(2, '0');

export function figuresIn(value: string, start: { line: number; column: number }): Figure[] {
  const found: Figure[] = [];
  // Every kind of figure has a digit; most text nodes have none, and the scan below is costly.
  if (!/\d/.test(value)) return found;
  // Lines are counted forward from the last match, not re-split from the start: a long text node stays linear.
  let line = start.line;
  let lineStart = -1;
  let counted = 0;
  for (const m of value.matchAll(FIGURE)) {
    for (let nl = value.indexOf('\n', counted); nl !== -1 && nl < m.index; nl = value.indexOf('\n', nl + 1)) {
      line += 1;
      lineStart = nl;
    }
    counted = m.index;
    const column = lineStart === -1 ? start.column + m.index : m.index - lineStart;
    const at = { text: m[0], line, column };
    if (m[1] !== undefined) {
      const pounds = Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
      found.push({ kind: 'money', value: `£${Math.round(pounds)}`, ...at });
    } else if (m[3] !== undefined) {
      found.push({ kind: 'date', value: `${m[5]}-${pad(MONTHS[m[4]!.toLowerCase()]!)}-${pad(Number(m[3]))}`, ...at });
    } else if (m[6] !== undefined) {
      // "Hydref" is October and autumn: without "mis" it is the season, so only its year is a figure.
      const season = m[6].toLowerCase() === 'hydref' && !/\b(?:mis|fis)\s+$/i.test(value.slice(0, m.index));
      found.push(season ? { kind: 'number', value: m[7]!, ...at } : { kind: 'month', value: `${m[7]}-${pad(MONTHS[m[6].toLowerCase()]!)}`, ...at });
    } else if (m[8] !== undefined) {
      found.push({ kind: 'percent', value: `${plain(m[8])}%`, ...at });
    } else if (m[9] !== undefined) {
      found.push({ kind: 'number', value: plain(m[9]), ...at });
    }
  }
  return found;
}

const SKIP = new Set(['yaml', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'definition']);

/** Every figure in these nodes' text, in order, with its place in the file. */
export function figuresOf(nodes: readonly RootContent[]): Figure[] {
  const out: Figure[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text' && node.position) out.push(...figuresIn(node.value, node.position.start));
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of nodes) walk(node);
  return out;
}

/** The plain text of these nodes, for number words. */
export function textOf(nodes: readonly RootContent[]): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') parts.push(node.value);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of nodes) walk(node);
  return parts.join(' ');
}

/** Values of the number words in a text ("three", "tair", "ddwy"), for figures written out in one language only. */
// Built once: wordsFor runs for every passage pair of every translated document.
const NUMBER_WORD_PATTERNS = Object.entries(NUMBER_WORDS).map(([word, value]) => ({ pattern: new RegExp(`(?<![\\p{L}])${word.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'u'), value: String(value) }));

export function wordsFor(text: string): Set<string> {
  const values = new Set<string>();
  const folded = fold(text);
  for (const { pattern, value } of NUMBER_WORD_PATTERNS) if (pattern.test(folded)) values.add(value);
  return values;
}
