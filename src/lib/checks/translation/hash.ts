/**
 * The records that tie a translation to the exact source it was made from.
 *
 * - `sourceHash(text)`: `sha256-` and the SHA-256, in hex, of a source file's
 *   whole text (the older, whole-file record; any change makes it stale).
 * - `unitHash(canonical)`: one translation unit's canonical text (whitespace
 *   collapsed, placeholders by their code: see translate/pieces.ts).
 * - `sectionHash(unitHashes)`: a section's own units, in order. A section is
 *   stale exactly when one of its units was added, removed or changed.
 *
 * Text is normalised first (byte-order mark dropped, CRLF and CR to LF), so a
 * file saved on Windows, or by an editor that adds a BOM, hashes the same.
 */
import { createHash } from 'node:crypto';

export const HASH_PREFIX = 'sha256-';
export const HASH_FORMAT = /^sha256-[0-9a-f]{64}$/;

export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function sha256(text: string): string {
  return `${HASH_PREFIX}${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function sourceHash(text: string): string {
  return sha256(text);
}

export function unitHash(canonical: string): string {
  return sha256(normaliseText(canonical));
}

export function sectionHash(unitHashes: string[]): string {
  return sha256(unitHashes.join('\n'));
}
