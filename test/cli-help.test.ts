/**
 * Every command's help and usage errors, from the real `svd` (scripts/svd.mjs
 * spawned), in English and in Welsh. The options each help must name are read
 * from the command's own option table (its exported OPTIONS, what the parser
 * accepts), so an option added without a line of help fails here.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../scripts/cli.ts';
import { t } from '../src/lib/i18n.ts';

const APP = join(import.meta.dirname, '..');
const NODE = join(APP, 'node_modules', '.bin', 'node');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function svd(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(NODE, [join(APP, 'scripts', 'svd.mjs'), ...args], { cwd: APP, env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** `--name`, not as the start of a longer option (`--title` is not `--title-cy`). */
const names = (text: string, option: string) => new RegExp(`--${option.replace(/[-]/g, '\\-')}(?![\\w-])`).test(text);

const commands = Object.keys(COMMANDS);

describe('svd <command> --help', () => {
  it('knows every command', () => {
    expect(commands).toEqual(['build', 'check', 'scan', 'new', 'import', 'translate', 'translations', 'translated', 'bundle', 'review', 'deadline']);
  });

  for (const command of commands) {
    it(`${command}: names every option the parser accepts, in English and in Welsh`, async () => {
      const { OPTIONS } = (await COMMANDS[command]!()) as unknown as { OPTIONS: Record<string, unknown> };
      const options = Object.keys(OPTIONS);
      expect(options.length).toBeGreaterThan(0);
      const [en, cy] = await Promise.all([svd(command, '--help'), svd(command, '--help', '--lang', 'cy')]);
      for (const [lang, run] of [['en', en], ['cy', cy]] as const) {
        expect(run.code, `${command} ${lang}: ${run.stderr}`).toBe(0);
        expect(run.stdout.startsWith(lang === 'en' ? `Usage: svd ${command}` : `Defnydd: svd ${command}`), run.stdout).toBe(true);
        for (const option of options) expect(names(run.stdout, option), `${command} --help (${lang}) does not name --${option}`).toBe(true);
        // Every placeholder filled: no {{now}} left in what the officer reads.
        expect(run.stdout).not.toMatch(/\{\{|\}\}|cli:help/);
      }
      expect(cy.stdout).not.toBe(en.stdout);
    });
  }
});

describe('svd usage errors', () => {
  it('an unknown option: a sentence in the language asked for, the help, and exit 2', async () => {
    const [en, cy] = await Promise.all([svd('check', '--colour'), svd('check', '--colour', '--lang', 'cy')]);
    expect(en.code).toBe(2);
    expect(cy.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe(t('en', 'cli:usageError.unknownOption', { option: '--colour' }));
    expect(cy.stderr.split('\n')[0]).toBe(t('cy', 'cli:usageError.unknownOption', { option: '--colour' }));
    expect(cy.stderr.split('\n')[0]).toBe('svd: nid oes opsiwn --colour ar gyfer y gorchymyn hwn.');
    expect(cy.stderr).toContain('Defnydd: svd check');
    expect(en.stderr).toContain('Usage: svd check');
  });

  it('an option without its value, a flag given one, a bad --now, --lang or --as: each in Welsh, exit 2', async () => {
    const cases: [string[], string, Record<string, string>][] = [
      [['scan', '--now'], 'needsValue', { option: '--now' }],
      [['translations', '--json=yes'], 'noValue', { option: '--json' }],
      [['deadline', '--now', 'tomorrow'], 'now', { value: 'tomorrow' }],
      [['import', 'x.docx', '--as', 'leaflet'], 'as', { value: 'leaflet' }],
      [['import'], 'importFile', {}],
    ];
    const runs = await Promise.all(cases.map(([args]) => svd(...args, '--lang', 'cy')));
    runs.forEach((run, i) => {
      const [args, key, values] = cases[i]!;
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0], args.join(' ')).toBe(t('cy', `cli:usageError.${key}`, values));
      expect(run.stderr).toContain(`Defnydd: svd ${args[0]}`);
    });
    const lang = await svd('bundle', '--lang', 'fr');
    expect(lang.code).toBe(2);
    expect(lang.stderr.split('\n')[0]).toBe('--lang must be en or cy, not "fr"');
  });

  it('svd new and svd review answer a usage error in Welsh too', async () => {
    const [kind, review] = await Promise.all([svd('new', 'leaflet', '--lang', 'cy', '--root', '/nonexistent'), svd('review', '--lang', 'cy')]);
    expect(kind.code).toBe(2);
    expect(kind.stderr.split('\n')[0]).toBe(t('cy', 'cli:new.kind', { kind: 'leaflet' }));
    expect(kind.stderr).toContain('Defnydd: svd new');
    expect(review.code).toBe(2);
    expect(review.stderr).toContain('Defnydd: svd review --start');
  });
});
