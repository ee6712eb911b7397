/**
 * `npm run styles`: compile src/styles/site.scss into src/styles/site.css
 * (src/lib/build/styles.ts says why the build does not run Sass itself).
 */
import { writeFileSync } from 'node:fs';
import { compileSiteCss, CSS_PATH } from '../src/lib/build/styles.ts';

writeFileSync(CSS_PATH, await compileSiteCss());
console.log(`Written ${CSS_PATH}`);
