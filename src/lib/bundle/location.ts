/**
 * Where the bundle lives: beside the published folder, never inside it. A
 * council copies dist/ to its web server; the bundle (draft emails, manifest,
 * cover sheets) is for sending, so it is written to submission/ and
 * submission.zip next to dist/, where copying dist/ cannot publish it.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const SUBMISSION_DIR = 'submission';
export const SUBMISSION_ZIP = 'submission.zip';

export interface BundleLocation {
  /** The folder holding the bundle's files, e.g. ./submission */
  dir: string;
  /** The zip of that folder, e.g. ./submission.zip */
  zip: string;
}

/** The bundle of the site published from outDir (e.g. ./dist gives ./submission and ./submission.zip). */
export function bundleLocation(outDir: string): BundleLocation {
  const parent = dirname(resolve(outDir));
  return { dir: join(parent, SUBMISSION_DIR), zip: join(parent, SUBMISSION_ZIP) };
}

/** Remove the bundle of the site in outDir (and any left inside it by an older version). True if there was one. */
export function withdrawBundle(outDir: string): boolean {
  const places = [bundleLocation(outDir), { dir: join(outDir, SUBMISSION_DIR), zip: join(outDir, SUBMISSION_ZIP) }];
  let existed = false;
  for (const { dir, zip } of places) {
    existed ||= existsSync(dir) || existsSync(zip);
    // The zip first: a folder without its zip looks unfinished; a zip without its folder looks complete.
    rmSync(zip, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  return existed;
}
