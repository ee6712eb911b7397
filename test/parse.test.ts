/**
 * The engine parses with satteri (content/parse.ts), the parser the site is
 * rendered with, and keeps micromark's places: each JSX attribute where the
 * author wrote it (content/attribute-places.ts), and micromark's explained
 * message when a file does not parse. micromark is the reference here.
 */
import type { Root } from 'mdast';
import { createRequire } from 'node:module';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { messageOf, parseMdx } from '../src/lib/content/parse.ts';

const require = createRequire(import.meta.url);
const { unified } = require('unified') as typeof import('unified');
const micromark = unified()
  .use((require('remark-parse') as typeof import('remark-parse')).default)
  .use((require('remark-mdx') as typeof import('remark-mdx')).default);

/** Each attribute's name (or `{...}`) with its start and end, in document order. */
function places(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    for (const a of (node as { attributes?: Array<{ type: string; name?: string; position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }> }).attributes ?? []) {
      const p = a.position;
      found.push(`${a.name ?? '{...}'} ${p ? `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column} @${p.start.offset}-${p.end.offset}` : 'nowhere'}`);
    }
  });
  return found;
}

describe('the engine parse', () => {
  it.each([
    ['a quoted value', '<Figure id="offences" />'],
    ['several, with expressions holding quotes and braces', `Ar ôl ŵyl: <Chart title="Trais difrifol" data={{ a: "}" , b: '{' }} caption='c' />`],
    ['a bare name and a spread', '<Callout open {...props} kind="warning">Text</Callout>'],
    ['across lines, after Welsh letters', 'Ŷ ŵ â\n\n<img\n  src="https://example.org/x.png"\n  alt="Llun"\n/>'],
    ['inline, in a paragraph', 'Call <a href="tel:01234567890" onclick={go}>us</a> now.'],
    ['nested elements', '<Section title="A">\n  <Figure id="b" />\n</Section>'],
  ])('puts each attribute where micromark does: %s', (_name, source) => {
    const ours = places(parseMdx(new VFile({ value: source })));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((p) => !p.includes('nowhere'))).toBe(true);
    expect(ours).toEqual(places(micromark.parse(source) as Root));
  });

  it('gives satteri the source it renders: the tree is satteri’s, with heading keys lifted', () => {
    const source = '## Governance {#governance}\n\nText with a [link](https://example.org).';
    const tree = parseMdx(new VFile({ value: source }));
    const heading = tree.children[0] as { data?: { key?: string } };
    expect(heading.data?.key).toBe('governance');
    expect(tree.children.length).toBe((mdxToMdast(source.replace(' {#governance}', '')) as Root).children.length);
  });

  it('throws micromark’s message, with its rule and place, for a file that does not parse', () => {
    let thrown: unknown;
    try {
      parseMdx(new VFile({ value: 'Young people (<25) were most at risk.' }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(VFileMessage);
    expect((thrown as VFileMessage).source).toBe('micromark-extension-mdx-jsx');
    expect((thrown as VFileMessage).line).toBe(1);
  });

  it('turns satteri’s own error into a placed message, should micromark ever accept what satteri refuses', () => {
    let error: Error | undefined;
    try {
      mdxToMdast('x {1 + } y');
    } catch (e) {
      error = e as Error;
    }
    const message = messageOf(error!);
    expect(message).toBeInstanceOf(VFileMessage);
    expect([message.line, message.column]).toEqual([1, 8]);
    expect(message.reason).toMatch(/^Could not parse expression/);
    expect(message.reason).not.toMatch(/\(mdx-jsx/);
    expect(message.source).toBe('satteri');
  });
});
