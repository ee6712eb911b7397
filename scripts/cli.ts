/**
 * `svd <command>`: one entry point for the build, the checks, the redaction
 * scan and the submission bundle. Each command is a module under
 * src/lib/commands/ exporting `run(args): Promise<number>` (the exit code:
 * 0 fine, 1 findings or failure, 2 input unreadable or usage).
 */
import type { Lang } from '../src/lib/engine/types.ts';
import { argsLang } from '../src/lib/commands/options.ts';
import { t } from '../src/lib/i18n.ts';

// What each command says about itself is in locales/{en,cy}/cli.json (`commands.<name>`).
export const COMMANDS: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  build: () => import('../src/lib/commands/build.ts'),
  check: () => import('../src/lib/commands/check.ts'),
  scan: () => import('../src/lib/commands/scan.ts'),
  new: () => import('../src/lib/commands/new.ts'),
  import: () => import('../src/lib/commands/import.ts'),
  translate: () => import('../src/lib/commands/translate.ts'),
  translations: () => import('../src/lib/commands/translations.ts'),
  translated: () => import('../src/lib/commands/translated.ts'),
  bundle: () => import('../src/lib/commands/bundle.ts'),
  review: () => import('../src/lib/commands/review.ts'),
  deadline: () => import('../src/lib/commands/deadline.ts'),
};

function usage(lang: Lang): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [t(lang, 'cli:usage.line'), '', t(lang, 'cli:usage.commands'), ...Object.keys(COMMANDS).map((name) => `  ${name.padEnd(width)}  ${t(lang, `cli:commands.${name}`)}`), '', t(lang, 'cli:usage.more')].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  // `svd --lang cy --help` (or `svd check --lang cy`): the usage in Welsh; the command reads --lang itself.
  const lang: Lang = argsLang(argv);
  const [name, ...args] = argv[0]?.startsWith('--lang') ? argv.slice(argv[0].includes('=') ? 1 : 2) : argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage(lang));
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`${t(lang, 'cli:noCommand', { name })}\n\n${usage(lang)}`);
    return 2;
  }
  return (await command()).run(args);
}
