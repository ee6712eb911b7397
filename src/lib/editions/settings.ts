/**
 * Edit the settings (YAML frontmatter) at the top of an MDX file, or a whole
 * YAML file such as content/site.yaml, through the yaml package's document
 * model: comments and layout the officer wrote survive, the body after the
 * settings is kept byte for byte, and so are the file's line endings.
 */
import { parseDocument, type Document } from 'yaml';

/** Returns undefined when the MDX file has no settings block. */
export function editSettings(text: string, edit: (settings: Document) => void): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return undefined;
  const settings = parseDocument(lines.slice(1, end).join('\n'));
  edit(settings);
  const yaml = settings.toString({ lineWidth: 0 }).trimEnd().split('\n');
  return [lines[0], ...yaml, ...lines.slice(end)].join(eol);
}

export function editYaml(text: string, edit: (document: Document) => void): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const document = parseDocument(text);
  edit(document);
  return document.toString({ lineWidth: 0 }).split('\n').join(eol);
}
