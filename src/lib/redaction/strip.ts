/**
 * `svd scan --strip-metadata`: rewrite images without their EXIF, XMP and
 * IPTC blocks (sharp drops them unless asked to keep them). The picture is
 * turned the way its orientation tag said first, so it still looks right
 * once the tag is gone, and its colour profile is kept.
 */
import { renameSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { describeMetadata } from './image-metadata.ts';
import { readImageMetadata } from './metadata.ts';

export interface StripResult {
  stripped: string[];
  failed: Array<{ path: string; reason: string }>;
}

/** Rewrite each image in `paths` that carries metadata the scan reports. */
export async function stripImages(paths: string[]): Promise<StripResult> {
  const result: StripResult = { stripped: [], failed: [] };
  const found = readImageMetadata(paths);
  for (const [index, path] of paths.entries()) {
    if (!describeMetadata(found[index] ?? { path })) continue;
    try {
      const output = await sharp(path).rotate().keepIccProfile().toBuffer();
      const temporary = `${path}.svd-strip`;
      writeFileSync(temporary, output);
      renameSync(temporary, path);
      result.stripped.push(path);
    } catch (error) {
      result.failed.push({ path, reason: (error as Error).message });
    }
  }
  return result;
}
