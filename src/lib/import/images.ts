/**
 * Images out of a Word file, re-encoded with sharp. sharp writes no metadata
 * unless asked (no EXIF, GPS, XMP, IPTC, ICC comments), so a photo's
 * location, camera and author never reach the published site. Its pixels
 * are kept as they are, turned upright first (EXIF orientation is metadata too).
 */
import sharp from 'sharp';

export interface CleanImage {
  /** File name to write beside the document, e.g. `strategy-1.jpg`. */
  name: string;
  data: Buffer;
}

export interface ImportedImage extends CleanImage {
  /** The alt text the author gave the picture in Word ("" when there is none). */
  alt: string;
}

export async function cleanImage(input: Buffer, base: string): Promise<CleanImage> {
  const image = sharp(input).rotate();
  const { format } = await image.metadata();
  if (format === 'png' || format === 'gif' || format === 'webp') return { name: `${base}.png`, data: await image.png().toBuffer() };
  return { name: `${base}.jpg`, data: await image.jpeg({ quality: 90 }).toBuffer() };
}
