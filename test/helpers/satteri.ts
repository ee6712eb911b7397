/**
 * Our satteri steps in a real satteri compile, for the plugin tests: the same
 * wrappers (markdown/satteri-tree.ts) and the same steps Astro runs
 * (markdown/processor.ts), on Markdown or MDX the test writes.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { markdownToHtml, mdxToJs, type MdastPluginList } from 'satteri';
import { hastTreePlugin, mdastTreePlugin, plainTree, type HastStep, type MdastStep } from '../../src/lib/markdown/satteri-tree.ts';

/** The data bag Astro seeds each compile with (@astrojs/markdown-satteri), for a page in `lang`. */
const dataFor = (lang: string) => ({ astro: { frontmatter: { lang }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } });

/** Our steps are synchronous, so satteri answers at once; a promise would mean a step became asynchronous. */
function now<T>(result: T | Promise<T>): T {
  if (result instanceof Promise) throw new Error('a step became asynchronous; these helpers expect synchronous steps');
  return result;
}

/** HTML (or Markdown) through satteri's Markdown pipeline with `steps` as its hast plugin; HTML is parsed into elements. */
export function renderHtml(source: string, steps: HastStep[], lang = 'en'): string {
  return now(markdownToHtml(source, { hastPlugins: [hastTreePlugin('test-steps', steps)], features: { rawHtml: true, smartPunctuation: false }, data: dataFor(lang) })).html.trimEnd();
}

/** An MDX compile (as Astro runs it) with the given plugins, then steps; returns the final trees they left. */
export function compileMdx(source: string, options: { mdast?: MdastStep[]; mdastPlugins?: MdastPluginList; hast?: HastStep[]; lang?: string }): { mdast: MdastRoot; hast: HastRoot; code: string } {
  const seen: { mdast?: MdastRoot; hast?: HastRoot } = {};
  const result = now(mdxToJs(source, {
    mdastPlugins: [...(options.mdastPlugins ?? []), mdastTreePlugin('test-steps', options.mdast ?? []), { name: 'test-probe', after: (root) => void (seen.mdast = plainTree(root) as MdastRoot) }],
    hastPlugins: [hastTreePlugin('test-steps', options.hast ?? []), { name: 'test-probe', after: (root) => void (seen.hast = plainTree(root) as HastRoot) }],
    features: { smartPunctuation: false },
    data: dataFor(options.lang ?? 'en'),
  }));
  return { mdast: seen.mdast!, hast: seen.hast!, code: result.code };
}
