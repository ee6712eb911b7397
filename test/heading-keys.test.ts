import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { headingKey, rewriteHeadingKeys } from '../src/lib/content/heading-keys.ts';
import { parseMdx } from '../src/lib/content/parse.ts';

describe('requirement keys on headings', () => {
  it('rewrites {#key} on ATX headings into an MDX comment, keeping line numbers', () => {
    const source = '# Title\n\n## Llywodraethu {#governance}\n\nText {#not-a-key}\n';
    const out = rewriteHeadingKeys(source);
    expect(out).toBe('# Title\n\n## Llywodraethu {/*#governance*/}\n\nText {#not-a-key}\n');
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('leaves code fences alone', () => {
    const source = '```md\n## Example {#governance}\n```\n';
    expect(rewriteHeadingKeys(source)).toBe(source);
  });

  it('gives the heading its key and removes it from the heading text', () => {
    const tree = parseMdx(new VFile({ path: 'x.mdx', value: '## Llywodraethu   {#governance}\n\nCorff.\n' }));
    const heading = tree.children[0]!;
    expect(heading.type).toBe('heading');
    if (heading.type !== 'heading') return;
    expect(headingKey(heading)).toBe('governance');
    expect(heading.children).toEqual([expect.objectContaining({ type: 'text', value: 'Llywodraethu' })]);
    expect(heading.position?.start.line).toBe(1);
  });
});

describe("requirement keys in Astro's compile (satteri)", () => {
  it('lifts the key into the heading id and data, as the engine does, trimming the text before it', async () => {
    const { compileMdx } = await import('./helpers/satteri.ts');
    const { headingKeysPlugin } = await import('../src/lib/content/heading-keys.ts');
    const source = rewriteHeadingKeys('## Llywodraethu   {#governance}\n\nCorff.\n\n### Other {/* a note */}\n');
    const { mdast, code } = compileMdx(source, { mdastPlugins: [headingKeysPlugin] });
    const [heading, , other] = mdast.children;
    expect(heading).toMatchObject({ type: 'heading', data: { key: 'governance', hProperties: { id: 'governance' } } });
    expect((heading as { children: unknown[] }).children).toEqual([expect.objectContaining({ type: 'text', value: 'Llywodraethu' })]);
    expect(code).toContain('"governance"');
    // A comment that is not a key stays where it is.
    expect((other as { children: Array<{ type: string }> }).children.at(-1)?.type).toBe('mdxTextExpression');
  });

  it('is left out of a page with no key comment', async () => {
    const { headingKeysPlugin } = await import('../src/lib/content/heading-keys.ts');
    const factory = headingKeysPlugin as (ctx: { source: string }) => unknown;
    expect(factory({ source: '## Plain heading\n' })).toBe(false);
    expect(factory({ source: '## Keyed {/*#governance*/}\n' })).toMatchObject({ name: 'svd-heading-keys' });
  });
});
