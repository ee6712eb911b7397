/**
 * The site audit reads a page as a browser would (audit-page.ts parses with
 * satteri's htmlToHast, html5ever). These are the places where that matters:
 * markup a careless parser reads differently (unquoted and upper-case
 * attributes, character references, foreign SVG and MathML content, foster
 * parenting, comments, <noscript>, <template>, the new <select>), each on a
 * small written site, and each must still be found. Then the real built
 * fixture, parsed by satteri and by rehype-parse (parse5), must give the
 * audit the same elements with the same properties.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePage } from '../src/lib/safety/audit-page.ts';
import { auditSite, type SiteAudit } from '../src/lib/safety/audit.ts';
import { sha256 } from '../src/lib/safety/csp.ts';
import { OUTPUT } from './helpers/project.ts';

const work = mkdtempSync(join(tmpdir(), 'svd-audit-parse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;
let sites = 0;

/** A one-page site under /b/ whose body is `body` (or, with `raw`, the whole file), audited. */
function audit(body: string, raw?: string): SiteAudit {
  const dir = join(work, String((sites += 1)));
  mkdirSync(join(dir, 'other'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), raw ?? `<!doctype html><html><head>${POLICY}</head><body>${body}<p id="here">x</p></body></html>`);
  writeFileSync(join(dir, 'other', 'index.html'), `<!doctype html><html><head>${POLICY}</head><body><h1 id="there">y</h1></body></html>`);
  return auditSite(dir, { base: '/b' });
}

const leaks = (result: SiteAudit) => result.leaks.map((leak) => [leak.kind, leak.detail]);

describe('the audit finds what a browser would run or load', () => {
  const loads: Array<[string, string, string]> = [
    ['an unquoted script address', '<script src=//evil.example/x.js></script>', '//evil.example/x.js'],
    ['upper-case tags and attributes', '<IMG SRC=//evil.example/u.gif ALT="">', '//evil.example/u.gif'],
    ['an address written as character references', '<img src="&#x2F;&#x2F;evil.example/e.gif" alt="">', '//evil.example/e.gif'],
    ['an SVG script by href', '<svg><script href="https://evil.example/a.js"></script></svg>', 'https://evil.example/a.js'],
    ['an SVG script by xlink:href', '<svg><script xlink:href="https://evil.example/b.js"></script></svg>', 'https://evil.example/b.js'],
    ['an SVG image', '<svg><image href=//evil.example/i.png /></svg>', '//evil.example/i.png'],
    ['an SVG use of another site\'s file', '<svg><use xlink:href="//evil.example/u.svg#x"/></svg>', '//evil.example/u.svg#x'],
    ['an SVG filter image', '<svg><filter><feImage xlink:href=//evil.example/f.png /></filter></svg>', '//evil.example/f.png'],
    ['HTML inside SVG\'s foreignObject', '<svg><foreignObject><img src=//evil.example/fo.gif></foreignObject></svg>', '//evil.example/fo.gif'],
    ['HTML in MathML\'s annotation-xml', '<math><annotation-xml encoding="text/html"><img src=//evil.example/m.gif></annotation-xml></math>', '//evil.example/m.gif'],
    ['an element that breaks out of SVG', '<svg><p><img src=//evil.example/out.gif></svg>', '//evil.example/out.gif'],
    ['a picture moved out of a table (foster parenting)', '<table><tr><td>x</td></tr><img src=//evil.example/f.gif></table>', '//evil.example/f.gif'],
    ['a picture after a comment closed by --!>', '<!-- a --!><img src=//evil.example/c.gif> -->', '//evil.example/c.gif'],
    ['a picture a visitor without JavaScript loads', '<noscript><img src=//evil.example/n.gif></noscript>', '//evil.example/n.gif'],
    ['a picture in a template', '<template><img src=//evil.example/t.gif></template>', '//evil.example/t.gif'],
    ['a picture in a select (browsers now keep it)', '<select><button><img src=//evil.example/s.gif></button><option>o</option></select>', '//evil.example/s.gif'],
    ['a srcset candidate after odd spacing', '<img srcset="/b/ 1x ,\n  //evil.example/2x.gif   2x" alt="">', '//evil.example/2x.gif'],
    ['a preloaded picture set', '<link rel=preload as=image imagesrcset="//evil.example/p.gif 1x">', '//evil.example/p.gif'],
    ['a picture in a hidden block', '<div hidden><img src=//evil.example/h.gif></div>', '//evil.example/h.gif'],
  ];
  for (const [name, markup, address] of loads) {
    it(`finds ${name}`, () => {
      expect(leaks(audit(markup))).toContainEqual(['external-load', address]);
    });
  }

  it('finds a handler in any case, on an HTML or an SVG element', () => {
    const found = leaks(audit('<IMG SRC=/b/ ONERROR=alert(1) alt=""><svg><g onbegin=x></g></svg>'));
    expect(found).toContainEqual(['handler', '<img onError>']);
    expect(found).toContainEqual(['handler', '<g onBegin>']);
  });

  it('finds a javascript: link in SVG and a policy written in upper case twice', () => {
    expect(leaks(audit('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'))).toContainEqual(['scheme', 'xLinkHref="javascript:alert(1)"']);
    expect(leaks(audit(`<META HTTP-EQUIV="Content-Security-Policy" CONTENT="default-src *">`))).toContainEqual(['csp', '2 Content-Security-Policy meta tags (there must be exactly one)']);
  });

  it('finds a script after the end of the document, and hashes inline script text as the browser does (CRLF read as LF)', () => {
    const page = `<!doctype html><html><head>${POLICY}</head><body><p>x</p></body></html><script>a()\r\nb()</script>`;
    const result = audit('', page);
    expect(leaks(result)).toEqual([['script', `an inline script (${sha256('a()\nb()')}) the Content-Security-Policy does not allow`]]);
    expect([...result.inlineScripts.keys()]).toEqual([sha256('a()\nb()')]);
  });

  it('reads what only looks like markup as words: in a quoted attribute, a textarea, a title', () => {
    const result = audit('<p title="</p><img src=//evil.example/q.gif>">t</p><textarea><img src=//evil.example/ta.gif></textarea><svg><title><img src=x></title></svg>');
    expect(result.leaks.filter((leak) => leak.detail.includes('evil.example'))).toEqual([]);
  });

  it('keeps a duplicated attribute\'s first value, as the browser does', () => {
    const result = audit('<img src="/b/other/" src="//evil.example/second.gif" alt="">');
    expect(result.leaks).toEqual([]);
    expect(result.internal).toBe(1);
  });

  it('follows links to ids, but not to ids in a template or links no reader reaches', () => {
    const result = audit('<a href="#here">1</a><a href="/b/other/#there">2</a><a href="#in-template">3</a><template><p id="in-template"></p><a href="/b/gone/">4</a></template><div hidden><a href="/b/gone-too/">5</a></div>');
    expect(result.broken).toEqual([{ page: '/b/', href: '#in-template', reason: 'anchor' }]);
    expect(result.anchors).toBe(3);
  });
});

/** Every element of a tree in document order, template content included, with what the audit reads of it. */
function elements(tree: Root): string[] {
  const out: string[] = [];
  const walk = (nodes: ElementContent[] | Root['children']) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      // Namespace declarations are not read by the audit; satteri names the one on <svg> ":xmlns".
      const properties = Object.fromEntries(Object.entries(node.properties).filter(([name]) => !/xmlns/i.test(name)));
      out.push(`${node.tagName} ${JSON.stringify(properties)}`);
      walk(node.children);
      if ((node as Element & { content?: Root }).content) walk((node as Element & { content: Root }).content.children);
    }
  };
  walk(tree.children);
  return out;
}

describe('satteri and parse5 agree on the built fixture', () => {
  const dir = join(OUTPUT, 'bilingual');
  const pages = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort();

  it('has pages to compare', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every page the same elements with the same properties, in the same order', () => {
    for (const name of pages) {
      const html = readFileSync(join(dir, name), 'utf8');
      const ours = elements(parsePage(html));
      expect(ours.length, name).toBeGreaterThan(20);
      expect(ours, name).toEqual(elements(unified().use(rehypeParse).parse(html)));
    }
  });
});
