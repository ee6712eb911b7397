/**
 * `node scripts/licences.ts`: write docs/licences.md, the licence of every
 * runtime dependency, from node_modules (src/lib/safety/licences.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT } from '../src/lib/build/pipeline.ts';
import { licencesMarkdown, runtimeLicences } from '../src/lib/safety/licences.ts';

const list = runtimeLicences(APP_ROOT);
writeFileSync(join(APP_ROOT, 'docs', 'licences.md'), licencesMarkdown(list));
console.log(`docs/licences.md: ${list.length} packages.`);
