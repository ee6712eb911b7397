/**
 * Requirement keys on headings: `## Llywodraethu {#governance}`.
 *
 * Authors mark the sections the law asks for with a language-independent key,
 * the way Pandoc and kramdown write heading ids. MDX reads `{...}` as a
 * JavaScript expression, and `#governance` is not valid JavaScript, so before
 * MDX sees the text we rewrite the key into an MDX comment
 * (`{/*#governance*\/}`), which MDX parses and renders as nothing.
 * `liftHeadingKeys` then lifts the comment into the heading's id (run by the
 * engine's parse and by Astro's pipeline, both satteri). Lines keep their
 * numbers; only columns after the key move.
 *
 * Both the site build (through a Vite pre-transform) and the analysis engine
 * use this one module, so they always agree on which heading has which key.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { walk } from '../markdown/walk.ts';

const KEYED_HEADING = /^( {0,3}#{1,6}[ \t].*?)[ \t]*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const KEY_COMMENT = /^\/\*#([A-Za-z0-9][A-Za-z0-9_-]*)\*\/$/;

/** Apply `change` to each line outside fenced code blocks (where `{#x}` is code, not a key). */
function outsideFences(source: string, change: (line: string) => string): string {
  let fence: string | undefined;
  return source
    .split('\n')
    .map((line) => {
      const fenceMatch = FENCE.exec(line);
      if (fenceMatch) {
        const marker = fenceMatch[1]!;
        if (!fence) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return line;
      }
      return fence ? line : change(line);
    })
    .join('\n');
}

/** Rewrite `{#key}` at the end of ATX headings into MDX comments, outside code fences. */
export function rewriteHeadingKeys(source: string): string {
  if (!source.includes('{#')) return source;
  return outsideFences(source, (line) => {
    const cr = line.endsWith('\r') ? '\r' : '';
    const match = KEYED_HEADING.exec(cr ? line.slice(0, -1) : line);
    return match ? `${match[1]} {/*#${match[2]}*/}${cr}` : line;
  });
}

export interface HeadingKeyData {
  /** The requirement key, e.g. `governance`. */
  key?: string;
  hProperties?: Record<string, unknown>;
}

/** The key a heading's last child names, if it is a key comment. */
function trailingKey(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'mdxTextExpression') return undefined;
  return KEY_COMMENT.exec(last.value.trim())?.[1];
}

/** The heading's data with its key and, for the HTML, its id. */
function keyedData(heading: Heading, key: string): HeadingKeyData {
  const data = { ...(heading.data as HeadingKeyData | undefined) };
  data.key = key;
  data.hProperties = { ...data.hProperties, id: key };
  return data;
}

/** Move each heading's trailing key comment into `heading.data.key` and the HTML id; false when no heading has one. */
export function liftHeadingKeys(tree: Root): boolean {
  let lifted = false;
  walk<Root | RootContent>(tree, (heading) => {
    if (heading.type !== 'heading') return;
    const key = trailingKey(heading);
    if (!key) return;
    heading.children.pop();
    const before = heading.children.at(-1);
    if (before?.type === 'text') before.value = before.value.trimEnd();
    heading.data = keyedData(heading, key) as Heading['data'];
    lifted = true;
  });
  return lifted;
}

/**
 * The same lift in Astro's compile (markdown/processor.ts), on the headings
 * alone: satteri hands over only headings, and only in a page with a key
 * comment (the factory reads the source first), and takes back the edits.
 */
export const headingKeysPlugin: MdastPluginEntry = ({ source }) =>
  source.includes('{/*#') && {
    name: 'svd-heading-keys',
    heading(heading, ctx) {
      const key = trailingKey(heading as Heading);
      if (!key) return;
      const children = heading.children;
      ctx.removeChildAt(heading, children.length - 1);
      const before = children.at(-2);
      if (before?.type === 'text') ctx.setProperty(before, 'value', before.value.trimEnd());
      ctx.setProperty(heading, 'data', keyedData(heading as Heading, key) as Record<string, unknown>);
    },
  };

const MDX_ID = /\.mdx(?:\?|$)/;

/**
 * Vite plugin: apply the rewrite to .mdx modules before @astrojs/mdx compiles
 * them. The filter lets Rolldown pick the modules itself: a hook without one
 * is called, across from Rust, for every module of the build.
 */
export function viteHeadingKeys() {
  return {
    name: 'svd:heading-keys',
    enforce: 'pre' as const,
    transform: {
      filter: { id: MDX_ID },
      handler(code: string, id: string) {
        if (!MDX_ID.test(id)) return undefined;
        const rewritten = rewriteHeadingKeys(code);
        return rewritten === code ? undefined : { code: rewritten, map: null };
      },
    },
  };
}

export function headingKey(heading: Heading): string | undefined {
  return (heading.data as HeadingKeyData | undefined)?.key;
}

const KEY_COMMENT_AT_END = /^( {0,3}#{1,6}[ \t].*?)[ \t]*\{\/\*#([A-Za-z0-9][A-Za-z0-9_-]*)\*\/\}[ \t]*$/;

/**
 * The inverse of rewriteHeadingKeys, for MDX written by a program (the
 * translation import stringifies a tree in which each key is an MDX comment
 * at the end of its heading): `## Title {/*#key*\/}` back to `## Title {#key}`.
 */
export function restoreHeadingKeys(source: string): string {
  return outsideFences(source, (line) => {
    const match = KEY_COMMENT_AT_END.exec(line);
    return match ? `${match[1]} {#${match[2]}}` : line;
  });
}
