/**
 * Nothing leaks from the built site: the example (both languages) and the
 * injection fixture test/fixtures/bad/inert (every attack the safe-MDX subset
 * lets through as words) are built for real, and every page is crawled for a
 * script, handler, load or form target that is not the site's own, for a
 * link or #anchor that does not resolve, and for a CSP whose hashes do not
 * match the inline scripts. Tampered copies of a real built page show that
 * the crawl fails when any of that is there.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../src/lib/build/pipeline.ts';
import { auditSite, type SiteAudit } from '../src/lib/safety/audit.ts';
import { inlineScriptHashes, sha256 } from '../src/lib/safety/csp.ts';
import { readAstroSettings } from '../src/lib/site/settings.ts';
import { FIXTURES } from './helpers/project.ts';

const INERT = join(FIXTURES, 'bad', 'inert');
const work = mkdtempSync(join(tmpdir(), 'svd-crawl-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Built {
  dir: string;
  lines: string[];
  audit: SiteAudit;
  base: string;
}

/**
 * A real `svd build` (its own process, as a user runs it); the report is what
 * it prints. BASE_URL is set as a CI machine may have it: Astro used to let it
 * replace the site's base path, and the link check caught every link broken.
 */
async function build(root: string, name: string): Promise<Built> {
  const dir = join(work, name, 'dist');
  const env = { ...process.env, BASE_URL: '/', SITE: 'https://elsewhere.example' };
  const run = promisify(execFile)(process.execPath, [join(APP_ROOT, 'scripts', 'svd.mjs'), 'build', root, '--out', dir, '--now', process.env.SVD_NOW ?? '2026-11-20'], { maxBuffer: 64 * 1024 * 1024, env });
  const { stdout } = await run;
  const settings = readAstroSettings(root);
  return { dir, lines: stdout.split('\n'), base: settings.base, audit: auditSite(dir, settings) };
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

/** The CSP check done by hand, independently of audit.ts: every inline script's hash is in its page's script-src. */
function inlineScriptsAgainstPolicy(dir: string): { hashes: Set<string>; pages: number } {
  const hashes = new Set<string>();
  const files = htmlFiles(dir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)].map((m) => m[1]!);
    expect(policies, file).toHaveLength(1);
    const scriptSrc = policies[0]!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*|data:/);
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = sha256(match[1]!);
      hashes.add(hash);
      expect(scriptSrc, `${file}: inline script ${hash}`).toContain(`'${hash}'`);
    }
  }
  return { hashes, pages: files.length };
}

describe('the example site', () => {
  let site: Built;
  beforeAll(async () => {
    site = await build(APP_ROOT, 'example');
  });

  it('has no leak and no broken link or anchor, in either language', () => {
    expect(site.audit.leaks).toEqual([]);
    expect(site.audit.broken).toEqual([]);
    expect(site.audit.pages).toBe(htmlFiles(site.dir).length);
    expect(site.audit.pages).toBeGreaterThanOrEqual(20);
    const languages = new Set(htmlFiles(site.dir).map((f) => f.slice(site.dir.length + 1).split('/')[0]));
    expect([...languages]).toEqual(expect.arrayContaining(['en', 'cy']));
    // The crawl did follow links: both languages' pages link to each other and to headings.
    expect(site.audit.internal).toBeGreaterThan(200);
    expect(site.audit.anchors).toBeGreaterThan(20);
  });

  it('allows, by hash, exactly the project\'s own inline scripts, computed from src/scripts/', () => {
    const { hashes } = inlineScriptsAgainstPolicy(site.dir);
    expect([...hashes].sort()).toEqual(inlineScriptHashes().sort());
    expect([...site.audit.inlineScripts.keys()].sort()).toEqual(inlineScriptHashes().sort());
  });

  it('writes the headers file with the pages\' policy and what only a header can say', () => {
    const headers = readFileSync(join(site.dir, '_headers'), 'utf8');
    const [policy] = site.audit.policies.keys();
    expect(site.audit.policies.size).toBe(1);
    expect(headers).toContain(`${site.base}/*\n`);
    expect(headers).toContain(`Content-Security-Policy: ${policy!.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
  });

  it('lists the links that leave the site in the build report', () => {
    const report = site.lines.join('\n');
    expect(report).toMatch(/Links that leave the site \(\d+; check they still go where you mean\):/);
    // The exit button's neutral site, on every page; and the partnership's email address.
    expect(report).toMatch(new RegExp(`https://www\\.bbc\\.co\\.uk/weather \\(from ${site.audit.pages} pages`));
    expect(report).toContain('mailto:seriousviolence@cwm-arian.gov.uk');
    expect(site.audit.external.size).toBe(report.split('\n').filter((l) => /^ {2}(https|mailto|tel):/.test(l)).length);
  });

  describe('the crawl fails on a tampered page', () => {
    let copy: string;
    let page: string;
    let original: string;
    beforeAll(() => {
      copy = join(work, 'tampered');
      cpSync(site.dir, copy, { recursive: true });
      page = join(copy, 'en', 'about', 'index.html');
      original = readFileSync(page, 'utf8');
    });

    const cases: Array<[string, (html: string) => string, string]> = [
      ['an inline script the CSP does not list', (h) => h.replace('</main>', '<script>alert(1)</script></main>'), 'script'],
      ['a script from another site', (h) => h.replace('</main>', '<script src="https://evil.example/x.js"></script></main>'), 'external-load'],
      ['an event handler', (h) => h.replace('<main ', '<main onclick="alert(1)" '), 'handler'],
      ['a tracking pixel', (h) => h.replace('</main>', '<img src="https://evil.example/p.gif" alt=""></main>'), 'external-load'],
      ['a picture in a srcset from elsewhere', (h) => h.replace('</main>', '<img srcset="//evil.example/p.gif 2x" alt=""></main>'), 'external-load'],
      ['an external stylesheet', (h) => h.replace('</head>', '<link rel="stylesheet" href="https://evil.example/t.css"></head>'), 'external-load'],
      ['a form posting elsewhere', (h) => h.replace('</main>', '<form action="https://evil.example/collect"></form></main>'), 'form'],
      ['an iframe', (h) => h.replace('</main>', '<iframe src="/serious-violence/en/"></iframe></main>'), 'embed'],
      ['a javascript: link', (h) => h.replace('</main>', '<a href="javascript:alert(1)">x</a></main>'), 'scheme'],
      ['a style attribute', (h) => h.replace('<main ', '<main style="background:url(https://evil.example/p.gif)" '), 'style'],
      ['a meta refresh', (h) => h.replace('</head>', '<meta http-equiv="refresh" content="0;url=https://evil.example/"></head>'), 'refresh'],
      ['no CSP', (h) => h.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''), 'csp'],
      ['a CSP that allows inline script', (h) => h.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), 'csp'],
    ];
    for (const [name, tamper, kind] of cases) {
      it(`finds ${name}`, () => {
        writeFileSync(page, tamper(original));
        try {
          const audit = auditSite(copy, { base: site.base, site: 'https://www.cwm-arian.gov.uk' });
          expect(audit.leaks.map((l) => [l.page, l.kind])).toContainEqual([`${site.base}/en/about/`, kind]);
        } finally {
          writeFileSync(page, original);
        }
      });
    }

    it('finds a link to a missing page and to a missing anchor, Welsh pages included', () => {
      const welsh = join(copy, 'cy', 'amdanom-ni', 'index.html');
      const welshOriginal = readFileSync(welsh, 'utf8');
      writeFileSync(page, original.replace('</main>', `<a href="${site.base}/en/no-such-page/">x</a><a href="#no-such-heading">y</a></main>`));
      writeFileSync(welsh, welshOriginal.replace('</main>', `<a href="../../en/about/#dim-pennawd">z</a></main>`));
      try {
        const audit = auditSite(copy, { base: site.base });
        expect(audit.broken).toEqual([
          { page: `${site.base}/cy/amdanom-ni/`, href: '../../en/about/#dim-pennawd', reason: 'anchor' },
          { page: `${site.base}/en/about/`, href: `${site.base}/en/no-such-page/`, reason: 'missing' },
          { page: `${site.base}/en/about/`, href: '#no-such-heading', reason: 'anchor' },
        ]);
      } finally {
        writeFileSync(page, original);
        writeFileSync(welsh, welshOriginal);
      }
    });

    it('is clean again once the page is restored (the cases above changed only that page)', () => {
      const audit = auditSite(copy, { base: site.base, site: 'https://www.cwm-arian.gov.uk' });
      expect(audit.leaks).toEqual([]);
      expect(audit.broken).toEqual([]);
    });
  });
});

describe('the injection fixture (test/fixtures/bad/inert)', () => {
  let site: Built;
  let attempts: string;
  beforeAll(async () => {
    site = await build(INERT, 'inert');
    attempts = readFileSync(join(site.dir, 'en', 'attempts', 'index.html'), 'utf8');
  });

  it('builds, and its crawl finds nothing that runs or loads from elsewhere, and no broken link', () => {
    expect(site.audit.leaks).toEqual([]);
    expect(site.audit.broken).toEqual([]);
    const { hashes } = inlineScriptsAgainstPolicy(site.dir);
    for (const hash of hashes) expect(inlineScriptHashes()).toContain(hash);
  });

  it('shows every attempt to the reader as words', () => {
    // The attacks reached the page, escaped: the fixture really exercised the rendering.
    const lt = '(?:&lt;|&#x3C;)';
    const gt = '(?:&gt;|>)';
    expect(attempts).toMatch(new RegExp(`${lt}script${gt}alert\\(document\\.cookie\\)${lt}/script${gt}`));
    expect(attempts).toMatch(new RegExp(`<title>What content cannot do ${lt}/title${gt}${lt}script${gt}alert\\(1\\)`));
    expect(attempts).toMatch(new RegExp(`<code>${lt}script src=(?:&quot;|")https://evil\\.example/x\\.js`));
    expect(attempts).toMatch(/onmouseover=(?:&#x22;|&quot;|")alert\(1\)/);
    // Inside a quoted attribute "<img src=x" is only text, so look at the parsed page, not the bytes.
    const tree = unified().use(rehypeParse).parse(attempts);
    const elements: Element[] = [];
    visit(tree, 'element', (node: Element) => void elements.push(node));
    expect(elements.filter((e) => ['iframe', 'object', 'embed', 'style', 'base'].includes(e.tagName))).toEqual([]);
    // The only form is the site's own search box, which goes to the site's search page.
    expect(elements.filter((e) => e.tagName === 'form').map((e) => String(e.properties.action))).toEqual(['/inert/en/search/']);
    expect(elements.flatMap((e) => Object.keys(e.properties).filter((name) => /^on/i.test(name)))).toEqual([]);
    expect(elements.filter((e) => e.tagName === 'img').map((e) => String(e.properties.src))).toEqual([expect.stringMatching(/^\/inert\/_astro\/map\./)]);
    const meta = elements.find((e) => e.tagName === 'meta' && e.properties.name === 'description')!;
    expect(meta.properties.content).toContain('"><img src=x onerror=alert(1)>');
  });

  it('keeps the footnote and in-page links working', () => {
    expect(site.audit.anchors).toBeGreaterThanOrEqual(3);
    expect(existsSync(join(site.dir, '_headers'))).toBe(true);
  });

  it('lists the fixture\'s external links, hostile query strings and all, in the report', () => {
    const report = site.lines.join('\n');
    expect(report).toContain('https://example.org/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(report).toContain('mailto:community.safety@marchmoor.gov.uk?subject=%22%3E%3Cscript%3E');
  });
});
