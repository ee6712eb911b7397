/**
 * Runs in a worker thread: reads EXIF, XMP and IPTC from image files with
 * exifr (and, for formats exifr cannot open such as WebP, the raw metadata
 * blocks sharp extracts), and posts back only the fields that identify
 * someone or somewhere. See metadata.ts for why this is a worker.
 */
import { readFileSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import exifr from 'exifr';
import type { ImageMetadata } from './metadata.ts';

const { paths, port, signal } = workerData as { paths: string[]; port: MessagePort; signal: Int32Array };

const OPTIONS = { tiff: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, jfif: false, ihdr: false, mergeOutput: true, translateValues: false, reviveValues: true };

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ') || undefined;
  if (value instanceof Uint8Array) {
    // XPAuthor and friends are UTF-16LE byte arrays.
    const decoded = Buffer.from(value).toString('utf16le').replace(/\0+$/, '').trim();
    return decoded || undefined;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return text(v.value ?? v.lang ?? v['x-default'] ?? Object.values(v)[0]);
  }
  const s = String(value).trim();
  return s || undefined;
}

function pick(raw: Record<string, unknown> | undefined, xmp: string): Omit<ImageMetadata, 'path'> {
  const out: Omit<ImageMetadata, 'path'> = {};
  const r = raw ?? {};
  const lat = typeof r.latitude === 'number' ? r.latitude : undefined;
  const lon = typeof r.longitude === 'number' ? r.longitude : undefined;
  if ((lat !== undefined && lon !== undefined) || r.GPSLatitude !== undefined || /GPSLatitude/i.test(xmp)) {
    out.gps = lat !== undefined && lon !== undefined ? `${lat.toFixed(5)}, ${lon.toFixed(5)}` : 'present';
  }
  const authors = [r.Artist, r.XPAuthor, r.creator, r.Creator, r.Author, r.OwnerName, r.CameraOwnerName, r['By-line'], r.Byline, r.Credit, r.AuthorsPosition]
    .map(text)
    .filter((a): a is string => Boolean(a));
  const xmpCreator = /<dc:creator>[\s\S]*?<rdf:li[^>]*>([^<]+)<\/rdf:li>/i.exec(xmp)?.[1];
  if (xmpCreator) authors.push(xmpCreator.trim());
  if (authors.length) out.author = [...new Set(authors)].join(', ');
  const device = [text(r.Make), text(r.Model)].filter(Boolean).join(' ');
  if (device) out.device = device;
  const serial = [r.BodySerialNumber, r.SerialNumber, r.LensSerialNumber, r.InternalSerialNumber].map(text).find(Boolean);
  if (serial) out.serial = serial;
  const place = [r.City, r.Sublocation, r.Location, r.State].map(text).filter(Boolean).join(', ');
  if (place) out.place = place;
  return out;
}

async function read(path: string): Promise<ImageMetadata> {
  try {
    const buffer = readFileSync(path);
    let raw: Record<string, unknown> | undefined;
    let xmp = '';
    try {
      raw = (await exifr.parse(buffer, OPTIONS)) as Record<string, unknown> | undefined;
      xmp = buffer.includes('<x:xmpmeta') ? buffer.toString('latin1', buffer.indexOf('<x:xmpmeta'), buffer.indexOf('</x:xmpmeta>') + 12) : '';
    } catch {
      // exifr does not read this format (WebP, AVIF): take the blocks sharp finds (loaded only then).
      const { default: sharp } = await import('sharp');
      const meta = await sharp(buffer).metadata();
      if (meta.exif) raw = (await exifr.parse(meta.exif.subarray(meta.exif.indexOf('Exif') === 0 ? 6 : 0), OPTIONS).catch(() => undefined)) as Record<string, unknown> | undefined;
      if (meta.xmp) xmp = meta.xmp.toString('utf8');
      if (!raw && xmp) raw = (await exifr.parse(Buffer.from(xmp), { xmp: true, mergeOutput: true }).catch(() => undefined)) as Record<string, unknown> | undefined;
    }
    return { path, ...pick(raw, xmp) };
  } catch (error) {
    return { path, error: (error as Error).message };
  }
}

try {
  const results: ImageMetadata[] = [];
  for (const path of paths) results.push(await read(path));
  port.postMessage(results);
} catch (error) {
  port.postMessage(paths.map((path) => ({ path, error: (error as Error).message })));
} finally {
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
