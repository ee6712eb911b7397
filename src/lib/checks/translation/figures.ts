/**
 * The figures of each pair of matching sections agree across languages: the
 * numbers, percentages, sums of money, dates and months the English states,
 * the Welsh states too, and no others. A Welsh reader must not be told
 * 2,810 offences where an English reader is told 2,900. Like a translation
 * QA "number check", it compares the figures of each section pair (by key;
 * the text before the first keyed heading is a pair too) and reports each
 * difference on the translation, at the figure's line, with both values.
 * A figure written out as a word in one language ("three years", "tair
 * blynedd") matches its digits in the other.
 * Error where an area is in Wales (paras 120, 163), a warning elsewhere; not
 * statutory, so an approved waiver can accept a difference that is right
 * (a figure the Welsh explains differently, say).
 */
import type { RootContent } from 'mdast';
import type { Lang, Localised, ProjectRule, RuleMeta, SvdDocument } from '../../engine/types.ts';
import { figuresOf, textOf, wordsFor, type Figure } from '../figures/extract.ts';
import { sectionsOf } from '../sections.ts';
import { counterpart, forWelsh, isPublished } from '../shared.ts';
import { alignUnkeyed, unpairedLines } from './unkeyed.ts';

/** A language's name as each language writes it after "fersiwn" (soft mutation: Gymraeg). */
const NAME: Record<Lang, Localised> = { en: { en: 'English', cy: 'Saesneg' }, cy: { en: 'Welsh', cy: 'Gymraeg' } };

// Words: locales/{en,cy}/rules/translation.json "figures" and its variants.
const base: RuleMeta = { id: 'translation/figures', severity: 'error', paragraph: '120, 163' };
const differs: RuleMeta = { ...base, variant: 'differs' };
const missing: RuleMeta = { ...base, variant: 'missing' };
const extra: RuleMeta = { ...base, variant: 'extra' };

interface Passage {
  key: string;
  /** Empty and placeholder sections are the section rules' findings, not a figure difference. */
  filled: boolean;
  title: string;
  line: number;
  nodes: RootContent[];
}

/** Each keyed section's own text (its keyed sub-sections are passages of their own), and the text before the first key. */
export function passagesOf(document: SvdDocument): Map<string, Passage> {
  const sections = sectionsOf(document.tree);
  const first = sections[0] ? document.tree.children.indexOf(sections[0].heading) : document.tree.children.length;
  const passages = new Map<string, Passage>([['', { key: '', filled: true, title: document.data?.title ?? '', line: 1, nodes: document.tree.children.slice(0, first) }]]);
  for (const s of sections) {
    if (passages.has(s.key)) continue;
    const inner = new Set<RootContent>();
    for (const t of sections) if (t !== s && s.body.includes(t.heading)) [t.heading, ...t.body].forEach((n) => inner.add(n));
    passages.set(s.key, { key: s.key, filled: s.fill === 'filled', title: s.title, line: s.heading.position?.start.line ?? 1, nodes: [s.heading, ...s.body.filter((n) => !inner.has(n))] });
  }
  return passages;
}

/**
 * Figures of `a` not in `b` (as many times as they occur), leaving out those `b` writes as a word.
 * `bWords` is asked only for a number `b` lacks: most passages' figures all match, and reading a
 * passage's number words was the largest single cost of a re-check on save.
 */
function unmatched(a: Figure[], b: Figure[], bWords: () => Set<string>): Figure[] {
  const pool = new Map<string, number>();
  for (const f of b) pool.set(`${f.kind}:${f.value}`, (pool.get(`${f.kind}:${f.value}`) ?? 0) + 1);
  const left: Figure[] = [];
  let words: Set<string> | undefined;
  for (const f of a) {
    const id = `${f.kind}:${f.value}`;
    const n = pool.get(id) ?? 0;
    if (n > 0) pool.set(id, n - 1);
    else if (!(f.kind === 'number' && (words ??= bWords()).has(f.value))) left.push(f);
  }
  return left;
}

export const translationFigures: ProjectRule = {
  meta: base,
  check(project, report) {
    for (const document of project.documents) {
      if (!document.data || !isPublished(document)) continue;
      // Reported on the translation: the Welsh, unless it says it is the source.
      const source = document.data.translation?.source;
      if (document.lang === 'en' ? source !== 'cy' : source === 'cy') continue;
      const other = counterpart(project, document);
      if (!other || !isPublished(other)) continue;
      const theirs = passagesOf(other);
      // A section without a key that only one version has is reported by translation/sections: its figures
      // that the other version lacks are not reported again here (those the other version states elsewhere still match).
      const groups = document.lang === 'en' ? alignUnkeyed(document.tree, other.tree) : alignUnkeyed(other.tree, document.tree);
      const side = document.lang === 'en' ? 0 : 1;
      const outside = (ranges: [number, number][]) => (f: Figure) => !ranges.some(([from, to]) => f.line >= from && f.line <= to);
      const mineOut = outside(unpairedLines(groups, side));
      const theirsOut = outside(unpairedLines(groups, side === 0 ? 1 : 0));
      for (const [key, mine] of passagesOf(document)) {
        const pair = theirs.get(key);
        if (!pair || !pair.filled || !mine.filled) continue;
        const a = figuresOf(mine.nodes);
        const b = figuresOf(pair.nodes);
        const onlyMine = unmatched(a, b, () => wordsFor(textOf(pair.nodes))).filter(mineOut);
        const onlyTheirs = unmatched(b, a, () => wordsFor(textOf(mine.nodes))).filter(theirsOut);
        const names = { lang: NAME[document.lang], otherLang: NAME[other.lang], other: other.path, section: mine.title };
        const meta = (m: RuleMeta) => forWelsh(m, project);
        const pairs = Math.min(onlyMine.length, onlyTheirs.length);
        for (let i = 0; i < pairs; i += 1) {
          const m = onlyMine[i]!;
          const t = onlyTheirs[i]!;
          report(document.file, { line: m.line, column: m.column }, meta(differs), { ...names, mine: m.text, theirs: t.text, line: t.line });
        }
        for (const m of onlyMine.slice(pairs)) report(document.file, { line: m.line, column: m.column }, meta(extra), { ...names, mine: m.text });
        for (const t of onlyTheirs.slice(pairs)) report(document.file, { line: mine.line, column: 1 }, meta(missing), { ...names, theirs: t.text, line: t.line });
      }
    }
  },
};
