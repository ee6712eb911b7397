/**
 * Pictures a document shows must be in the project, really there, and really
 * pictures: a missing or corrupt file would otherwise stop Astro with a stack
 * trace, and a path with ../ or a symlink could publish a file from anywhere
 * on the build machine. (Addresses on other sites are refused earlier, by
 * safe-mdx.ts.)
 */
import { closeSync, openSync, readSync, fstatSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Report } from '../engine/types.ts';
import { imageCorrupt, imageMissing, outsideProject } from './input-rules.ts';
import { insideRoot } from './read.ts';
import { judgeUrl } from './schema.ts';
import { walk } from '../markdown/walk.ts';

const APP_PUBLIC = resolve(new URL('../../../public', import.meta.url).pathname);

type Verdict = { en: string; cy: string } | undefined;

function head(full: string): { bytes: Buffer; size: number; tail: Buffer } {
  const fd = openSync(full, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.alloc(Math.min(size, 64));
    readSync(fd, bytes, 0, bytes.length, 0);
    const tail = Buffer.alloc(Math.min(size, 16));
    readSync(fd, tail, 0, tail.length, Math.max(0, size - tail.length));
    return { bytes, size, tail };
  } finally {
    closeSync(fd);
  }
}

/** A quick look at the file's own signature and ending: enough to catch a renamed, empty or half-copied file. */
export function imageProblem(full: string): Verdict {
  const { bytes, size, tail } = head(full);
  const ext = full.toLowerCase().replace(/^.*\./, '');
  if (size === 0) return { en: 'the file is empty', cy: "mae'r ffeil yn wag" };
  const text = bytes.toString('latin1');
  const signatures: Record<string, boolean> = {
    png: text.startsWith('\x89PNG\r\n\x1a\n'),
    jpg: text.startsWith('\xff\xd8\xff'),
    jpeg: text.startsWith('\xff\xd8\xff'),
    gif: text.startsWith('GIF87a') || text.startsWith('GIF89a'),
    webp: text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP',
    avif: text.slice(4, 8) === 'ftyp',
    svg: /<svg[\s>]|<\?xml/.test(text),
  };
  if (!(ext in signatures)) return { en: `".${ext}" is not a picture format the web can show (use PNG, JPEG, GIF, WebP, AVIF or SVG)`, cy: `nid yw ".${ext}" yn fformat llun y gall y we ei ddangos (defnyddiwch PNG, JPEG, GIF, WebP, AVIF neu SVG)` };
  if (!signatures[ext]) return { en: `its name says .${ext} but its contents are not a ${ext.toUpperCase()} picture`, cy: `mae ei enw'n dweud .${ext} ond nid llun ${ext.toUpperCase()} yw ei gynnwys` };
  const truncated = (ext === 'png' && !tail.toString('latin1').includes('IEND')) || ((ext === 'jpg' || ext === 'jpeg') && !(tail[tail.length - 2] === 0xff && tail[tail.length - 1] === 0xd9));
  if (truncated) return { en: 'the file stops part-way through (it may not have finished copying)', cy: "mae'r ffeil yn stopio hanner ffordd (efallai na orffennodd gopïo)" };
  return undefined;
}

function decode(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Check every picture `tree` (the document at `file.path` under `root`) shows. */
export function checkImages(tree: Root, file: VFile, root: string, report: Report): void {
  const realRoot = (() => {
    try {
      return realpathSync(root);
    } catch {
      return root;
    }
  })();
  const urls: Array<{ url: string; node: { position?: unknown } }> = [];
  walk<Root | RootContent>(tree, (node) => {
    if (node.type === 'image') urls.push({ url: node.url, node });
    const jsx = node as unknown as { type: string; name?: string; attributes?: Array<{ name?: string; value?: unknown }> };
    if ((jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') && jsx.name === 'img') {
      const src = jsx.attributes?.find((a) => a.name === 'src')?.value;
      if (typeof src === 'string') urls.push({ url: src, node });
    }
  });
  for (const { url, node } of urls) {
    if (!url || !judgeUrl(url, 'resource').ok) continue;
    const path = decode(url);
    const candidates = path.startsWith('/') ? [join(root, 'public', path), join(APP_PUBLIC, path)] : [resolve(root, dirname(file.path), path)];
    // A path that climbs out of the project is refused before anything is looked up there.
    if (candidates.every((candidate) => !insideRoot(root, candidate) && !insideRoot(APP_PUBLIC, candidate))) {
      report(file, node as never, outsideProject, { path: url, target: candidates[0]! });
      continue;
    }
    const found = candidates.find((candidate) => {
      try {
        return Boolean(realpathSync(candidate));
      } catch {
        return false;
      }
    });
    const shown = candidates[0]!.startsWith(root) ? candidates[0]!.slice(root.length + 1) : candidates[0]!;
    if (!found) {
      report(file, node as never, imageMissing, { url, path: shown });
      continue;
    }
    const real = realpathSync(found);
    if (!insideRoot(realRoot, real) && !insideRoot(APP_PUBLIC, real)) {
      report(file, node as never, outsideProject, { path: url, target: real });
      continue;
    }
    const problem = imageProblem(real);
    if (problem) report(file, node as never, imageCorrupt, { path: shown, detail: problem });
  }
}
