/**
 * The shape every redaction detector shares: metadata plus a function over
 * the document's segments that calls `emit` with character ranges. `emit`
 * turns a range into a file, line and column, attaches the excerpt, and
 * decides the final severity:
 *
 * - a detector may mark a finding "uncertain" (warning) or "clear" (error);
 * - a document with `status: draft` is never published, so its findings are
 *   warnings: they still show, but do not block the build of the others.
 */
import type { DocumentRule, Lang, Project, Report, RuleMeta, Severity, SiteConfig, SvdDocument, Values } from '../engine/types.ts';
import type { VFile } from 'vfile';
import type { Root } from 'mdast';
import { extract, sourceOffset, type AnyNode, type Segment, type SourceMap } from './text.ts';

export interface Settings {
  threshold: number;
  site: SiteConfig | undefined;
}

export interface ScanContext {
  segments: Segment[];
  lang: Lang;
  settings: Settings;
  document: SvdDocument;
  emit(segment: Segment, from: number, to: number, values?: Values, severity?: Severity): void;
  /** A finding on a whole node (an image without alt text). */
  emitNode(node: { position?: { start: { offset?: number } } }, values?: Values, severity?: Severity): void;
  tree: Root;
  /** Markdown images and JSX elements in the document. */
  images: AnyNode[];
}

const variants = new Map<string, RuleMeta>();

function withSeverity(meta: RuleMeta, severity: Severity): RuleMeta {
  if (meta.severity === severity) return meta;
  const key = `${meta.id}:${severity}`;
  let variant = variants.get(key);
  if (!variant) variants.set(key, (variant = { ...meta, severity }));
  return variant;
}

export function settingsOf(project: Project): Settings {
  return { threshold: project.site?.checks.smallNumberThreshold ?? 10, site: project.site };
}

const seen = new WeakMap<VFile, Set<string>>();

/** A short, single-line quotation of what was found, for the message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function placeOf(map: SourceMap, segment: Segment, from: number, to: number) {
  const start = map.point(sourceOffset(map, segment, from));
  const end = to > from ? map.point(sourceOffset(map, segment, to - 1) + 1) : start;
  return { start, end: end.offset >= start.offset ? end : start };
}

export function detector(meta: RuleMeta, scan: (context: ScanContext) => void): DocumentRule {
  return {
    meta,
    scan(tree: Root, file: VFile, document: SvdDocument, project: Project, report: Report) {
      const { segments, map, images } = extract(tree, file);
      let done = seen.get(file);
      if (!done) seen.set(file, (done = new Set()));
      const draft = document.data?.status === 'draft';
      const context: ScanContext = {
        segments,
        lang: document.lang,
        settings: settingsOf(project),
        document,
        tree,
        images,
        emit(segment, from, to, values = {}, severity = meta.severity) {
          put(placeOf(map, segment, from, to), { found: excerpt(segment.text.slice(from, to)), ...values }, severity);
        },
        emitNode(node, values = {}, severity = meta.severity) {
          const start = map.point(node.position?.start.offset ?? 0);
          put({ start, end: start }, values, severity);
        },
      };
      function put(place: ReturnType<typeof placeOf>, values: Values, severity: Severity) {
        const key = `${meta.id}@${place.start.offset}`;
        if (done!.has(key)) return;
        done!.add(key);
        report(file, place, withSeverity(meta, draft ? 'warning' : severity), values);
      }
      scan(context);
    },
  };
}

/** Run `pattern` (global) over every segment of the given kinds. */
/**
 * A cheap test run before a detector's full pattern: most text cannot hold
 * the thing at all. A regular expression is tested against the lower-case
 * text, so write it in lower case without the i flag (case-insensitive
 * alternations are slow); a function can look at the original text.
 */
export type Gate = RegExp | ((segment: Segment) => boolean);

export function passes(gate: Gate | undefined, segment: Segment): boolean {
  return !gate || (typeof gate === 'function' ? gate(segment) : gate.test(segment.lower));
}

export function eachMatch(segments: Segment[], kinds: ReadonlySet<string> | undefined, pattern: RegExp, fn: (segment: Segment, match: RegExpExecArray) => void, gate?: Gate): void {
  for (const segment of segments) {
    if (kinds && !kinds.has(segment.kind)) continue;
    if (!passes(gate, segment)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
      fn(segment, match);
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
}

/** Every kind of segment: identifiers are risky wherever they are, even in a comment. */
export const ALL_TEXT: ReadonlySet<string> | undefined = undefined;
/** What readers see: prose, headings, cells, alt text, attributes, frontmatter. */
export const READABLE = new Set(['prose', 'heading', 'cell', 'alt', 'attribute', 'frontmatter', 'comment', 'html', 'expression', 'code']);
