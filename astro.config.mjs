// @ts-check
// The example partnership: its content/ is beside this file. A partnership
// keeping its content elsewhere gives that folder as `root` (or runs
// `npx svd build path/to/site`, which passes the same config inline).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { svdConfig } from './src/lib/build/config.ts';

export default defineConfig(svdConfig({ root: fileURLToPath(new URL('.', import.meta.url)) }));
