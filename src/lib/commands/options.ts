/** Shared option parsing for the `svd` commands, on node:util's parseArgs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
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

export function rootOption(positionals: string[]): string {
  return resolve(positionals[0] ?? process.env.SVD_ROOT ?? '.');
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
