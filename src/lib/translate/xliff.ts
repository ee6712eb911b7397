/**
 * XLIFF 1.2 out and in, through the `xliff` package (locize), which maps
 * inline elements to and from objects, and xml-js (the parser it is built
 * on) for the two things it does not carry: the file header (which tool made
 * the file) and a target's `state`.
 *
 * Why 1.2: Trados Studio's SDLXLIFF and memoQ's MQXLIFF are both XLIFF 1.2
 * dialects, Trados's generic XLIFF file type and memoQ's "XLIFF" filter read
 * 1.2, and Phrase imports and exports it; 1.2 is what every one of them
 * sends back in the shape it received. Reading also accepts XLIFF 2.0
 * (memoQ's and Phrase's XLIFF 2 export), where `<ph/>` and `<pc>` play the
 * parts of 1.2's `<ph>`/`<x/>` and `<g>`.
 *
 * Units a translator need not touch (their source unchanged since the last
 * import) carry their Welsh with `state="final"` on the target and
 * `approved="yes"` on the unit: Trados shows them as approved and memoQ as
 * confirmed, so the translator works only on the rest.
 */
import xliff, { type InlineElement, type InlineValue, type XliffUnit } from 'xliff';
import convert, { type Element } from 'xml-js';
import type { Lang } from '../engine/types.ts';
import type { Piece } from './pieces.ts';

export const LOCALE: Record<Lang, string> = { en: 'en-GB', cy: 'cy-GB' };
export const TOOL = { id: 'svd-publisher', name: 'SVD Publisher' };

export interface UnitOut {
  id: string;
  source: Piece[];
  target?: Piece[];
  final: boolean;
  note: string;
}

export interface FileOut {
  /** The source document's path, e.g. content/strategy/en/index.mdx. */
  original: string;
  sourceLang: Lang;
  targetLang: Lang;
  units: UnitOut[];
}

export interface UnitIn {
  id: string;
  source: Piece[];
  target?: Piece[];
  attributes: Record<string, string>;
  /** A tag this importer cannot map back (bpt/ept, bx/ex): the unit is refused. */
  unsupported?: string;
}

export interface FileIn {
  original: string;
  sourceLang?: string;
  targetLang?: string;
  /** Tool that wrote the file, from `<header><tool>` (1.2). */
  tool?: string;
  /** The translator, from the header's last `<phase contact-name>` (1.2). */
  person?: string;
  units: Map<string, UnitIn>;
}

function toInline(pieces: Piece[]): (string | InlineElement)[] {
  return pieces.map((piece): string | InlineElement => {
    if (typeof piece === 'string') return piece;
    if (piece.kind === 'g') return { GenericSpan: { id: piece.id, ctype: piece.ctype, contents: toInline(piece.children) } };
    // An empty placeholder (a line break) is <x/>; one with code is <ph>code</ph>.
    if (!piece.code) return { Standalone: { id: piece.id, ctype: piece.ctype } };
    return { Span: { id: piece.id, ctype: piece.ctype, contents: piece.code } };
  });
}

function list(value: InlineValue | undefined): (string | InlineElement)[] {
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function flatText(value: InlineValue | undefined): string {
  return list(value)
    .map((item) => (typeof item === 'string' ? item : flatText(Object.values(item)[0]?.contents as InlineValue | undefined)))
    .join('');
}

const STARTS = new Set(['SpanStart', 'GenericSpanStart']);
const ENDS = new Set(['SpanEnd', 'GenericSpanEnd']);

/**
 * Library inline objects -> pieces. `version2`: pc is paired, ph standalone
 * (XLIFF 2.0). Paired formatting written as separate start and end tags
 * (1.2's <bpt>/<ept> and <bx/>/<ex/>, as memoQ and others write <g>) is
 * folded back into one pair, matched by `rid` or else `id`.
 */
function fromInline(value: InlineValue | undefined, version2: boolean, problems: string[]): Piece[] {
  const root: Piece[] = [];
  const open: { key: string; pair: Extract<Piece, { kind: 'g' }> }[] = [];
  const here = () => open.at(-1)?.pair.children ?? root;
  const text = (value: string) => {
    const out = here();
    if (typeof out.at(-1) === 'string') out[out.length - 1] += value;
    else out.push(value);
  };
  const walk = (items: (string | InlineElement)[]) => {
    for (const item of items) {
      if (typeof item === 'string') {
        text(item);
        continue;
      }
      const [type, data] = Object.entries(item)[0] ?? [];
      if (!type || !data) continue;
      const id = String(data.id ?? '');
      const ctype = String(data.ctype ?? data.type ?? '');
      if (type === 'Marker') walk(list(data.contents));
      else if (STARTS.has(type)) {
        const pair = { kind: 'g' as const, id, ctype, children: [] };
        here().push(pair);
        open.push({ key: String(data.rid ?? id), pair });
      } else if (ENDS.has(type)) {
        const key = String(data.rid ?? id);
        if (open.at(-1)?.key === key) open.pop();
        else problems.push(`<ept>/<ex> ${id} without its start`);
      } else if (type === 'GenericSpan' || (version2 && type === 'Span')) {
        const pair = { kind: 'g' as const, id, ctype, children: [] as Piece[] };
        here().push(pair);
        open.push({ key: `\u0000${id}`, pair });
        walk(list(data.contents));
        open.pop();
      } else if (type === 'Standalone' || type === 'Span') here().push({ kind: 'ph', id, ctype, code: flatText(data.contents) });
      else problems.push(type);
    }
  };
  walk(list(value));
  if (open.length > 0) problems.push(`<bpt>/<bx> ${open.map((o) => o.pair.id).join(', ')} without its end`);
  return root;
}

function children(element: Element | undefined, name: string): Element[] {
  return (element?.elements ?? []).filter((e) => e.type === 'element' && e.name === name);
}

/** Every trans-unit (1.2) or unit (2.0), at any depth of groups. */
function unitElements(element: Element): Element[] {
  return (element.elements ?? []).flatMap((e) => (e.type !== 'element' ? [] : e.name === 'trans-unit' || e.name === 'unit' ? [e] : unitElements(e)));
}

export async function writeXliff(files: FileOut[], version: string): Promise<string> {
  const resources: Record<string, Record<string, XliffUnit>> = {};
  for (const file of files) {
    const units: Record<string, XliffUnit> = {};
    for (const unit of file.units) {
      units[unit.id] = {
        source: toInline(unit.source),
        ...(unit.target ? { target: toInline(unit.target) } : {}),
        note: unit.note,
        additionalAttributes: { 'xml:space': 'preserve', ...(unit.final ? { approved: 'yes' } : {}) },
      };
    }
    resources[file.original] = units;
  }
  const first = files[0];
  const xml = await xliff.jsToXliff12({ sourceLanguage: LOCALE[first?.sourceLang ?? 'en'], targetLanguage: LOCALE[first?.targetLang ?? 'cy'], resources }, { indent: '' });
  // Second pass for what the package does not write: the header naming this
  // tool, each file's own languages, and state="final" on approved targets.
  const tree = convert.xml2js(xml, { captureSpacesBetweenElements: true }) as Element;
  const root = children(tree, 'xliff')[0]!;
  for (const fileElement of children(root, 'file')) {
    const file = files.find((f) => f.original === fileElement.attributes?.original);
    if (!file) continue;
    fileElement.attributes = { ...fileElement.attributes, datatype: 'x-mdx', 'source-language': LOCALE[file.sourceLang], 'target-language': LOCALE[file.targetLang] };
    const header: Element = { type: 'element', name: 'header', elements: [{ type: 'element', name: 'tool', attributes: { 'tool-id': TOOL.id, 'tool-name': TOOL.name, 'tool-version': version } }] };
    fileElement.elements = [header, ...(fileElement.elements ?? [])];
    for (const unitElement of unitElements(fileElement)) {
      if (unitElement.attributes?.approved !== 'yes') continue;
      for (const target of children(unitElement, 'target')) target.attributes = { ...target.attributes, state: 'final' };
    }
  }
  indent(root, 1);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${convert.js2xml(tree, { spaces: 0 })}\n`;
}

/** Elements whose children are structure, not text: safe to indent. */
const STRUCTURE = new Set(['xliff', 'file', 'header', 'body', 'group', 'trans-unit']);

/**
 * One element a line, for people reading or diffing the file. xml-js's own
 * indenting would also indent inside <source> and <target>, adding spaces to
 * the words, so whitespace goes only between structural elements.
 */
function indent(element: Element, depth: number): void {
  if (!STRUCTURE.has(String(element.name)) || !element.elements?.length) return;
  const pad = (n: number): Element => ({ type: 'text', text: `\n${'  '.repeat(n)}` });
  element.elements.forEach((child) => indent(child, depth + 1));
  element.elements = [...element.elements.flatMap((child) => [pad(depth), child]), pad(depth - 1)];
}

/**
 * Who made the translation, from the 1.2 header: the last <phase> (its
 * contact-name, and the tool it names by tool-id), else the first <tool>.
 */
function madeBy(header: Element | undefined): { tool?: string; person?: string } {
  const phases = children(children(header, 'phase-group')[0], 'phase');
  const phase = phases.at(-1)?.attributes;
  const tools = children(header, 'tool');
  const tool = (phase?.['tool-id'] ? tools.find((t) => t.attributes?.['tool-id'] === phase['tool-id']) : undefined) ?? tools[0];
  const name = tool?.attributes?.['tool-name'] ?? tool?.attributes?.['tool-id'];
  return {
    ...(name ? { tool: [name, tool?.attributes?.['tool-version']].filter(Boolean).join(' ') } : {}),
    ...(phase?.['contact-name'] ? { person: String(phase['contact-name']) } : {}),
  };
}

export class XliffError extends Error {}

/** Parse an XLIFF 1.2 or 2.0 file into its documents' units. Throws XliffError when it is not XLIFF. */
export async function readXliff(xml: string): Promise<FileIn[]> {
  let tree: Element;
  try {
    tree = convert.xml2js(xml, { captureSpacesBetweenElements: true }) as Element;
  } catch (error) {
    throw new XliffError((error as Error).message.split('\n')[0]);
  }
  const root = children(tree, 'xliff')[0];
  if (!root) throw new XliffError('no <xliff> element');
  const version = String(root.attributes?.version ?? '1.2');
  const version2 = version.startsWith('2');
  const js = version2 ? await xliff.xliff2js(xml, {}) : await xliff.xliff12ToJs(xml, { captureSpacesBetweenElements: true });
  const out: FileIn[] = [];
  for (const fileElement of children(root, 'file')) {
    const original = String(version2 ? fileElement.attributes?.id : fileElement.attributes?.original);
    const resource = js.resources[original] ?? {};
    const units = new Map<string, UnitIn>();
    for (const unitElement of unitElements(fileElement)) {
      const id = String(unitElement.attributes?.id ?? '');
      const unit = resource[id];
      if (!unit) continue;
      const problems: string[] = [];
      const source = fromInline(unit.source, version2, problems);
      const hasTarget = unit.target !== undefined && (flatText(unit.target).trim() !== '' || list(unit.target).some((i) => typeof i !== 'string'));
      const target = hasTarget ? fromInline(unit.target, version2, problems) : undefined;
      // The package keeps only the last <segment> of a 2.0 unit: refuse rather than lose words.
      if (version2 && children(unitElement, 'segment').length > 1) problems.push('several <segment> elements in one unit');
      const attributes = Object.fromEntries(Object.entries(unitElement.attributes ?? {}).map(([k, v]) => [k, String(v)]));
      units.set(id, { id, source, target, attributes, ...(problems.length ? { unsupported: problems.join(', ') } : {}) });
    }
    out.push({
      original,
      sourceLang: String(fileElement.attributes?.['source-language'] ?? root.attributes?.srcLang ?? '') || undefined,
      targetLang: String(fileElement.attributes?.['target-language'] ?? root.attributes?.trgLang ?? '') || undefined,
      ...madeBy(children(fileElement, 'header')[0]),
      units,
    });
  }
  return out;
}
