/**
 * Findings about files that cannot safely be read as content: the wrong text
 * encoding, too big or too deeply nested to parse in reasonable time, or
 * outside the project (a symlink, or a picture path with ../). Each stops the
 * build, with the line at fault where there is one.
 * Their words are in locales/{en,cy}/rules/content.json.
 */
import type { RuleMeta } from '../engine/types.ts';

const rule = (name: string): RuleMeta => ({ id: `content/${name}`, severity: 'error', paragraph: '161', statutory: true });

export const encoding = rule('encoding');
export const binary = rule('not-text');
export const tooLarge = rule('too-large');
export const tooDeep = rule('too-deep');
export const outsideProject = rule('outside-project');
export const imageMissing = rule('image-missing');
export const imageCorrupt = rule('image-corrupt');

export const CONTENT_SAFETY_RULES: RuleMeta[] = [encoding, binary, tooLarge, tooDeep, outsideProject, imageMissing, imageCorrupt];
