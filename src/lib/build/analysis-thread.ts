/**
 * Starts the build's analysis in a worker thread (build/analysis-worker.ts)
 * and gives back two promises of its plain-data results (build/shipped.ts):
 * the settings pages are bundled with, then the analysis. Light
 * on purpose: the main thread of `astro build` imports this, never the
 * engine, its rules or their libraries, which only the worker loads.
 *
 * The worker is a .ts file run by Node's own type stripping, as
 * scripts/svd.mjs runs the CLI; its address is relative to this module, so it
 * resolves the same from `svd build`, a bare `astro build` and vitest.
 */
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
  | { kind: 'done'; ok: true; analysis: BuildAnalysis; wall: number; cpu: number }
  | { kind: 'done'; ok: false; error: ErrorDescription };

export interface RunningAnalysis {
  /** The settings pages are bundled with; rejects as `done` does if the project cannot be read. */
  settings: Promise<BuildSettings>;
  done: Promise<AnalysisDone>;
}

export interface AnalysisDone {
  analysis: BuildAnalysis;
  /** The worker's wall and CPU milliseconds (its own thread, from its start). */
  wall: number;
  cpu: number;
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

export function startAnalysis(request: AnalysisRequest): RunningAnalysis {
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
  const worker = new Worker(WORKER, { workerData: request, execArgv: workerExecArgv(process.execArgv) });
  let finished = false;
  worker.on('message', (message: WorkerMessage) => {
    if (message.kind === 'settings') return settings.resolve(message.settings);
    finished = true;
    if (message.ok) done.resolve({ analysis: message.analysis, wall: message.wall, cpu: message.cpu });
    else fail(reviveError(message.error));
  });
  // An error the worker did not catch (it failed to load, ran out of memory): as thrown.
  worker.once('error', (error: Error) => {
    finished = true;
    fail(error);
  });
  worker.once('exit', (code) => {
    if (!finished) fail(new Error(t('en', 'cli:build.analysisLost', { code })));
  });
  return { settings: settings.promise, done: done.promise };
}
