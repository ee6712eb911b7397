/**
 * Where the partnership's content lives. Normally the project root; tests and
 * partnerships keeping content elsewhere set SVD_ROOT to the folder holding
 * content/.
 */
import { resolve } from 'node:path';

export function contentRoot(): string {
  return resolve(process.env.SVD_ROOT ?? process.cwd());
}
