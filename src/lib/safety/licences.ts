/**
 * Every package the published tool runs with (the `dependencies` of
 * package.json and all of theirs, as installed), with its licence, read from
 * the package.json files in node_modules. docs/licences.md is this list;
 * `node scripts/licences.ts` writes it and test/dependencies.test.ts fails
 * when it is out of date. Dev dependencies (tests, type checks) are not
 * shipped or run by a partnership's build, so they are not listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface Licensed {
  name: string;
  version: string;
  licence: string;
  /** Where it is in node_modules, for packages installed at more than one version. */
  path: string;
  /** A binary for one operating system or processor (os/cpu in its package.json): another machine installs another. */
  platform?: string;
}

interface Manifest {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }> | { type?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}

function read(file: string): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The licence as an SPDX expression; old packages wrote an object or a list. */
function licenceOf(manifest: Manifest): string {
  const value = manifest.license ?? manifest.licenses;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((entry) => entry.type).filter(Boolean).join(' OR ') || 'UNKNOWN';
  return value?.type ?? 'UNKNOWN';
}

/** Node's lookup: node_modules/<name> in this package's folder, then each folder above it, up to the app. */
function resolvePackage(from: string, name: string, appRoot: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return dirname(candidate);
    if (dir === appRoot || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

export function runtimeLicences(appRoot: string): Licensed[] {
  const found = new Map<string, Licensed>();
  const queue: string[] = [appRoot];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    const manifest = read(join(dir, 'package.json'));
    const wanted = { ...manifest.optionalDependencies, ...manifest.dependencies };
    for (const name of Object.keys(wanted)) {
      // An optional dependency for another platform is simply not installed.
      const at = resolvePackage(dir, name, appRoot);
      if (!at || found.has(at)) continue;
      const own = read(join(at, 'package.json'));
      const platform = [...(own.os ?? []), ...(own.cpu ?? [])].join(' ') || undefined;
      found.set(at, { name: own.name ?? name, version: own.version ?? '', licence: licenceOf(own), path: relative(appRoot, at).split(sep).join('/'), ...(platform ? { platform } : {}) });
      queue.push(at);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, undefined, { numeric: true }));
}

export function licencesMarkdown(list: Licensed[]): string {
  const counts = new Map<string, number>();
  for (const entry of list) counts.set(entry.licence, (counts.get(entry.licence) ?? 0) + 1);
  const summary = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([licence, count]) => `${licence} (${count})`);
  return [
    '# Licences of the runtime dependencies',
    '',
    'Every package `svd` runs with, as installed: the `dependencies` in',
    '`package.json` and all of theirs. Written by `node scripts/licences.ts`',
    'from the `package.json` files in `node_modules`; a test fails when it is',
    'out of date, so run the script after adding or updating a dependency.',
    'Rows marked with a platform are binaries for the machine the list was',
    'made on; another machine installs its own, under the same licence.',
    '',
    `${list.length} packages: ${summary.join(', ')}.`,
    '',
    '| Package | Version | Licence | Platform |',
    '|---|---|---|---|',
    ...list.map((entry) => `| ${entry.name} | ${entry.version} | ${entry.licence} | ${entry.platform ?? ''} |`),
    '',
  ].join('\n');
}
