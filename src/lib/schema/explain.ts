/**
 * Turns zod issues into sentences a comms officer can act on: which field,
 * what was expected, what was found, and where in the file. Zod's own
 * messages ("Invalid input: expected string, received undefined") are for
 * developers.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';

export interface Explained {
  field: string;
  message: string;
  /** 1-based line and column within the YAML text, when the field exists. */
  line?: number;
  column?: number;
}

const KIND: Record<string, string> = {
  string: 'some text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
};

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an impossible date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The YAML node nearest to `path`: the field itself, or the closest parent that exists. */
function nodeAt(doc: Document | undefined, path: readonly PropertyKey[]): YamlNode | undefined {
  let node: unknown = doc?.contents;
  let found = node as YamlNode | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      found = (pair.value ?? pair.key) as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      found = node as YamlNode;
    } else break;
  }
  return found;
}

function keyNodeAt(doc: Document | undefined, path: readonly PropertyKey[], key: string): YamlNode | undefined {
  const parent = path.length === 0 ? doc?.contents : (nodeAt(doc, path) as unknown);
  if (!isMap(parent)) return undefined;
  return parent.items.find((item) => isScalar(item.key) && item.key.value === key)?.key as YamlNode | undefined;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part + 1}]` : String(part))).join('.').replace(/\.\[/g, '[') || '(the whole frontmatter)';
}

function sentence(issue: z.core.$ZodIssue, found: unknown): string {
  const field = `"${fieldName(issue.path)}"`;
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return `${field} is missing. Add it: it should be ${KIND[issue.expected] ?? issue.expected}.`;
      return `${field} should be ${KIND[issue.expected] ?? issue.expected}, but it is ${describe(found)}.`;
    }
    case 'invalid_value':
      return `${field} should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but it is ${describe(found)}.`;
    case 'unrecognized_keys':
      return `${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} SVD Publisher knows${issue.path.length ? ` inside ${field}` : ''}. Check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`;
    case 'too_small':
      if (issue.origin === 'string') return `${field} is empty. Write something in it.`;
      if (issue.origin === 'array') return `${field} needs ${issue.message.startsWith('Too small') ? `at least ${issue.minimum} item(s)` : issue.message}.`;
      return `${field} should be at least ${issue.minimum}, but it is ${describe(found)}.`;
    case 'too_big':
      return `${field} should be at most ${issue.maximum}, but it is ${describe(found)}.`;
    case 'invalid_union':
      return `${field} should be ${KIND.date}, but it is ${describe(found)}.`;
    default:
      // Custom and format issues carry our own plain-words expectation.
      return `${field} should be ${issue.message}, but it is ${describe(found)}.`;
  }
}

/**
 * Explain every issue. `doc` is the parsed YAML (for positions), `lineOffset`
 * the line in the file where the YAML text starts (frontmatter starts after
 * the opening `---`).
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], data: unknown, doc: Document | undefined, lineOffset = 0): Explained[] {
  return issues.map((issue) => {
    const found = valueAt(data, issue.path);
    // An unknown field is pointed at itself (its line), not at the object that holds it.
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const node = unknownKey !== undefined ? keyNodeAt(doc, issue.path, unknownKey) ?? nodeAt(doc, issue.path) : nodeAt(doc, issue.path);
    const explained: Explained = { field: fieldName(issue.path), message: sentence(issue, found) };
    if (node?.range && doc) {
      const pos = lineCol(sourceOf(doc), node.range[0]);
      explained.line = pos.line + lineOffset;
      explained.column = pos.column;
    }
    return explained;
  });
}

const SOURCES = new WeakMap<Document, string>();
/** Remember the text a YAML document was parsed from, so offsets become lines. */
export function rememberSource(doc: Document, source: string): Document {
  SOURCES.set(doc, source);
  return doc;
}
function sourceOf(doc: Document): string {
  return SOURCES.get(doc) ?? '';
}

export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
