/**
 * Times the built-site audit on a site already built, and writes its result
 * as JSON (Maps as [key, value] lists), so two versions of the audit can be
 * compared on the same pages:
 *
 *   node scripts/bench/audit.ts <content root> <built dir> [out.json] [runs] [audit module]
 *
 * e.g. after `git archive <commit> src | tar -x -C /tmp/old` (with a
 * node_modules link beside it), pass /tmp/old/src/lib/safety/audit.ts as the
 * module, then `cmp` the two JSON files. Prints each run's wall and CPU ms.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readAstroSettings } from '../../src/lib/site/settings.ts';
import type { SiteAudit } from '../../src/lib/safety/audit.ts';

const [root, dir, out, runs = '3', module = resolve(import.meta.dirname, '../../src/lib/safety/audit.ts')] = process.argv.slice(2);
if (!root || !dir) throw new Error('usage: node scripts/bench/audit.ts <content root> <built dir> [out.json] [runs] [audit module]');
const { auditSite } = (await import(pathToFileURL(resolve(module)).href)) as { auditSite: (dir: string, options: { base: string; site?: string }) => SiteAudit };
const settings = readAstroSettings(root);
const wall: number[] = [];
const cpu: number[] = [];
let audit: SiteAudit | undefined;
for (let run = 0; run < Number(runs); run += 1) {
  const [started, used] = [performance.now(), process.cpuUsage()];
  audit = auditSite(dir, settings);
  const spent = process.cpuUsage(used);
  wall.push(Math.round(performance.now() - started));
  cpu.push(Math.round((spent.user + spent.system) / 1000));
}
if (out) writeFileSync(out, JSON.stringify(audit, (_key, value: unknown) => (value instanceof Map ? [...value] : value), 1));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(JSON.stringify({ wall, cpu, medianWall: median(wall), medianCpu: median(cpu), pages: audit?.pages, leaks: audit?.leaks.length, broken: audit?.broken.length }));
