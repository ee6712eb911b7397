/**
 * Hidden details in images under public/ and content/: a GPS position (the
 * photo of a youth project can give away a safe house), the author or
 * owner, the camera's serial number, and (a warning) the device. `npx svd
 * scan --strip-metadata` rewrites the image without any of them.
 */
import { VFile } from 'vfile';
import type { Localised, Project, ProjectRule, RuleMeta } from '../engine/types.ts';
import { commaList, phrase } from './phrases.ts';
import { startImageMetadata, type ImageMetadata } from './metadata.ts';

export const meta: RuleMeta = {
  id: 'redaction/image-metadata',
  severity: 'error',
  paragraph: '41b, 173',
};

/** What to say about one image, or nothing when it is clean. */
export function describeMetadata(m: ImageMetadata): { fields: Localised; severity: 'error' | 'warning' } | undefined {
  const fields = (['gps', 'place', 'author', 'serial'] as const).filter((key) => m[key]).map((key) => phrase(`image-metadata.${key}`, { value: m[key]! }));
  // The device alone names no one: a warning. With any of the others, an error.
  const clear = fields.length > 0;
  if (m.device) fields.push(phrase('image-metadata.device', { value: m.device }));
  if (fields.length === 0) return undefined;
  return { fields: commaList(fields), severity: clear ? 'error' : 'warning' };
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
    const read = startImageMetadata(images.map((f) => f.full));
    // The reading runs while the document rules do; the run loop calls this after them.
    return () => {
      const found = read();
      images.forEach((image, index) => {
        const described = describeMetadata(found[index] ?? { path: image.full });
        if (!described) return;
        const { severity, ...values } = described;
        report(fileFor(project, image.path), { line: 1, column: 1 }, severity === meta.severity ? meta : { ...meta, severity }, values);
      });
    };
  },
};
