/**
 * Hidden details in images under public/ and content/: a GPS position (the
 * photo of a youth project can give away a safe house), the author or
 * owner, the camera's serial number, and (a warning) the device. `npx svd
 * scan --strip-metadata` rewrites the image without any of them.
 */
import { VFile } from 'vfile';
import type { Project, ProjectRule, RuleMeta } from '../engine/types.ts';
import { readImageMetadata, type ImageMetadata } from './metadata.ts';

export const meta: RuleMeta = {
  id: 'redaction/image-metadata',
  severity: 'error',
  paragraph: '41b, 173',
};

/** What to say about one image, or nothing when it is clean. */
export function describeMetadata(m: ImageMetadata): { fields: string; fieldsCy: string; severity: 'error' | 'warning' } | undefined {
  const en: string[] = [];
  const cy: string[] = [];
  if (m.gps) en.push(`GPS position (${m.gps})`), cy.push(`lleoliad GPS (${m.gps})`);
  if (m.place) en.push(`place name (${m.place})`), cy.push(`enw lle (${m.place})`);
  if (m.author) en.push(`author or owner (${m.author})`), cy.push(`awdur neu berchennog (${m.author})`);
  if (m.serial) en.push(`camera serial number (${m.serial})`), cy.push(`rhif cyfresol y camera (${m.serial})`);
  const clear = en.length > 0;
  if (m.device) en.push(`device (${m.device})`), cy.push(`dyfais (${m.device})`);
  if (en.length === 0) return undefined;
  return { fields: en.join(', '), fieldsCy: cy.join(', '), severity: clear ? 'error' : 'warning' };
}

export function fileFor(project: Project, path: string): VFile {
  let file = project.files.find((f) => f.path === path);
  if (!file) {
    file = new VFile({ path, cwd: project.root, value: '' });
    project.files.push(file);
  }
  return file;
}

export const imageMetadata: ProjectRule = {
  meta,
  check(project, report) {
    const images = project.assets.filter((f) => f.kind === 'image');
    const read = readImageMetadata(images.map((f) => f.full));
    images.forEach((image, index) => {
      const found = describeMetadata(read[index] ?? { path: image.full });
      if (!found) return;
      const { severity, ...values } = found;
      report(fileFor(project, image.path), { line: 1, column: 1 }, severity === meta.severity ? meta : { ...meta, severity }, values);
    });
  },
};
