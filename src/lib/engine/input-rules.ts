/**
 * Findings about the input itself: files that cannot be read, YAML that does
 * not parse, frontmatter that does not match the schema, MDX that does not
 * compile. They come from loading, before any rule runs, and every one stops
 * the build: nothing can be checked or published from a file we cannot read.
 */
import { SAFETY_RULES } from '../safety/rules.ts';
import type { RuleMeta } from './types.ts';

const CONTENT_FORMAT = 'docs/content-format.md';

export const siteConfigInvalid: RuleMeta = {
  id: 'config/site',
  severity: 'error',
  paragraph: '120, 161-163',
  statutory: true,
  message: {
    en: 'The site settings are not right: {detail}',
    cy: "Nid yw gosodiadau'r wefan yn gywir: {detail}",
  },
  fix: {
    en: 'Correct content/site.yaml. The example partnership in the README shows every field.',
    cy: "Cywirwch content/site.yaml. Mae'r bartneriaeth enghreifftiol yn y README yn dangos pob maes.",
  },
};

export const yamlInvalid: RuleMeta = {
  id: 'content/yaml',
  severity: 'error',
  paragraph: '161',
  statutory: true,
  message: {
    en: 'The settings at the top of this file (between the --- lines) cannot be read: {detail}',
    cy: "Ni ellir darllen y gosodiadau ar frig y ffeil hon (rhwng y llinellau ---): {detail}",
  },
  fix: {
    en: 'Check this line for a missing colon, a stray quote mark or wrong indentation. Each setting is "name: value" on its own line.',
    cy: 'Gwiriwch y llinell hon am golon coll, dyfynnod crwydr neu fewnoliad anghywir. Mae pob gosodiad yn "enw: gwerth" ar ei linell ei hun.',
  },
};

export const frontmatterInvalid: RuleMeta = {
  id: 'content/frontmatter',
  severity: 'error',
  paragraph: '161',
  statutory: true,
  message: {
    en: '{detail}',
    cy: '{detail}',
  },
  fix: {
    en: `See ${CONTENT_FORMAT} for every setting a document can have, with an example.`,
    cy: `Gweler ${CONTENT_FORMAT} am bob gosodiad y gall dogfen ei gael, gydag enghraifft.`,
  },
};

export const mdxInvalid: RuleMeta = {
  id: 'content/mdx',
  severity: 'error',
  paragraph: '161',
  statutory: true,
  message: {
    en: 'This part of the text cannot be read as MDX: {detail}',
    cy: "Ni ellir darllen y rhan hon o'r testun fel MDX: {detail}",
  },
  fix: {
    en: 'Curly brackets { } and the < sign start code in MDX. Write "less than" instead of <, remove stray brackets, and close every <Component> you open.',
    cy: 'Mae cromfachau cyrliog { } a\'r arwydd < yn dechrau cod yn MDX. Ysgrifennwch "llai na" yn lle <, tynnwch gromfachau crwydr, a chaewch bob <Component> a agorwch.',
  },
};

export const fileUnreadable: RuleMeta = {
  id: 'content/unreadable',
  severity: 'error',
  paragraph: '161',
  statutory: true,
  message: { en: 'This file cannot be read: {detail}', cy: "Ni ellir darllen y ffeil hon: {detail}" },
  fix: {
    en: 'Check the file exists, is saved as UTF-8 text, and that you have permission to read it.',
    cy: "Gwiriwch fod y ffeil yn bodoli, wedi'i chadw fel testun UTF-8, a bod gennych ganiatâd i'w darllen.",
  },
};

export const languageFolderMismatch: RuleMeta = {
  id: 'content/language-folder',
  severity: 'error',
  paragraph: '120, 163',
  statutory: true,
  message: {
    en: 'This file is in the "{folder}" folder but says lang: {lang}.',
    cy: 'Mae\'r ffeil hon yn y ffolder "{folder}" ond mae\'n dweud lang: {lang}.',
  },
  fix: {
    en: 'Move the file to the folder for its language (en or cy), or correct "lang".',
    cy: 'Symudwch y ffeil i ffolder ei hiaith (en neu cy), neu cywirwch "lang".',
  },
};

export const duplicateTranslationKey: RuleMeta = {
  id: 'content/duplicate-translation-key',
  severity: 'error',
  paragraph: '120, 163',
  statutory: true,
  message: {
    en: 'Two {lang} documents share translationKey "{key}": this one and {other}.',
    cy: 'Mae dwy ddogfen {lang} yn rhannu translationKey "{key}": hon a {other}.',
  },
  fix: {
    en: 'Each document needs its own translationKey; only a page and its translation share one.',
    cy: "Mae angen translationKey ei hun ar bob dogfen; dim ond tudalen a'i chyfieithiad sy'n rhannu un.",
  },
};

export const duplicateSlug: RuleMeta = {
  id: 'content/duplicate-slug',
  severity: 'error',
  paragraph: '161',
  statutory: true,
  message: {
    en: 'Two {lang} documents would be published at the same address /{slug}/: this one and {other}.',
    cy: "Byddai dwy ddogfen {lang} yn cael eu cyhoeddi ar yr un cyfeiriad /{slug}/: hon a {other}.",
  },
  fix: { en: 'Give one of them a different "slug".', cy: 'Rhowch "slug" gwahanol i un ohonynt.' },
};

export const draftOnly: RuleMeta = {
  id: 'content/draft-only',
  severity: 'error',
  paragraph: '41b, 159-161',
  statutory: true,
  message: {
    en: 'The {document} has status: draft and there is no published version, so the site would have no {document}.',
    cy: "Mae gan y {document} status: draft ac nid oes fersiwn wedi'i chyhoeddi, felly ni fyddai gan y wefan {document}.",
  },
  fix: {
    en: 'When it has been approved, change "status: draft" to "status: published".',
    cy: 'Pan fydd wedi\'i chymeradwyo, newidiwch "status: draft" i "status: published".',
  },
};

export const INPUT_RULES: RuleMeta[] = [siteConfigInvalid, yamlInvalid, frontmatterInvalid, mdxInvalid, fileUnreadable, languageFolderMismatch, duplicateTranslationKey, duplicateSlug, draftOnly, ...SAFETY_RULES];
