/**
 * A cache of parsed trees, keyed by the file's text and the parser's own
 * code, so `svd check` on every save only re-parses the file that changed
 * (as eslint --cache and remark's own tooling do). Parsing MDX is most of the
 * cost of a check; reading a cached tree is a JSON.parse.
 *
 * The cache lives in node_modules/.cache/svd-publisher/ and is safe to
 * delete. SVD_NO_CACHE=1 turns it off (the benchmark measures both).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

const APP_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE_DIR = join(APP_ROOT, 'node_modules', '.cache', 'svd-publisher', 'mdast');

/** Anything that changes how text becomes a tree changes the key. */
const PARSER_PARTS = ['src/lib/content/parse.ts', 'src/lib/content/attribute-places.ts', 'src/lib/content/heading-keys.ts', 'package-lock.json'];

let parserId: string | undefined;
function parserVersion(): string {
  if (parserId === undefined) {
    const hash = createHash('sha256');
    for (const part of PARSER_PARTS) {
      try {
        hash.update(readFileSync(join(APP_ROOT, part)));
      } catch {
        hash.update(`missing:${part}`);
      }
    }
    parserId = hash.digest('hex');
  }
  return parserId;
}

export function cachedParse(file: VFile, kind: string, parse: (file: VFile) => Root): Root {
  if (process.env.SVD_NO_CACHE === '1') return parse(file);
  const key = createHash('sha256').update(parserVersion()).update(kind).update('\0').update(String(file.value)).digest('hex');
  const path = join(CACHE_DIR, key.slice(0, 2), `${key}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Root;
  } catch {
    // Not cached yet (or unreadable): parse, then try to remember.
  }
  const tree = parse(file);
  try {
    mkdirSync(join(CACHE_DIR, key.slice(0, 2)), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(tree));
    renameSync(temp, path);
  } catch {
    // A read-only install still works, just without the cache.
  }
  return tree;
}
