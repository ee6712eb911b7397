/**
 * The refusal in Astro's compile visits only the nodes it judges
 * (safety/safe-mdx.ts), where the engine walks the whole tree. They must
 * refuse the same files with the same message: every MDX file in the
 * project (example, fixtures, docs) and cases written to catch a visitor
 * that judges too much or too little, such as refusals hidden inside a
 * refused element, which the walk does not report twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rewriteHeadingKeys } from '../src/lib/content/heading-keys.ts';
import { parseMdx } from '../src/lib/content/parse.ts';
import { svdMarkdownProcessor } from '../src/lib/markdown/processor.ts';
import { findUnsafe, refusalMessage, safeMdxPlugin } from '../src/lib/safety/safe-mdx.ts';

const ROOT = join(import.meta.dirname, '..');
const PATH = '/site/content/pages/en/x.mdx';

/** What the compile says of `source`: undefined when it compiles, else the refusal's message. */
async function compileRefusal(source: string, plugins = [safeMdxPlugin]): Promise<string | undefined> {
  try {
    await mdxToJs(source, {
      mdastPlugins: plugins,
      fileURL: new URL(`file://${PATH}`),
      data: { astro: { frontmatter: { lang: 'en' }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What the engine's walk says of the same source, in the same words. */
function walkRefusal(source: string): string | undefined {
  const found = findUnsafe(parseMdx(new VFile({ path: PATH, value: source })));
  return found.length > 0 ? refusalMessage(found, PATH) : undefined;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the compile refuses exactly what the walk refuses', () => {
  const files = ['content', 'test/fixtures', 'docs'].flatMap((dir) => mdxFiles(join(ROOT, dir)));

  it('finds the corpus, refused files among them', () => {
    expect(files.length).toBeGreaterThan(50);
    // Vite's rewrite runs before the compile (content/heading-keys.ts); the engine's parse does the same.
    const refused = files.filter((file) => walkRefusal(rewriteHeadingKeys(readFileSync(file, 'utf8'))) !== undefined);
    expect(refused.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s', async (_name, file) => {
    const source = rewriteHeadingKeys(readFileSync(file, 'utf8'));
    expect(await compileRefusal(source)).toBe(walkRefusal(source));
  });

  it.each([
    ['safe Markdown and components', '## Governance {/*#governance*/}\n\n[a](https://www.gov.uk/) ![b](./b.png)\n\n<Chart title="Offences">\n\n| Year | Offences |\n|---|--:|\n| 2025 | 1,180 |\n\n</Chart>\n'],
    ['an expression inside a refused element, reported once', '<script>{process.env.HOME}</script>\n'],
    ['a bad link inside an unknown component, reported once', '<Secret>\n\n[x](javascript:alert(1))\n\n</Secret>\n'],
    ['a bad link inside an allowed element, reported', '<div>\n\n[x](javascript:alert(1))\n\n</div>\n'],
    ['a bad link inside a known component, reported', '<Chart title="x">\n\n[x](http://example.com/)\n\n</Chart>\n'],
    ['an expression in a heading', '## Title {process.env.HOME}\n'],
    ['a definition', '[x]: javascript:alert(1)\n\nSee [x].\n'],
    ['an image from another website', '![tracker](https://evil.example/pixel.png)\n'],
    ['an export after text', 'Text.\n\nexport const x = 1\n'],
    ['an attribute expression on text JSX', 'A <abbr title={process.env.HOME}>B</abbr> c.\n'],
    ['two refusals on two lines', '{process.env.HOME}\n\n<Secret />\n'],
  ])('%s', async (_name, source) => {
    expect(await compileRefusal(source)).toBe(walkRefusal(source));
  });

  it("is the refusal Astro's processor runs first", () => {
    expect(svdMarkdownProcessor().options.mdastPlugins[0]).toBe(safeMdxPlugin);
  });

  it('would miss refusals if it visited fewer kinds of node (the cases above can fail)', async () => {
    const { link: _link, ...withoutLinks } = safeMdxPlugin as typeof safeMdxPlugin & { link: unknown };
    const source = '[x](javascript:alert(1))\n';
    expect(walkRefusal(source)).toBeDefined();
    expect(await compileRefusal(source, [withoutLinks as typeof safeMdxPlugin])).toBeUndefined();
  });
});
