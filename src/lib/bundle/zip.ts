/**
 * Zips that come out byte-identical from the same input: entries in a fixed
 * order, one fixed modification time, fixed file modes, and only the DOS
 * timestamp (yazl's extra Unix timestamp field would carry the machine's
 * time zone into the file).
 */
import { createHash } from 'node:crypto';
import yazl from 'yazl';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

/** DOS times are local wall-clock fields; give yazl the UTC fields so every machine writes the same. */
function wallClock(moment: Date): Date {
  return new Date(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate(), moment.getUTCHours(), moment.getUTCMinutes(), moment.getUTCSeconds());
}

/** Entries are written in the order given: callers sort, except where a format wants its own order. */
export function zipEntries(entries: ZipEntry[], mtime: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const when = wallClock(mtime);
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    zip.addBuffer(data, entry.name, { mtime: when, mode: 0o100644, compress: true, forceDosTimestamp: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Byte order, not locale order: the same on every machine. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
