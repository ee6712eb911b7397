/**
 * Starts the build's analysis in a worker thread (build/analysis-worker.ts)
 * and gives back two promises of its plain-data results (build/shipped.ts):
 * the settings pages are bundled with, then the analysis. Light
 * on purpose: the main thread of `astro build` imports this, never the
 * engine, its rules or their libraries, which only the worker loads.
 *
 * The worker is a .ts file run by Node's own type stripping, as
 * scripts/svd.mjs runs the CLI; its address is relative to this module, so it
 * resolves the same from `svd build`, a bare `astro build` and vitest. It
 * gets a heap limit sized from the project (heapLimitMb) and runs again
 * without one if it outgrows it, the parent's Node options where Node lets a
 * worker have them (moduleExecArgv), and the parent's compile cache.
 */
import { readdirSync, statSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { t } from '../i18n.ts';
import type { BuildAnalysis, BuildSettings } from './shipped.ts';

export interface AnalysisRequest {
  root: string;
  now?: Date;
  /** Colour the printed findings (a terminal). */
  colour?: boolean;
}

/** An error as it crosses the thread: structured cloning keeps only an Error's name, message and stack. */
export interface ErrorDescription {
  name: string;
  message: string;
  stack?: string;
  /** The error's own fields that are plain data (a code, a hint, a file). */
  fields: Record<string, unknown>;
}

/** The worker's two messages: the settings once the project is read, then the analysis (or its failure). */
export type WorkerMessage =
  | { kind: 'settings'; settings: BuildSettings }
  | { kind: 'done'; ok: true; analysis: BuildAnalysis; cpu: number }
  | { kind: 'done'; ok: false; error: ErrorDescription };

export interface RunningAnalysis {
  /** The settings pages are bundled with; rejects as `done` does if the project cannot be read. */
  settings: Promise<BuildSettings>;
  done: Promise<AnalysisDone>;
}

export interface AnalysisDone {
  analysis: BuildAnalysis;
  /**
   * Milliseconds from starting the worker to its results (a rerun's included), and the worker's own
   * CPU milliseconds. The wall time is the parent's to measure: a worker's performance.now() counts
   * from the process's start, not the thread's.
   */
  wall: number;
  cpu: number;
  /** True when the analysis outgrew its heap limit and ran again without one (heapLimitMb). */
  rerun: boolean;
}

export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** JavaScript's own error classes, remade as themselves (a RangeError stays a RangeError). */
const BUILT_IN: Record<string, ErrorConstructor> = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

/** The same error again on this side: same name, message, stack and plain fields, so it reads as it would have in-process. */
export function reviveError(description: ErrorDescription): Error {
  const error = Object.assign(new (BUILT_IN[description.name] ?? Error)(description.message), description.fields);
  error.name = description.name;
  if (description.stack) error.stack = description.stack;
  return error;
}

const WORKER = new URL('./analysis-worker.ts', import.meta.url);

/** Bytes of MDX under the project's content/ (0 if it has none: the worker then fails as the analysis does). */
export function mdxBytes(root: string): number {
  let bytes = 0;
  try {
    for (const entry of readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.mdx')) bytes += statSync(join(entry.parentPath, entry.name)).size;
    }
  } catch {
    // No content/ (or a file gone mid-walk): the size so far; the worker reports what is wrong.
  }
  return bytes;
}

/**
 * The worker's old-generation heap, in MB, for a project with this much MDX.
 * Left unlimited, V8 lets a heap grow far past what is live before it
 * collects: on the 100x bench the analysis kept 316 MB live yet reached
 * 1.18 GB of memory, and beside Astro's own build that took the build past
 * 2 GB. With 512 MB it peaked at 731 MB and ran no slower (15 s either way;
 * 384 MB made it 30% slower). 32 bytes a byte of MDX is 1.6 times what it
 * keeps live there (19 a byte); the floor covers a small project, whose
 * modules and rule tables outweigh its text. A project that needs more than
 * this runs again with no limit (startAnalysis), so a limit costs time at
 * worst, never the build.
 */
export function heapLimitMb(bytes: number): number {
  return Math.max(512, Math.ceil((32 * bytes) / 2 ** 20));
}

/**
 * The parent's Node options for the worker (it inherits them, loaders and conditions included), less
 * those about the main script's own source: `node --input-type=module -e ...` (as a test or a wrapper
 * may run buildSite) would otherwise stop the worker before it starts, since its entry is a file.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (arg === '--input-type') i++; // its value is the next argument
    else if (!arg.startsWith('--input-type=')) kept.push(arg);
  }
  return kept;
}

/** Node's options about loading and running modules, which a worker takes as its own; the second group takes a value. */
const MODULE_FLAGS = /^--(?:(?:no-)?experimental-[a-z-]+|enable-source-maps|no-warnings|no-deprecation|preserve-symlinks(?:-main)?|disable-warning|import|require|loader|experimental-loader|conditions)(?:=|$)/;
const TAKES_VALUE = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C', '--disable-warning']);

/**
 * Only the module-loading options of `execArgv`, for when Node refuses the
 * rest for a worker: it does for those that apply to the whole process,
 * V8's own among them (`node --max-old-space-size=4096 node_modules/.bin/astro
 * build`, as a big site may be built), and those already apply to the worker.
 */
export function moduleExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (TAKES_VALUE.has(arg)) {
      if (i + 1 < execArgv.length) kept.push(arg, execArgv[++i]!);
    } else if (MODULE_FLAGS.test(arg)) kept.push(arg);
  }
  return kept;
}

/**
 * The worker's environment: the parent's (a copy, as Node gives by default), with Node's compile cache
 * where the parent has one (svd and astro turn it on; the cache is per thread otherwise), so a build after
 * the first loads the engine's modules, type-stripped and compiled, from it.
 */
function workerEnv(): NodeJS.ProcessEnv {
  const dir = getCompileCacheDir();
  return dir ? { ...process.env, NODE_COMPILE_CACHE: dir } : { ...process.env };
}

/** The worker, with the parent's options where Node takes them all, else with its module-loading ones alone. */
function newWorker(options: { workerData: AnalysisRequest; resourceLimits?: { maxOldGenerationSizeMb: number } }): Worker {
  const env = workerEnv();
  try {
    return new Worker(WORKER, { ...options, env, execArgv: workerExecArgv(process.execArgv) });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(WORKER, { ...options, env, execArgv: moduleExecArgv(process.execArgv) });
  }
}

export function startAnalysis(request: AnalysisRequest, options: { heapMb?: number } = {}): RunningAnalysis {
  const settings = Promise.withResolvers<BuildSettings>();
  const done = Promise.withResolvers<AnalysisDone>();
  // Neither is always awaited (Astro may fail first); whoever awaits one hears its failure.
  settings.promise.catch(() => {});
  done.promise.catch(() => {});
  // A failure before the settings fails both; once settled, a promise ignores the rest.
  const fail = (error: Error) => {
    settings.reject(error);
    done.reject(error);
  };
  // The wall time is from the first start: a rerun's time is the build's too.
  const began = performance.now();
  const start = (heapMb: number | undefined, rerun: boolean) => {
    const resourceLimits = heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb };
    const worker = newWorker({ workerData: request, resourceLimits });
    let finished = false;
    // A second run sends the settings again; the promise keeps the first.
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'settings') return settings.resolve(message.settings);
      finished = true;
      if (message.ok) done.resolve({ analysis: message.analysis, wall: Math.round(performance.now() - began), cpu: message.cpu, rerun });
      else fail(reviveError(message.error));
    });
    // An error the worker did not catch (it failed to load, ran out of memory): as thrown, unless it only
    // outgrew the limit it was given, when it runs again without one.
    worker.once('error', (error: Error & { code?: string }) => {
      finished = true;
      if (heapMb !== undefined && error.code === 'ERR_WORKER_OUT_OF_MEMORY') start(undefined, true);
      else fail(error);
    });
    worker.once('exit', (code) => {
      if (!finished) fail(new Error(t('en', 'cli:build.analysisLost', { code })));
    });
  };
  start(options.heapMb ?? heapLimitMb(mdxBytes(request.root)), false);
  return { settings: settings.promise, done: done.promise };
}
