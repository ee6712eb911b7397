/**
 * The safe MDX subset: what content may contain, what is refused and where,
 * and that neither `svd build` nor a bare `astro build` ever runs content's code.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/lib/build/pipeline.ts';
import { svdConfig } from '../src/lib/build/config.ts';
import { parseMdx } from '../src/lib/content/parse.ts';
import { analyse } from '../src/lib/engine/analyse.ts';
import { findUnsafe } from '../src/lib/safety/safe-mdx.ts';
import { FIXTURES } from './helpers/project.ts';

const INJECTION = join(FIXTURES, 'sites', 'injection');

function refusals(body: string): string[] {
  const tree: Root = parseMdx(new VFile({ path: 'x.mdx', value: body }));
  return findUnsafe(tree).map((r) => r.rule.id);
}

describe('the safe MDX subset', () => {
  it.each([
    ['Markdown text, a table and a heading key', '## Governance {#governance}\n\nText with **bold** and a [link](/en/strategy/).\n\n| Year | Offences |\n|---|--:|\n| 2025 | 1,180 |\n'],
    ['comments and waivers', '{/* a note for editors */}\n\n{/* svd-waive redaction/phone: switchboard. Approved by J. Jones */}\n\nText {/* inline note */} here.\n'],
    ['links to https, mailto, tel and anchors', '[a](https://www.gov.uk/) [b](mailto:svd@example.gov.uk) [c](tel:+441234567890) [d](#governance) [e](../about/)\n'],
    ['an image from the project', '![A map of the wards](./map.png)\n'],
    ['allowed HTML', '<abbr title="Violence Reduction Unit">VRU</abbr> and <a href="https://www.gov.wales/">Welsh Government</a>\n\n<div className="govuk-inset-text">Inset.</div>\n'],
    ['a Chart with literal props', '<Chart title="Offences" description="They fell." column={2}>\n\n| Year | Offences |\n|---|--:|\n| 2025 | 1,180 |\n\n</Chart>\n'],
    ['a Chart with a quoted expression literal', '<Chart title={"Offences"} />\n'],
  ])('allows %s', (_name, body) => {
    expect(refusals(body)).toEqual([]);
  });

  it.each([
    ['import', "import fs from 'node:fs'\n\nText.\n", 'mdx/esm'],
    ['export', 'export const x = 1\n\nText.\n', 'mdx/esm'],
    ['a text expression', 'Home: {process.env.HOME}\n', 'mdx/expression'],
    ['a flow expression', '{globalThis.fetch("https://evil.example")}\n', 'mdx/expression'],
    ['code between two comments', '{/* a */ process.exit(1) /* b */}\n', 'mdx/expression'],
    ['a line comment', '{// hidden\n}\n', 'mdx/expression'],
    ['a computed prop', '<Chart title={process.env.HOME} />\n', 'mdx/expression'],
    ['a template-literal prop', '<Chart title={`${1}`} />\n', 'mdx/expression'],
    ['spread props', '<Chart {...globalThis} title="x" />\n', 'mdx/expression'],
    ['an unknown component', '<Secret />\n', 'mdx/unknown-component'],
    ['a member component', '<Chart.Inner title="x" />\n', 'mdx/unknown-component'],
    ['a forged build-time prop', '<Chart title="x" table="{}" />\n', 'mdx/component-props'],
    ['a Chart without a title', '<Chart />\n', 'mdx/component-props'],
    ['script', '<script>alert(1)</script>\n', 'mdx/element'],
    ['svg with onload', '<svg onload="alert(1)"></svg>\n', 'mdx/element'],
    ['a fragment', '<>text</>\n', 'mdx/element'],
    ['object', '<object data="x.swf"></object>\n', 'mdx/element'],
    ['meta refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example" />\n', 'mdx/element'],
    ['an onerror handler', '<img src="./a.png" onError="alert(1)" alt="a" />\n', 'mdx/attribute'],
    ['style', '<span style="color:red">x</span>\n', 'mdx/attribute'],
    ['an attribute expression on HTML', '<a href={"https://x.example"}>x</a>\n', 'mdx/expression'],
    ['javascript: in mixed case', '[x](JaVaScRiPt:alert(1))\n', 'mdx/url'],
    ['javascript: with a tab inside', '<a href="java\tscript:alert(1)">x</a>\n', 'mdx/url'],
    ['javascript: as character references', '<a href="&#106;avascript:alert(1)">x</a>\n', 'mdx/url'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', 'mdx/url'],
    ['a file: link', '[x](file:///etc/passwd)\n', 'mdx/url'],
    ['an http link', '[x](http://example.gov.uk/)\n', 'mdx/url'],
    ['a protocol-relative link', '[x](//evil.example/)\n', 'mdx/url'],
    ['a backslash protocol-relative link', '<a href="/\\evil.example/">x</a>\n', 'mdx/url'],
    ['a link reference to javascript:', '[x][a]\n\n[a]: javascript:alert(1)\n', 'mdx/url'],
    ['an external image', '![x](https://tracker.example/p.gif)\n', 'mdx/external-resource'],
    ['a protocol-relative image', '<img src="//tracker.example/p.gif" alt="x" />\n', 'mdx/external-resource'],
    ['a data: image', '![x](data:image/png;base64,iVBORw0KGgo=)\n', 'mdx/external-resource'],
  ])('refuses %s', (_name, body, rule) => {
    expect(refusals(body)).toContain(rule);
  });

  it('names the file, line and column of each refusal in the injection fixture, in English and Welsh', () => {
    const analysis = analyse(INJECTION);
    const own = analysis.findings.filter((f) => f.file === 'content/pages/en/attacks.mdx' && /^mdx\//.test(f.rule));
    expect(own.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([
      '10:1 mdx/esm',
      '12:1 mdx/esm',
      '16:10 mdx/expression',
      '16:32 mdx/expression',
      '18:1 mdx/element',
      '20:6 mdx/external-resource',
      '22:4 mdx/url',
      '24:4 mdx/attribute',
      '26:1 mdx/element',
      '28:1 mdx/element',
      '30:1 mdx/element',
      '32:1 mdx/external-resource',
      '34:1 mdx/unknown-component',
      '36:1 mdx/component-props',
      '44:6 mdx/attribute',
      '46:1 mdx/url',
    ]);
    expect(own.every((f) => f.severity === 'error')).toBe(true);
    const welsh = analysis.messages.find((m) => m.ruleId === 'mdx/unknown-component')!;
    expect(welsh.text.cy).toBe('Nid yw <Secret> yn un o gydrannau\'r wefan hon, felly ni ellir ei ddefnyddio.');
    expect(welsh.fixText.en).toContain('<Chart>');
  });

  it('svd build refuses the injection fixture, writes nothing and never runs its code', async () => {
    const out = mkdtempSync(join(tmpdir(), 'svd-inject-'));
    const marker = join(out, 'pwned.txt');
    process.env.SVD_PWNED_MARKER = marker;
    // The coverage each build offers its page (build/virtual.ts), by build id: this build must take its own back.
    const offered = () => [...((globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('svd-publisher.coverage')]?.keys() ?? [])];
    const before = offered();
    try {
      const result = await buildSite({ root: INJECTION, outDir: join(out, 'dist'), log: () => {} });
      expect(result.ok).toBe(false);
      expect(existsSync(join(out, 'dist'))).toBe(false);
      expect(existsSync(marker)).toBe(false);
      // Astro failed at the compile, so build:done never ran; buildSite's verdict took the coverage back.
      expect(offered()).toEqual(before);
    } finally {
      delete process.env.SVD_PWNED_MARKER;
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('Astro refuses it at compile time even when the analysis does not block, and runs none of its code', async () => {
    const out = mkdtempSync(join(tmpdir(), 'svd-inject-astro-'));
    const marker = join(out, 'pwned.txt');
    process.env.SVD_PWNED_MARKER = marker;
    const lines: string[] = [];
    try {
      // block: false reports the findings and builds anyway, as astro dev does: only the remark step stands in the way.
      const { build } = await import('astro');
      const config = svdConfig({ root: INJECTION, block: false, bundle: false, log: (line) => lines.push(line) });
      const error = await build({ ...config, outDir: join(out, 'dist'), configFile: false, logLevel: 'silent' }).then(() => undefined, (e: unknown) => e as Error);
      const output = `${error?.message ?? ''}\n${lines.join('\n')}`;
      expect(existsSync(marker), 'the content ran code during the build').toBe(false);
      expect(error).toBeDefined();
      expect(output).toContain('outside the safe MDX subset');
      expect(output).toContain('mdx/esm');
      expect(existsSync(join(out, 'dist', 'en', 'partners', 'index.html'))).toBe(false);
    } finally {
      delete process.env.SVD_PWNED_MARKER;
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("the refusal in Astro's processor (satteri)", () => {
  /** Astro's own MDX compile options for our processor: its plugin lists, in order, plus a probe after them. */
  async function compile(body: string): Promise<{ error?: Error; reached: string[] }> {
    const { mdxToJs } = await import('satteri');
    const { svdMarkdownProcessor } = await import('../src/lib/markdown/processor.ts');
    const { options } = svdMarkdownProcessor();
    const reached: string[] = [];
    try {
      await mdxToJs(body, {
        mdastPlugins: [...options.mdastPlugins, { name: 'probe', before: () => void reached.push('mdast') }],
        hastPlugins: [...options.hastPlugins, { name: 'probe', before: () => void reached.push('hast') }],
        fileURL: new URL('file:///site/content/pages/en/x.mdx'),
        data: { astro: { frontmatter: { lang: 'en' }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
      });
      reached.push('code');
      return { reached };
    } catch (error) {
      return { error: error as Error, reached };
    }
  }

  it.each([
    ['an import', "Text.\n\nimport fs from 'node:fs'\n", 'mdx/esm', 3],
    ['an expression', 'Text {process.exit(1)} here.\n', 'mdx/expression', 1],
    ['an unknown component', '<Secret />\n', 'mdx/unknown-component', 1],
    ['a javascript: link', '[a](javascript:alert(1))\n', 'mdx/url', 1],
  ])('stops the compile on %s before any other step runs or any code is made, naming the file, line and rule', async (_name, body, rule, line) => {
    const { error, reached } = await compile(body);
    expect(error?.message).toContain('outside the safe MDX subset');
    expect(error?.message).toContain(`/site/content/pages/en/x.mdx:${line}:`);
    expect(error?.message).toContain(rule);
    expect(error?.message).toContain('npx svd check');
    expect(reached).toEqual([]);
  });

  it('lets safe content through every step', async () => {
    const { error, reached } = await compile('## Governance {/*#governance*/}\n\nCall 999 "now".\n');
    expect(error).toBeUndefined();
    expect(reached).toEqual(['mdast', 'hast', 'code']);
  });
});

describe('the output sanitiser (defence in depth behind the refusals)', () => {
  /** The body through a satteri MDX compile with the sanitising step Astro runs first (markdown/processor.ts). */
  async function render(body: string): Promise<string> {
    const { toHtml } = await import('hast-util-to-html');
    const { visit } = await import('unist-util-visit');
    const { sanitiseStep } = await import('../src/lib/markdown/processor.ts');
    const { compileMdx } = await import('./helpers/satteri.ts');
    const clean = compileMdx(body, { hast: [sanitiseStep] }).hast;
    // Components stay as JSX for Astro to render; show them as a marker here.
    visit(clean, (node, index, parent) => {
      if ((node as { type: string }).type === 'mdxJsxFlowElement' && parent && index !== undefined) {
        parent.children[index] = { type: 'element', tagName: 'x-component', properties: { name: (node as { name: string }).name }, children: (node as unknown as { children: never[] }).children } as never;
      }
    });
    return toHtml(clean as never);
  }

  it('removes what the refusals would have caught, if they were ever bypassed', async () => {
    const out = await render(
      [
        "export const x = 1",
        '<script>alert(1)</script>',
        '<a href="javascript:alert(1)">a</a> <a href="https://www.gov.uk/">b</a> <a href="mailto:x@example.gov.uk">c</a>',
        '<img src="https://tracker.example/p.gif" alt="pixel" />',
        '<img src="//tracker.example/q.gif" alt="pixel2" /> [old](http://example.gov.uk/)',
        '<p onClick="alert(1)" style="color:red">p</p>',
        '<iframe src="https://evil.example/"></iframe>',
        '{process.env.HOME}',
        '<Secret />',
      ].join('\n\n'),
    );
    expect(out).not.toMatch(/script|javascript|tracker|onclick|style=|iframe|HOME|Secret|export/i);
    expect(out).toContain('<a href="https://www.gov.uk/">b</a>');
    expect(out).toContain('<a href="mailto:x@example.gov.uk">c</a>');
    expect(out).toContain('<p>p</p>');
    expect(out).toContain('<img alt="pixel">');
    expect(out).toContain('<img alt="pixel2"> <a>old</a>');
  });

  it('keeps the allowed components, their tables, heading ids and project images', async () => {
    const out = await render('## Governance\n\n![Map](./map.png)\n\n<Chart title="Offences">\n\n| Year | Offences |\n|---|--:|\n| 2025 | 1,180 |\n\n</Chart>\n\n<abbr title="Violence Reduction Unit">VRU</abbr>\n');
    expect(out).toContain('<x-component name="Chart">');
    expect(out).toMatch(/<table>[\s\S]*<td[^>]*>1,180<\/td>/);
    expect(out).toContain('<img src="./map.png" alt="Map">');
    expect(out).toContain('<abbr title="Violence Reduction Unit">VRU</abbr>');
  });
});
