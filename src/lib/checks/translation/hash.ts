/**
 * The record that ties a translation to the exact source it was made from:
 * `sha256-` and the SHA-256, in hex, of the source file's whole text as
 * UTF-8 (frontmatter included, byte for byte as saved). Any change to the
 * source, even a date in its settings, makes the translation stale, because
 * the Welsh settings need the same change.
 */
import { createHash } from 'node:crypto';

export const HASH_PREFIX = 'sha256-';
export const HASH_FORMAT = /^sha256-[0-9a-f]{64}$/;

export function sourceHash(text: string): string {
  return `${HASH_PREFIX}${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
