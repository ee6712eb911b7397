/**
 * `svd build` as a function: Astro's own build with the SVD config inline
 * (src/lib/build/config.ts), so it does exactly what `astro build` does:
 * content -> schema -> analysis -> pages -> search -> bundle, all run by the
 * integration. The analysis runs in a worker while Astro starts; a blocking
 * finding stops the build before anything is published, and a failed step
 * leaves the previous site as it was.
 */
import { resolve } from 'node:path';
import type { SvdResult } from '../integration.ts';
import type { BuildAnalysis } from './shipped.ts';
import { APP_ROOT, astroRootFor, svdConfig } from './config.ts';
import { placesFor, tidy } from '../safety/leftovers.ts';

export { APP_ROOT };

export interface BuildOptions {
  /** Folder holding content/ (default: the app root, i.e. the example). */
  root?: string;
  /** Output folder (default: root/dist). */
  outDir?: string;
  log?: (line: string) => void;
  /** Emit the submission bundle into submission/ beside outDir (default true). */
  bundle?: boolean;
  /** "Now" for review dates and the deadline (default: the one clock, engine/clock.ts). */
  now?: Date;
}

export interface BuildResult {
  ok: boolean;
  analysis: BuildAnalysis;
  outDir: string;
  timings: Record<string, number>;
  /** CPU milliseconds per stage (this process). */
  cpu: Record<string, number>;
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? APP_ROOT);
  const outDir = resolve(options.outDir ?? resolve(root, 'dist'));
  const log = options.log ?? ((line: string) => console.log(line));
  let result: SvdResult | undefined;
  let verdict: (() => Promise<unknown>) | undefined;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  const config = svdConfig({ root, now: options.now, bundle: options.bundle, log, colour: process.stdout.isTTY, onResult: (r) => (result = r), onVerdict: (v) => (verdict = v) });
  try {
    await build({ ...config, outDir, configFile: false, logLevel: 'warn' });
  } catch (error) {
    // The analysis runs beside Astro: Astro may have failed before anything asked for it, or passed on its
    // failure wrapped in one of its own errors. Its findings and its error come first, as when it ran before Astro.
    const failed: unknown = verdict ? await verdict().then(() => undefined, (reason: unknown) => reason) : undefined;
    // Blocked by a finding: already reported, nothing published.
    if (result && !result.ok) return result;
    // A build that failed inside Astro leaves its own folders (staging, bundle) behind.
    tidy(placesFor(astroRootFor(root), outDir), process.pid);
    throw failed ?? error;
  }
  if (!result) throw new Error('The SVD Publisher integration did not run.');
  return result;
}
