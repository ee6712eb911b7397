/**
 * The SHA256SUMS record of an edition's kept downloads (keep-downloads.ts),
 * on its own so that the redaction scan can read it without loading the
 * bundle's PDF library.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The record of what `keepDownloads` copied, beside the files. */
export const SUMS = 'SHA256SUMS';

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Whether the file at `full` (in an edition's downloads folder) is, byte for byte, one `keepDownloads` kept. */
export function isKeptDownload(full: string): boolean {
  let sums: string;
  try {
    sums = readFileSync(join(dirname(full), SUMS), 'utf8');
  } catch {
    return false;
  }
  const name = basename(full);
  const listed = sums.split('\n').map((line) => /^([0-9a-f]{64}) {2}(.+)$/.exec(line)).find((m) => m?.[2] === name);
  return listed?.[1] === sha256(full);
}
