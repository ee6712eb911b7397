/**
 * A real build of the bilingual fixture (test/global-setup.ts), then
 * assertions on the HTML as a browser and a search engine would read it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import enCommon from '../locales/en/common.json' with { type: 'json' };
import { OUTPUT } from './helpers/project.ts';

const DIST = join(OUTPUT, 'bilingual');

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

function page(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

function attr(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

/** Every English UI string, flattened. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(strings);
}

describe('the built bilingual site', () => {
  it('puts each page under its language with the right <html lang>', () => {
    for (const file of htmlFiles(DIST)) {
      const path = relative(DIST, file);
      const lang = attr(readFileSync(file, 'utf8'), /<html lang="([a-z]+)"/);
      if (path.startsWith('en/')) expect(lang, path).toBe('en');
      if (path.startsWith('cy/')) expect(lang, path).toBe('cy');
    }
  });

  it('offers both languages at the root, each in its own language', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/<a [^>]*href="\/sv\/cy\/"[^>]*>Cymraeg<\/a>/);
    expect(html).toMatch(/<a [^>]*href="\/sv\/en\/"[^>]*>English<\/a>/);
  });

  it('links each page to its counterpart, not the home page, with lang and hreflang', () => {
    const en = page('en/strategy');
    expect(en).toMatch(/<a class="govuk-language-navigation__link" href="\/sv\/cy\/strategaeth\/" rel="alternate" lang="cy" hreflang="cy">Cymraeg<\/a>/);
    const cy = page('cy/amdanom-ni');
    expect(cy).toMatch(/<a class="govuk-language-navigation__link" href="\/sv\/en\/about\/" rel="alternate" lang="en" hreflang="en">English<\/a>/);
  });

  it('declares hreflang alternates for both languages and x-default', () => {
    const html = page('cy/strategaeth');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://example.gov.uk/sv/en/strategy/">');
    expect(html).toContain('<link rel="alternate" hreflang="cy" href="https://example.gov.uk/sv/cy/strategaeth/">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://example.gov.uk/sv/en/strategy/">');
  });

  it('shows no English interface text on any Welsh page', () => {
    const english = strings(enCommon).filter((s) => s.length > 3 && !s.includes('{{') && s !== 'English');
    for (const file of htmlFiles(join(DIST, 'cy'))) {
      // Chrome only: drop the document's own text and anything marked as English.
      const chrome = readFileSync(file, 'utf8')
        .replace(/<div class="svd-prose">[\s\S]*?<\/article>/, '')
        .replace(/<[^>]+lang="en"[^>]*>[^<]*<\/[a-z]+>/g, '')
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<[^>]+>/g, '\n');
      for (const text of english) expect(chrome, `${relative(DIST, file)} contains "${text}"`).not.toContain(text);
    }
  });

  it('builds a search index for each language', () => {
    const metas = readdirSync(join(DIST, 'pagefind')).filter((f) => f.endsWith('.pf_meta'));
    expect(metas.some((f) => f.startsWith('pagefind.en_'))).toBe(true);
    expect(metas.some((f) => f.startsWith('pagefind.cy_'))).toBe(true);
  });

  it('publishes no draft', () => {
    expect(existsSync(join(DIST, 'en', 'upcoming'))).toBe(false);
    for (const file of htmlFiles(DIST)) expect(readFileSync(file, 'utf8')).not.toContain('Secret upcoming plans');
  });

  it('gives strategy sections their requirement keys as ids, and lists them in the contents', () => {
    const html = page('cy/strategaeth');
    expect(html).toContain('<h2 id="governance">Llywodraethu</h2>');
  });

  it('loads nothing from another site', () => {
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      const loads = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/g)]
        .filter((m) => !/rel="(?:alternate|canonical)"/.test(m[0]))
        .map((m) => m[1]!);
      for (const url of loads) expect(url, relative(DIST, file)).toMatch(/^\/sv\//);
    }
  });
});
