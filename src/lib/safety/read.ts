/**
 * Reading a content file safely: only from inside the project (symlinks are
 * resolved and refused when they lead out), only UTF-8 text (Latin-1 and
 * Windows-1252 are named as such, with the first garbled word), never more
 * than the size limit, and with line endings and a byte-order mark
 * normalised, so a file saved on Windows is the same text (and the same
 * translation hash) as on a Mac. A file too deeply nested for the parser is
 * refused before parsing, in time linear in its length.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import iconv from 'iconv-lite';
import { normaliseText } from '../checks/translation/hash.ts';
import type { RuleMeta, Values } from '../engine/types.ts';
import * as rules from './input-rules.ts';

/** A strategy is about 50 KB; a 300-page report as text is about 1 MB. */
export const MAX_BYTES = 2 * 1024 * 1024;
/** Lists, quotes and tags nested deeper than this are refused (real documents stay under 10). */
export const MAX_DEPTH = 100;
/** Runs of * _ ~ [ longer than this make Markdown's inline parsing quadratic. */
export const MAX_RUN = 100;

export interface Problem {
  rule: RuleMeta;
  values: Values;
  place?: { line: number; column: number };
}

export interface ReadResult {
  value?: string;
  /** An errno code when the file could not be read at all. */
  error?: string;
  problem?: Problem;
}

export function insideRoot(root: string, full: string): boolean {
  const rel = relative(root, full);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function lineAndColumn(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  return { line, column: offset - start + 1 };
}

/** The first byte sequence that is not UTF-8, or -1. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

function notUtf8(bytes: Buffer, offset: number): Problem {
  // Bytes 0x80-0x9F are control codes in Latin-1 but curly quotes, dashes and € in Windows-1252.
  const windows = bytes.some((b) => b >= 0x80 && b <= 0x9f);
  const start = Math.max(bytes.lastIndexOf(0x20, offset) + 1, bytes.lastIndexOf(0x0a, offset) + 1);
  let end = offset;
  while (end < bytes.length && end - offset < 30 && bytes[end] !== 0x20 && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  const sample = iconv.decode(bytes.subarray(start, end), windows ? 'win1252' : 'latin1');
  return {
    rule: rules.encoding,
    values: { encoding: windows ? 'Windows-1252 (Western European, Windows)' : 'Latin-1 (ISO-8859-1)', sample },
    place: lineAndColumn(bytes, offset),
  };
}

function binaryKind(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('\x89PNG')) return 'a PNG picture';
  if (head.startsWith('\xff\xd8\xff')) return 'a JPEG picture';
  if (head.startsWith('%PDF')) return 'a PDF';
  if (head.startsWith('PK\x03\x04')) return 'a Word file or a zip';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'an old Word (.doc) file';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 text';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 text';
  return bytes.subarray(0, 8192).includes(0) ? 'a binary file' : undefined;
}

const CONTAINER = / {0,3}(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s?/y;
const OPEN_TAG = /<([A-Za-z][\w.:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>|<\/[A-Za-z][\w.:-]*\s*>/g;
const RUN = new RegExp(`[*_~]{${MAX_RUN},}|\\[{${MAX_RUN},}`);

/** Depth of containers (quotes, list items, tags), line by line, in one pass. */
export function tooDeep(text: string): Problem | undefined {
  const lines = text.split('\n');
  let tags = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const indent = /^ */.exec(line)![0].length;
    // A sticky regex walks the markers in place: one pass over the line, however many there are.
    let markers = 0;
    CONTAINER.lastIndex = 0;
    while (CONTAINER.exec(line)) markers++;
    const blocks = markers + Math.floor(indent / 2);
    if (blocks > MAX_DEPTH) return { rule: rules.tooDeep, values: { depth: blocks, what: { en: 'lists or quotes', cy: 'rhestrau neu ddyfyniadau' }, limit: MAX_DEPTH }, place: { line: index + 1, column: 1 } };
    for (const match of lines[index]!.matchAll(OPEN_TAG)) {
      if (match[0].startsWith('</')) tags = Math.max(0, tags - 1);
      else if (!match[2]) tags++;
      if (tags > MAX_DEPTH) return { rule: rules.tooDeep, values: { depth: tags, what: { en: 'tags inside tags', cy: 'tagiau y tu mewn i dagiau' }, limit: MAX_DEPTH }, place: { line: index + 1, column: (match.index ?? 0) + 1 } };
    }
    const run = RUN.exec(lines[index]!);
    if (run) return { rule: rules.tooDeep, values: { depth: run[0].length, what: { en: `"${run[0][0]}" signs in a row`, cy: `arwyddion "${run[0][0]}" yn olynol` }, limit: MAX_RUN }, place: { line: index + 1, column: run.index + 1 } };
  }
  return undefined;
}

/** Decode `bytes` as content text: UTF-8 only, BOM dropped, CRLF and CR made LF. */
export function decodeContent(bytes: Buffer): { value: string } | { problem: Problem } {
  const kind = binaryKind(bytes);
  if (kind) return { problem: { rule: rules.binary, values: { kind }, place: { line: 1, column: 1 } } };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { problem: notUtf8(bytes, bad) };
  return { value: normaliseText(bytes.toString('utf8')) };
}


/** Read `full` (a file under `root`) as content, refusing what is unsafe to read or parse. */
export function readContentFile(full: string, root: string): ReadResult {
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
    const real = realpathSync(full);
    if (!insideRoot(realRoot, real)) return { value: '', problem: { rule: rules.outsideProject, values: { path: relative(root, full).split(sep).join('/'), target: real } } };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  let fd: number | undefined;
  try {
    fd = openSync(full, 'r');
    const size = fstatSync(fd).size;
    // Stop at the limit without reading the rest: time stays linear (and small) however big the file.
    if (size > MAX_BYTES) return { value: '', problem: { rule: rules.tooLarge, values: { size: kib(size), limit: kib(MAX_BYTES) }, place: { line: 1, column: 1 } } };
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decodeContent(bytes.subarray(0, read));
    if ('problem' in decoded) return { value: '', problem: decoded.problem };
    const deep = tooDeep(decoded.value);
    return deep ? { value: decoded.value, problem: deep } : { value: decoded.value };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

