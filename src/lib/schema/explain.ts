/**
 * Turns zod issues into sentences a comms officer can act on: which field,
 * what was expected, what was found, and where in the file. Zod's own
 * messages ("Invalid input: expected string, received undefined") are for
 * developers. Each sentence is in both languages (locales/{en,cy}/schema.json);
 * field names are the YAML's own and stay as written.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Localised } from '../engine/types.ts';
import { both, has } from '../i18n.ts';
import { expectationOf } from './expect.ts';

export interface Explained {
  field: string;
  /** The sentence in both languages (locales/{en,cy}/schema.json). */
  message: Localised;
  /** 1-based line and column within the YAML text, when the field exists. */
  line?: number;
  column?: number;
}

/** What was found, in words: a value is quoted as it is, anything else is described. */
function describe(value: unknown): Localised {
  if (value === undefined) return both('schema:found.nothing');
  if (value === null) return both('schema:found.empty');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? both('schema:found.impossibleDate') : same(value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return both('schema:found.list');
  if (typeof value === 'object') return both('schema:found.group');
  const text = String(value);
  return same(JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text));
}

const same = (text: string): Localised => ({ en: text, cy: text });

/** What a field should be, from zod's expected type. */
function kind(expected: string): Localised {
  return has('en', `schema:kind.${expected}`) ? both(`schema:kind.${expected}`) : same(expected);
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

/** The field as written in the YAML (names are not translated): `areas[2].country`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part + 1}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

function sentence(issue: z.core.$ZodIssue, found: unknown): Localised {
  const name = fieldName(issue.path);
  const field: string | Localised = name ? `"${name}"` : both('schema:wholeFrontmatter');
  const is = describe(found);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return both('schema:missing', { field, kind: kind(issue.expected) });
      return both('schema:type', { field, kind: kind(issue.expected), found: is });
    case 'invalid_value':
      return both('schema:oneOf', { field, values: issue.values.map((v) => JSON.stringify(v)).join(', '), found: is });
    case 'unrecognized_keys':
      return both(issue.path.length ? 'schema:unknownIn' : 'schema:unknown', { field, keys: issue.keys.map((k) => `"${k}"`).join(', '), count: issue.keys.length });
    case 'too_small':
      if (issue.origin === 'string') return both('schema:empty', { field });
      if (issue.origin === 'array') {
        const own = expectationOf(issue.message, undefined);
        return own ? both('schema:needs', { field, expected: both(`schema:expect.${own.name}`, own.values) }) : both('schema:items', { field, count: Number(issue.minimum) });
      }
      return both('schema:atLeast', { field, minimum: String(issue.minimum), found: is });
    case 'too_big':
      return both('schema:atMost', { field, maximum: String(issue.maximum), found: is });
    case 'invalid_union':
      return both('schema:type', { field, kind: kind('date'), found: is });
    default: {
      // Custom and format issues carry our own plain-words expectation (schema/expect.ts).
      const own = expectationOf(issue.message, 'params' in issue ? issue.params : undefined);
      return both('schema:expected', { field, expected: own ? both(`schema:expect.${own.name}`, own.values) : same(issue.message), found: is });
    }
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
