/**
 * Reading image metadata synchronously. The analysis engine is synchronous
 * (the build, the CLI and the dev server all call one `analyse`), but exifr
 * and sharp are asynchronous. So the reading runs in a worker thread while
 * this thread waits on a shared flag, then takes the answer off the message
 * port: one worker per analysis, started only when there are images it has
 * not read before. What it read is kept for this process, for each path its
 * newest version (size and modification time): `svd check --watch` and the
 * dev server check again on every save, and starting the worker (a thread
 * loading exifr) was most of a re-check's time when no image had changed.
 * Only the newest is kept, so a long dev session that keeps replacing a
 * picture holds one answer for it, not one for every version it had.
 */
import { statSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface ImageMetadata {
  path: string;
  /** "lat, lon", or "present" when only part of a position is there. */
  gps?: string;
  author?: string;
  device?: string;
  serial?: string;
  /** IPTC or XMP place names (city, sublocation). */
  place?: string;
  error?: string;
}

const TIMEOUT_MS = 60_000;
/** Why an image has no answer (kept for the record; no finding is made from it, and it is read again next time). */
const NO_ANSWER = 'the metadata reader did not answer';

/**
 * Start reading `paths` in a worker and return the wait for the answer. The
 * engine starts it with the project's rules and waits after the document
 * rules, so the worker's start-up (a thread loading exifr, about half a
 * second) happens while the other rules run, not before them.
 */
export function startImageMetadata(paths: string[]): () => ImageMetadata[] {
  const versions = paths.map(versionOf);
  // What is kept for each path's present version, looked up once: the answer uses these, not a later lookup.
  const kept = paths.map((path, index) => {
    const entry = known.get(path);
    return versions[index] !== undefined && entry?.version === versions[index] ? entry.found : undefined;
  });
  const unread = paths.filter((_path, index) => !kept[index]);
  const reading = readInWorker(unread);
  let answer: ImageMetadata[] | undefined;
  return () => {
    if (answer) return answer;
    const read = new Map(reading().map((found) => [found.path, found]));
    answer = paths.map((path, index) => {
      const found = read.get(path) ?? kept[index] ?? { path, error: NO_ANSWER };
      // Only an answer is kept: a failed read is tried again next time.
      const version = versions[index];
      if (version !== undefined && !found.error) known.set(path, { version, found });
      return found;
    });
    return answer;
  };
}

/** What was read for this process: by path, the newest version read (versionOf) and its answer. */
const known = new Map<string, { version: string; found: ImageMetadata }>();

/** A file's version: its size and modification time; undefined when it cannot be read (the worker says why). */
function versionOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.size}\0${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function readInWorker(paths: string[]): () => ImageMetadata[] {
  if (paths.length === 0) return () => [];
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./metadata-worker.ts', import.meta.url), { workerData: { paths, port: port2, signal }, transferList: [port2] });
  worker.unref();
  return () => {
    const outcome = Atomics.wait(signal, 0, 0, TIMEOUT_MS);
    const message = receiveMessageOnPort(port1);
    port1.close();
    void worker.terminate();
    return outcome === 'timed-out' || !message ? paths.map((path) => ({ path, error: NO_ANSWER })) : (message.message as ImageMetadata[]);
  };
}

export function readImageMetadata(paths: string[]): ImageMetadata[] {
  return startImageMetadata(paths)();
}
