/**
 * Reading image metadata synchronously. The analysis engine is synchronous
 * (the build, the CLI and the dev server all call one `analyse`), but exifr
 * and sharp are asynchronous. So the reading runs in a worker thread while
 * this thread waits on a shared flag, then takes the answer off the message
 * port: one worker per analysis, started only when there are images.
 */
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

/**
 * Start reading `paths` in a worker and return the wait for the answer. The
 * engine starts it with the project's rules and waits after the document
 * rules, so the worker's start-up (a thread loading exifr and sharp, about
 * half a second) happens while the other rules run, not before them.
 */
export function startImageMetadata(paths: string[]): () => ImageMetadata[] {
  if (paths.length === 0) return () => [];
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./metadata-worker.ts', import.meta.url), { workerData: { paths, port: port2, signal }, transferList: [port2] });
  worker.unref();
  let answer: ImageMetadata[] | undefined;
  return () => {
    if (answer) return answer;
    const outcome = Atomics.wait(signal, 0, 0, TIMEOUT_MS);
    const message = receiveMessageOnPort(port1);
    port1.close();
    void worker.terminate();
    answer = outcome === 'timed-out' || !message ? paths.map((path) => ({ path, error: 'the metadata reader did not answer' })) : (message.message as ImageMetadata[]);
    return answer;
  };
}

export function readImageMetadata(paths: string[]): ImageMetadata[] {
  return startImageMetadata(paths)();
}
