/**
 * Dependency hygiene: docs/licences.md is the licence list of what is
 * installed now, and no installed package has an install script that
 * package.json's allowScripts does not name (npm runs only those it allows).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../src/lib/build/pipeline.ts';
import { licencesMarkdown, runtimeLicences } from '../src/lib/safety/licences.ts';

/** The table rows that are the same on every machine (a platform's binaries are not). */
function portableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && line.endsWith('|  |'));
}

describe('the licence list', () => {
  const list = runtimeLicences(APP_ROOT);

  it('is current: docs/licences.md matches node_modules (run node scripts/licences.ts if not)', () => {
    const written = readFileSync(join(APP_ROOT, 'docs', 'licences.md'), 'utf8');
    expect(portableRows(written)).toEqual(portableRows(licencesMarkdown(list)));
  });

  it('covers every runtime dependency of package.json, each with a licence', () => {
    const manifest = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const names = new Set(list.map((entry) => entry.name));
    for (const name of Object.keys(manifest.dependencies)) expect(names, name).toContain(name);
    // Test-only tools are not shipped with the build.
    expect(names).not.toContain('vitest');
    expect(list.filter((entry) => entry.licence === 'UNKNOWN')).toEqual([]);
    expect(list.length).toBeGreaterThan(Object.keys(manifest.dependencies).length);
  });

  describe('on a made-up node_modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'svd-licences-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, value: object) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), JSON.stringify(value));
    };

    it('follows dependencies as Node resolves them, nested versions and old licence fields included', () => {
      write('package.json', { name: 'app', dependencies: { a: '1', b: '1' }, devDependencies: { dev: '1' } });
      write('node_modules/a/package.json', { name: 'a', version: '1.0.0', license: 'MIT', dependencies: { c: '2' } });
      write('node_modules/a/node_modules/c/package.json', { name: 'c', version: '2.0.0', licenses: [{ type: 'BSD-3-Clause' }] });
      write('node_modules/b/package.json', { name: 'b', version: '1.0.0', license: { type: 'ISC' }, dependencies: { c: '1' }, optionalDependencies: { absent: '1' } });
      write('node_modules/c/package.json', { name: 'c', version: '1.0.0' });
      write('node_modules/dev/package.json', { name: 'dev', version: '1.0.0', license: 'MIT' });
      expect(runtimeLicences(root).map((e) => `${e.name}@${e.version} ${e.licence}`)).toEqual(['a@1.0.0 MIT', 'b@1.0.0 ISC', 'c@1.0.0 UNKNOWN', 'c@2.0.0 BSD-3-Clause']);
    });
  });
});

/** Every installed package, as [folder, package.json]. */
function installed(dir: string, found: Array<[string, Record<string, any>]> = []): Array<[string, Record<string, any>]> {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      installed(path, found);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) found.push([path, JSON.parse(readFileSync(manifest, 'utf8'))]);
    installed(join(path, 'node_modules'), found);
  }
  return found;
}

describe('install scripts', () => {
  it('runs none that package.json allowScripts does not name', () => {
    const allow = (JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { allowScripts: Record<string, boolean> }).allowScripts;
    const withScripts = installed(join(APP_ROOT, 'node_modules'))
      .filter(([path, manifest]) => ['preinstall', 'install', 'postinstall'].some((hook) => manifest.scripts?.[hook]) || existsSync(join(path, 'binding.gyp')))
      .map(([, manifest]) => manifest.name as string);
    // The check sees the ones we know are there (esbuild downloads its binary; node is the pinned Node).
    expect(withScripts).toEqual(expect.arrayContaining(['esbuild', 'node']));
    expect([...new Set(withScripts)].filter((name) => !(name in allow))).toEqual([]);
  });
});
