/**
 * The one ZIP reader, for the parts of Office and OpenDocument files that
 * are read as XML: properties, comments, tracked changes, headers, footers,
 * footnotes (the metadata scan, the text scan and `svd import`). fflate's
 * unzipSync: synchronous, because the metadata scan runs inside the one
 * synchronous analysis, and it checks the archive as it reads. A file that
 * is not a ZIP archive has no entries.
 */
import { unzipSync } from 'fflate';

/** Every entry of `buffer` by name, each read (and inflated) only when asked for. */
export function zipEntries(buffer: Buffer): Map<string, () => Buffer> {
  const names: string[] = [];
  try {
    // A filter that keeps nothing lists the names without inflating anything.
    unzipSync(buffer, { filter: (file) => (names.push(file.name), false) });
  } catch {
    return new Map();
  }
  return new Map(names.map((name) => [name, () => Buffer.from(unzipSync(buffer, { filter: (file) => file.name === name })[name] ?? new Uint8Array())]));
}
