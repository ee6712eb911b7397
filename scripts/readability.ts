/**
 * Readability of documents, as the language checks measure it: for English,
 * the Flesch reading-ease score and the sentences retext-readability finds
 * hard; for Welsh, sentence and word lengths.
 *
 *   node scripts/readability.ts content/pages/en/young-people.mdx content/pages/cy/pobl-ifanc.mdx
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { parseMdx } from '../src/lib/content/parse.ts';
import { readabilityOf } from '../src/lib/language/readability.ts';

function main(files: string[]): number {
  if (files.length === 0) {
    console.error('Usage: node scripts/readability.ts <file.mdx>... (the language is read from the lang: setting)');
    return 2;
  }
  for (const path of files) {
    const value = readFileSync(path, 'utf8');
    const lang = /^lang:\s*cy\s*$/m.test(value) ? 'cy' : 'en';
    const file = new VFile({ path, value });
    const { prose, ...scores } = readabilityOf(parseMdx(file), file, lang);
    console.log(`${path} (${lang}): ${JSON.stringify({ ...scores, hardSentences: scores.hardSentences.length, longSentences: scores.longSentences.length })}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
