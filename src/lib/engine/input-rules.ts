/**
 * Findings about the input itself: files that cannot be read, YAML that does
 * not parse, frontmatter that does not match the schema, MDX that does not
 * compile. They come from loading, before any rule runs, and every one stops
 * the build: nothing can be checked or published from a file we cannot read.
 */
import { SAFETY_RULES } from '../safety/rules.ts';
import type { RuleMeta } from './types.ts';


export const siteConfigInvalid: RuleMeta = {
  id: 'config/site',
  severity: 'error',
  paragraph: '120, 161-163',
  statutory: true,
};

export const yamlInvalid: RuleMeta = {
  id: 'content/yaml',
  severity: 'error',
  paragraph: '161',
  statutory: true,
};

export const frontmatterInvalid: RuleMeta = {
  id: 'content/frontmatter',
  severity: 'error',
  paragraph: '161',
  statutory: true,
};

export const mdxInvalid: RuleMeta = {
  id: 'content/mdx',
  severity: 'error',
  paragraph: '161',
  statutory: true,
};

export const fileUnreadable: RuleMeta = {
  id: 'content/unreadable',
  severity: 'error',
  paragraph: '161',
  statutory: true,
};

export const languageFolderMismatch: RuleMeta = {
  id: 'content/language-folder',
  severity: 'error',
  paragraph: '120, 163',
  statutory: true,
};

export const duplicateTranslationKey: RuleMeta = {
  id: 'content/duplicate-translation-key',
  severity: 'error',
  paragraph: '120, 163',
  statutory: true,
};

export const duplicateSlug: RuleMeta = {
  id: 'content/duplicate-slug',
  severity: 'error',
  paragraph: '161',
  statutory: true,
};

export const draftOnly: RuleMeta = {
  id: 'content/draft-only',
  severity: 'error',
  paragraph: '41b, 159-161',
  statutory: true,
};

export const INPUT_RULES: RuleMeta[] = [siteConfigInvalid, yamlInvalid, frontmatterInvalid, mdxInvalid, fileUnreadable, languageFolderMismatch, duplicateTranslationKey, duplicateSlug, draftOnly, ...SAFETY_RULES];
