/**
 * Headline figures declared once, in content/data/*.yaml, and written into
 * the documents as <Figure id="..." />: the strategy, the SNA summary and
 * both languages show the same value because there is only one. Each figure
 * says what it measures, for when and from where, and the words that follow
 * it in prose ("offences", "o droseddau"), so a typed-in figure for the same
 * measure can be recognised (figures/contradicts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import type { Lang } from '../../engine/types.ts';

const figure = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    value: z.number(),
    unit: z.enum(['count', 'rate', 'percent', 'money']),
    per: z.number().optional(),
    period: z.string().min(1),
    source: z.string().min(1),
    label: z.object({ en: z.string().min(1), cy: z.string().min(1) }),
    words: z.object({ en: z.array(z.string()), cy: z.array(z.string()) }).optional(),
  })
  .strict();

export type DeclaredFigure = z.infer<typeof figure> & { file: string; line: number };

const fileSchema = z.object({ figures: z.array(figure) }).strict();

export interface FigureData {
  figures: Map<string, DeclaredFigure>;
  /** Files that could not be read as figure lists, with why, for figures/data. */
  problems: { file: string; line: number; why: string }[];
}

/** The figures in content/data/*.yaml texts (the Project's `data`). */
export function parseFigures(files: readonly { path: string; value: string }[]): FigureData {
  const data: FigureData = { figures: new Map(), problems: [] };
  for (const { path: file, value: text } of files) {
    const doc = parseDocument(text);
    const parsed = fileSchema.safeParse(doc.toJS());
    if (doc.errors.length > 0 || !parsed.success) {
      data.problems.push({ file, line: 1, why: doc.errors[0]?.message ?? parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') ?? '' });
      continue;
    }
    const lines = text.split('\n');
    for (const f of parsed.data.figures) {
      const line = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${f.id}["']?\\s*$`).test(l)) + 1;
      if (data.figures.has(f.id)) data.problems.push({ file, line, why: `the id "${f.id}" is declared twice` });
      else data.figures.set(f.id, { ...f, file, line });
    }
  }
  return data;
}

/** The figures under `root`, read from disk (for the page component, which has no Project). */
export function loadFigures(root: string): FigureData {
  const dir = join(root, 'content', 'data');
  if (!existsSync(dir)) return { figures: new Map(), problems: [] };
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  return parseFigures(names.map((name) => ({ path: `content/data/${name}`, value: readFileSync(join(dir, name), 'utf8') })));
}

/** The value as a reader of this language sees it: "2,810", "9.1", "6%", "£1,126,000". */
export function formatFigure(f: Pick<DeclaredFigure, 'value' | 'unit'>, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 2 }).format(f.value);
  if (f.unit === 'percent') return `${number}%`;
  if (f.unit === 'money') return `£${number}`;
  return number;
}
