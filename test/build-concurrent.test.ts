/**
 * Two builds of different content roots at the same time, in two processes
 * (as two test files or two partnerships' CI jobs on one machine run them).
 * Astro keeps generated state (content-modules.mjs, the data store) under its
 * root; when every content root shared the app's .astro/, one build compiled
 * the other's MDX. Each content root now has its own Astro root
 * (src/lib/build/config.ts astroRootFor), and there is no build lock.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ROOT, astroRootFor } from '../src/lib/build/config.ts';

const BILINGUAL = join(import.meta.dirname, 'fixtures', 'sites', 'bilingual');
const PIPELINE = join(import.meta.dirname, '..', 'src', 'lib', 'build', 'pipeline.ts');
const work = mkdtempSync(join(tmpdir(), 'svd-concurrent-'));
const roots = [join(work, 'alpha'), join(work, 'beta')] as const;
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // Each temporary root's Astro state, and only that: never the app itself.
  for (const root of roots) {
    const state = astroRootFor(root);
    if (state.startsWith(join(APP_ROOT, '.svd', 'astro') + sep)) rmSync(state, { recursive: true, force: true });
  }
});

/** The bilingual fixture, with its Welsh "about" page at a slug and with words of this site's own. */
function site(root: string, name: string): void {
  cpSync(BILINGUAL, root, { recursive: true });
  const page = join(root, 'content', 'pages', 'cy', 'amdanom-ni.mdx');
  const text = readFileSync(page, 'utf8')
    .replace('slug: amdanom-ni', `slug: amdanom-ni-${name}`)
    .replace('Rydym yn bartneriaeth o gyrff cyhoeddus.', `Rydym yn bartneriaeth o gyrff cyhoeddus ${name}.`);
  writeFileSync(page, text);
}

/** `svd build`'s own function in a process of its own (the bundle is other tests' business). */
function build(root: string): Promise<{ code: number | null; output: string }> {
  const script = `const { buildSite } = await import(${JSON.stringify(PIPELINE)});
const lines = [];
const result = await buildSite({ root: ${JSON.stringify(root)}, bundle: false, log: (line) => lines.push(line) });
if (!result.ok) console.log(lines.join('\\n'));
process.exitCode = result.ok ? 0 : 1;`;
  return new Promise((done) => {
    // A stray BASE_URL in the environment must not move the site off site.yaml's base.
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BASE_URL: '/stray/' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('two builds of different content at once', () => {
  it('each writes only its own pages, at its own base', async () => {
    const names = ['alpha', 'beta'] as const;
    roots.forEach((root, i) => site(root, names[i]!));
    expect(astroRootFor(roots[0])).not.toBe(astroRootFor(roots[1]));
    const [a, b] = await Promise.all(roots.map(build));
    expect(a!.code, a!.output).toBe(0);
    expect(b!.code, b!.output).toBe(0);
    for (const [mine, other] of [
      ['alpha', 'beta'],
      ['beta', 'alpha'],
    ] as const) {
      const dist = join(work, mine, 'dist');
      const own = join(dist, 'cy', `amdanom-ni-${mine}`, 'index.html');
      expect(existsSync(own), `${mine} has its own Welsh about page`).toBe(true);
      // "gyrff": Welsh soft mutation after "o".
      expect(readFileSync(own, 'utf8')).toContain(`gyrff cyhoeddus ${mine}.`);
      // The fixture's base is /sv (its site.yaml), whatever BASE_URL the shell had.
      expect(readFileSync(own, 'utf8')).toContain(`href="/sv/cy/amdanom-ni-${mine}/"`);
      expect(readFileSync(own, 'utf8')).not.toContain('/stray/');
      expect(existsSync(join(dist, 'cy', `amdanom-ni-${other}`)), `${mine} has none of ${other}'s pages`).toBe(false);
      expect(readFileSync(join(dist, 'cy', 'index.html'), 'utf8')).not.toContain(`amdanom-ni-${other}`);
    }
  });
});
