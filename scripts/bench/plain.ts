/**
 * The bench's yardstick, as Astro's inline config: the plain Astro + MDX site
 * in bench/plain/ over a synthetic partnership's content. One definition for
 * build-one.ts (the bench's builds) and timeline.ts (one build, looked into),
 * so the two always build the same plain site.
 */
import type { AstroInlineConfig } from 'astro';
import { dirname, join } from 'node:path';

export function plainConfig(root: string, outDir: string): AstroInlineConfig {
  // bench/plain's content collection reads its content root from here: the yardstick has no integration to pass it as an option.
  process.env.BENCH_CONTENT = root;
  // A cache of its own beside the output, so each plain build starts cold as ours does (and never meets a deleted root's entries).
  return { root: join(import.meta.dirname, '..', '..', 'bench', 'plain'), outDir, cacheDir: join(dirname(outDir), 'astro-cache') };
}
