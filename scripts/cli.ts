/**
 * `svd <command>`: one entry point for the build, the checks, the redaction
 * scan and the submission bundle. Each command is a module under
 * src/lib/commands/ exporting `run(args): Promise<number>` (the exit code:
 * 0 fine, 1 findings or failure, 2 input unreadable or usage).
 */
import { t } from '../src/lib/i18n.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  build: { summary: 'Check, scan, build the site, index it for search and emit the submission bundle into dist/.', load: () => import('../src/lib/commands/build.ts') },
  check: { summary: 'Check the strategy and SNA summary against the statutory guidance.', load: () => import('../src/lib/commands/check.ts') },
  scan: { summary: 'Look for what must never be published: names with ages, phone numbers, small numbers, markings, photo metadata.', load: () => import('../src/lib/commands/scan.ts') },
  new: { summary: 'Start a site, or a new strategy, SNA summary or page, with every section headed and explained.', load: () => import('../src/lib/commands/new.ts') },
  import: { summary: 'Turn a Word document (.docx) into a document of the site, marking the sections it recognises.', load: () => import('../src/lib/commands/import.ts') },
  translate: { summary: 'Export the text to translate as XLIFF for a CAT tool (only what changed), and import the translation back.', load: () => import('../src/lib/commands/translate.ts') },
  translations: { summary: 'Where every translation stands, section by section: current, stale (what changed) or missing, and who translated it when.', load: () => import('../src/lib/commands/translations.ts') },
  translated: { summary: 'Record that a translation matches its source now, so svd check can tell when the source changes.', load: () => import('../src/lib/commands/translated.ts') },
  bundle: { summary: 'Make the submission bundle again from the site already built in dist/.', load: () => import('../src/lib/commands/bundle.ts') },
  review: { summary: 'Open the next annual edition of the strategy (--start), keeping this one readable at its own address.', load: () => import('../src/lib/commands/review.ts') },
  deadline: { summary: 'Days left to send the strategy to the Home Office (and Welsh Ministers); exits 1 once overdue.', load: () => import('../src/lib/commands/deadline.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return ['Usage: svd <command> [options]', '', 'Commands:', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`), '', 'Run `svd <command> --help` for its options.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`${t('en', 'cli:noCommand', { name })}\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(args);
}
