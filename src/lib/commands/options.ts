/** Shared option parsing for the `svd` commands, on node:util's parseArgs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { resolveNow } from '../engine/clock.ts';
import type { Lang, Values } from '../engine/types.ts';
import { t } from '../i18n.ts';

/**
 * A mistake in how a command was typed. It carries a key in locales/{en,cy}/cli.json
 * (and its values), not a sentence, because it is often thrown before the command
 * knows which language to answer in; `guarded` words it in that language.
 */
export class UsageError extends Error {
  readonly key: string;
  readonly values: Values;
  constructor(key: string, values: Values = {}) {
    super(t('en', key, values));
    this.key = key;
    this.values = values;
  }
  text(lang: Lang): string {
    return t(lang, this.key, this.values);
  }
}

/** The option named in one of node:util's parseArgs messages ("Unknown option '--foo'. To specify..."). */
function optionIn(message: string): string {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? message;
}

/** node:util's parseArgs errors, as usage errors in our words (its own are English and for programmers). */
function parseError(error: Error & { code?: string }): UsageError {
  const option = optionIn(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('cli:usageError.unknownOption', { option });
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError('cli:usageError.unexpected', { value: /'([^']+)'/.exec(error.message)?.[1] ?? '' });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take/.test(error.message)) return new UsageError('cli:usageError.noValue', { option });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError('cli:usageError.needsValue', { option });
  return new UsageError('cli:usageError.other', { detail: error.message });
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(error as Error & { code?: string });
  }
}

/**
 * The language asked for on the command line, read before the options are
 * parsed (as scripts/cli.ts does), so that a mistake in the options is
 * explained in the language the officer asked for.
 */
export function argsLang(args: string[]): Lang {
  return args.some((arg, i) => arg === '--lang' && args[i + 1] === 'cy') || args.includes('--lang=cy') ? 'cy' : 'en';
}

export function langOption(value: unknown): Lang {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'cy') return value;
  throw new UsageError('cli:usageError.lang', { value: String(value) });
}

/** `--now YYYY-MM-DD`, else SVD_NOW, else the machine's clock: the one clock (engine/clock.ts). */
export function nowOption(value: unknown): Date {
  try {
    return resolveNow(typeof value === 'string' ? value : undefined);
  } catch {
    // The clock's own sentence is English; the value is all we need from it.
    throw new UsageError('cli:usageError.now', { value: typeof value === 'string' ? value : String(process.env.SVD_NOW ?? '') });
  }
}

/** The option every analysing command takes. */
export const NOW_OPTION = { now: { type: 'string' } } as const;

/** A command's help (locales/{en,cy}/cli.json `help.<command>`), with the shared lines filled in. */
export function helpText(command: string, lang: Lang): string {
  return t(lang, `cli:help.${command}`, { now: t(lang, 'cli:help.now'), lang: t(lang, 'cli:help.lang') });
}

export function rootOption(positionals: string[]): string {
  return resolve(positionals[0] ?? '.');
}

/**
 * Run a command body, turning usage errors into exit code 2 with a message
 * and the command's help, both in the language asked for with --lang.
 */
export async function guarded(command: string, args: string[], body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      const lang = argsLang(args);
      console.error(`${error.text(lang)}\n\n${helpText(command, lang)}`);
      return 2;
    }
    throw error;
  }
}
