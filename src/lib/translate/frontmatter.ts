/**
 * The translated document's settings. Those a reader sees (title, summary)
 * are the translator's; the facts (dates, status, version, edition, data
 * period, translationKey) are the source's, so both languages always agree
 * on them; the translation's own slug and waivers stay its own. The record
 * says, per section, which source it was translated from, when and by whom.
 * Editing goes through the yaml package's document model, so comments and
 * layout in the existing settings survive.
 */
import type { Root, Yaml } from 'mdast';
import { isMap, parseDocument, type Document } from 'yaml';
import type { Pair } from './pairs.ts';
import { TRANSLATABLE_SETTINGS } from './segment.ts';
import { stringifyMdx } from './stringify.ts';
import { editSettings } from '../editions/settings.ts';

/** Facts that are the same in both languages: always taken from the source. */
const SHARED = ['translationKey', 'status', 'published', 'lastReviewed', 'nextReview', 'version', 'edition', 'dataPeriod'] as const;

export interface RecordOut {
  sourceHash: string;
  date?: string;
  by?: string;
}

function yamlOf(tree: Root): Yaml | undefined {
  return tree.children.find((node): node is Yaml => node.type === 'yaml');
}

function documentOf(value: string | undefined): Document {
  return parseDocument(value ?? '');
}

/** The translated settings, as YAML text. */
export function translatedSettings(pair: Pair, translated: Record<string, unknown>, records: Record<string, RecordOut>): string {
  const source = documentOf(yamlOf(pair.source.tree)?.value);
  const target = pair.target ? documentOf(yamlOf(pair.target.tree)?.value) : documentOf(yamlOf(pair.source.tree)?.value);
  if (!pair.target) target.delete('waivers');
  target.set('lang', pair.targetLang);
  for (const name of TRANSLATABLE_SETTINGS) if (typeof translated[name] === 'string') target.set(name, translated[name]);
  for (const name of SHARED) {
    if (source.has(name)) target.set(name, source.get(name, true));
    else target.delete(name);
  }
  target.set('translation', recordNode(target, pair.source.lang, records));
  return target.toString({ lineWidth: 0 }).trimEnd();
}

/** The whole translated MDX: settings plus the rewritten tree. */
export function writeTranslation(tree: Root, pair: Pair, translated: Record<string, unknown>, records: Record<string, RecordOut>): string {
  const yaml = yamlOf(tree);
  const value = translatedSettings(pair, translated, records);
  if (yaml) yaml.value = value;
  else tree.children.unshift({ type: 'yaml', value });
  return stringifyMdx(tree);
}

/** The record as a YAML node: one flow mapping (one line) per section, so it does not bury the settings people read. */
function recordNode(document: Document, source: string, records: Record<string, RecordOut>) {
  const record = document.createNode({ source, sections: records });
  const sections = isMap(record) ? record.get('sections', true) : undefined;
  if (isMap(sections)) for (const item of sections.items) if (isMap(item.value)) item.value.flow = true;
  return record;
}

/**
 * Put `records` into the settings at the top of an MDX file's text, leaving
 * the body byte for byte as it was and keeping the file's line endings.
 * Returns undefined when the file has no settings block.
 */
export function withRecords(text: string, source: string, records: Record<string, RecordOut>): string | undefined {
  return editSettings(text, (settings) => settings.set('translation', recordNode(settings, source, records)));
}
