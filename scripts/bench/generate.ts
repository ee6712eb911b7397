/**
 * Synthetic partnerships for the benchmark: `scale` times the example
 * (content/): the example itself, plus scale - 1 copies of each of its
 * documents (strategy, SNA summary and pages, English and Welsh, tables and
 * charts included) as further published pages. So 10x has ten times the
 * documents, words and tables, in both languages. Welsh copies record their
 * English source's hash, as `svd translated` would, so the checks pass as
 * they do on the example.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { sourceHash } from '../../src/lib/checks/translation/hash.ts';

export interface Synthetic {
  root: string;
  documents: number;
  words: number;
  tables: number;
}

/** The day the bench checks the example and its copies on: they are dated November 2026 (docs/clock.md). */
export const BENCH_NOW = '2026-11-20';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

function page(fields: Record<string, unknown>, body: string): string {
  const yaml = Object.entries(fields)
    .map(([key, value]) => (typeof value === 'object' ? `${key}:\n${Object.entries(value as Record<string, string>).map(([k, v]) => `  ${k}: ${v}`).join('\n')}` : `${key}: ${JSON.stringify(value)}`))
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

/** 2 -> "b", 27 -> "ab": a copy's tag in words-free letters. */
function letters(n: number): string {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) out = String.fromCharCode(97 + ((rest - 1) % 26)) + out;
  return out;
}

export function generate(example: string, root: string, scale: number): Synthetic {
  cpSync(join(example, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(example, 'public'), join(root, 'public'), { recursive: true });
  const sources: Array<{ collection: string; lang: 'en' | 'cy'; name: string; text: string }> = [];
  for (const collection of ['strategy', 'sna', 'pages']) {
    for (const lang of ['en', 'cy'] as const) {
      const dir = join(example, 'content', collection, lang);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) sources.push({ collection, lang, name: basename(name, '.mdx'), text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  for (let copy = 2; copy <= scale; copy += 1) {
    const english = new Map<string, string>();
    for (const lang of ['en', 'cy'] as const) {
      for (const source of sources.filter((s) => s.lang === lang)) {
        const data = parse(FRONTMATTER.exec(source.text)![1]!) as Record<string, unknown>;
        // Section keys belong to the strategy and SNA; in a page they would be unknown keys.
        const body = source.text.replace(FRONTMATTER, '').replace(/ \{#[a-z0-9-]+\}$/gm, '');
        // The pair shares the source's translationKey; each language keeps its own slug.
        const key = `bench-${copy}-${source.collection}-${String(data.translationKey ?? source.name)}`;
        const fields: Record<string, unknown> = {
          // A letter code, not a number: "Beth ... (2)" reads to the redaction scan as a name with an age.
          title: `${String(data.title)}: ${letters(copy)}`,
          summary: String(data.summary ?? data.title),
          lang,
          translationKey: key,
          slug: `bench-${copy}-${source.collection}-${source.name}`,
          status: 'published',
          published: '2026-11-02',
        };
        if (lang === 'cy' && english.has(key)) fields.translation = { source: 'en', sourceHash: sourceHash(english.get(key)!) };
        const text = page(fields, body);
        if (lang === 'en') english.set(key, text);
        const dir = join(root, 'content', 'pages', lang);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${String(fields.slug)}.mdx`), text);
      }
    }
  }
  const bodies = sources.map((s) => s.text.replace(FRONTMATTER, ''));
  const words = bodies.reduce((n, b) => n + (b.match(/\S+/g)?.length ?? 0), 0) * scale;
  const tables = bodies.reduce((n, b) => n + (b.match(/^\|(?:\s*:?-+:?\s*\|)+\s*$/gm)?.length ?? 0) + (b.match(/<Chart\b/g)?.length ?? 0), 0) * scale;
  return { root, documents: sources.length * scale, words, tables };
}
