/**
 * Refusals of content that could run code, load something from outside the
 * project or change the page beyond its text. Each is an error that no
 * waiver and no config can lower: a published page must never run an
 * author's code, and a build (in CI, where secrets live) must never run it.
 * Their words are in locales/{en,cy}/rules/mdx.json.
 */
import type { RuleMeta } from '../engine/types.ts';

const rule = (name: string): RuleMeta => ({ id: `mdx/${name}`, severity: 'error', paragraph: '161', statutory: true });

export const esm = rule('esm');
export const expression = rule('expression');
export const unknownComponent = rule('unknown-component');
export const componentProps = rule('component-props');
export const unsafeElement = rule('element');
export const unsafeAttribute = rule('attribute');
export const unsafeUrl = rule('url');
export const externalResource = rule('external-resource');

export const SAFETY_RULES: RuleMeta[] = [esm, expression, unknownComponent, componentProps, unsafeElement, unsafeAttribute, unsafeUrl, externalResource];
