/** Shared option parsing for the `svd` commands, on node:util's parseArgs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { resolveNow } from '../engine/clock.ts';
import type { Lang } from '../engine/types.ts';

export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function langOption(value: unknown): Lang {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'cy') return value;
  throw new UsageError(`--lang must be en or cy, not "${String(value)}"`);
}

/** `--now YYYY-MM-DD`, else SVD_NOW, else the machine's clock: the one clock (engine/clock.ts). */
export function nowOption(value: unknown): Date {
  try {
    return resolveNow(typeof value === 'string' ? value : undefined);
  } catch (error) {
    throw new UsageError(`--now: ${(error as Error).message}`);
  }
}

/** The option every analysing command takes. */
export const NOW_OPTION = { now: { type: 'string' } } as const;

export const NOW_HELP = '  --now date    treat this day (YYYY-MM-DD) as today for review dates and deadlines (also SVD_NOW)';

export function rootOption(positionals: string[]): string {
  return resolve(positionals[0] ?? '.');
}

/** Run a command body, turning usage errors into exit code 2 with a message. */
export async function guarded(help: string, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${help}`);
      return 2;
    }
    throw error;
  }
}
