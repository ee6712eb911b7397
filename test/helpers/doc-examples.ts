/**
 * The "Not OK" / "OK" examples of docs/rules/*.md, read as the convention in
 * docs/rules/README.md says, and turned into a project: the complete fixture
 * with the example put where its first comment line says ("# in
 * content/site.yaml", "{/* in the Welsh strategy *\/}"), on the day it says
 * ("# checked on 2027-11-01"), with the files its notes describe ("(no such
 * file)", "(saved as Windows-1252 or Latin-1)"). Pure text in, texts and
 * bytes out: the test decides how to run them.
 */
import { isMap, parseDocument, type Document } from 'yaml';
import { sectionRange, withoutSection, type Files } from '../fixtures/checks/project.ts';

export interface Example {
  rule: string;
  ok: boolean;
  /** The fence's info string: mdx, yaml or text. */
  kind: string;
  /** The example's lines, as written. */
  lines: string[];
  /** The line in the doc where the fence opens, for test titles. */
  line: number;
}

/** Every fenced example under **Not OK:** or **OK:** in a rule's section (`## area/rule`). */
export function examplesIn(markdown: string): Example[] {
  const out: Example[] = [];
  let rule: string | undefined;
  let ok: boolean | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const heading = /^## ([a-z]+\/[a-z0-9-]+)\s*$/.exec(line);
    if (heading) [rule, ok] = [heading[1], undefined];
    else if (line.startsWith('## ')) [rule, ok] = [undefined, undefined];
    else if (/^\*\*Not OK:\*\*/.test(line)) ok = false;
    else if (/^\*\*OK:\*\*/.test(line)) ok = true;
    else if (/^```[a-z]+\s*$/.test(line) && rule && ok !== undefined) {
      const kind = line.slice(3).trim();
      const start = i + 1;
      const body: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.startsWith('```'); i += 1) body.push(lines[i]!);
      out.push({ rule, ok, kind, lines: body, line: start });
    } else if (line.startsWith('```')) {
      // A fence that is not an example (a finding as printed): skip its body.
      for (i += 1; i < lines.length && !lines[i]!.startsWith('```'); i += 1);
    }
  }
  return out;
}

/** The text of a comment line (`# ...` in YAML and text, `{/* ... *\/}` in MDX), else undefined. */
function commentOf(line: string, kind: string): string | undefined {
  if (kind === 'mdx') return /^\{\/\*\s*(.*?)\s*\*\/\}\s*$/.exec(line)?.[1];
  return /^#\s*(.*)$/.exec(line)?.[1];
}

const STRATEGY_EN = 'content/strategy/en/index.mdx';
/** "in every document's settings": the strategy, the SNA summary and the pages, in both languages. */
const EVERY = 'every document';
const DOCUMENT = /^content\/(strategy|sna|pages)\/(en|cy)\/.+\.mdx$/;

/** The file a target comment names: "in content/site.yaml", "in the Welsh strategy's settings", "in the young people's summary". */
export function targetOf(words: string): string {
  const path = /\b(content\/[\w./-]+)/.exec(words)?.[1];
  if (path) return path;
  if (/\bsite\.yaml\b/.test(words)) return 'content/site.yaml';
  if (/\bevery document\b/.test(words)) return EVERY;
  const lang = /\bWelsh\b/.test(words) ? 'cy' : 'en';
  if (/young people/.test(words)) return `content/pages/${lang}/young-people.mdx`;
  if (/\bSNA\b/.test(words)) return `content/sna/${lang}/index.mdx`;
  if (/\bstrategy\b/.test(words)) return `content/strategy/${lang}/index.mdx`;
  throw new Error(`"${words}" does not name a file the examples know (see docs/rules/README.md)`);
}

/** A note a line ends with, after two or more spaces: `![Chart](./chart.png)   (a text file renamed to .png)`. */
export interface Note {
  /** The file the note is about: the picture on that line, else the document. */
  file: string;
  note: string;
}

export interface Part {
  target: string;
  text: string;
  /** Settings the example says are not there (`# no nextReview`). */
  remove: string[];
  /** "the whole of the young people's summary": the example is all of the document's text. */
  whole?: boolean;
}

/** One runnable case of an example: an "or" comment starts another. */
export interface Case {
  parts: Part[];
  notes: Note[];
  /** "checked on YYYY-MM-DD", when the example says. */
  now: string | undefined;
  /** Sections the example says a document does not have ("the strategy has no {#equality} section"). */
  without: { target: string; key: string }[];
  /**
   * The Welsh counterparts recorded as translated section by section (what
   * `svd translated` writes): before the example's change ("changed after the
   * Welsh was translated section by section") or after it ("changed and then
   * translated again section by section").
   */
  translated: { before: string[]; after: string[] };
}

/** The example as cases: where each part goes, on which day, with which files. */
export function casesOf(example: Example): Case[] {
  const cases: Case[] = [];
  const now = example.lines.map((l) => /checked on (\d{4}-\d{2}-\d{2})/.exec(l)?.[1]).find(Boolean);
  let current: Case | undefined;
  let part: Part | undefined;
  const start = () => {
    current = { parts: [], notes: [], now, without: [], translated: { before: [], after: [] } };
    cases.push(current);
    part = undefined;
  };
  start();
  for (const raw of example.lines) {
    const comment = commentOf(raw, example.kind);
    if (comment !== undefined && /^or\b/.test(comment)) {
      start();
      continue;
    }
    const missing = comment === undefined ? undefined : /\bno\b.*\{#([a-z0-9-]+)\}/.exec(comment)?.[1];
    if (missing) {
      const named = /\b(strategy|SNA|young people|content\/)/.test(comment!.replace(/^in [^,]*,/, '')) ? comment!.replace(/^in [^,]*,/, '') : 'the strategy';
      current!.without.push({ target: targetOf(named), key: missing });
    }
    if (comment !== undefined && /^(in|the whole of) /.test(comment)) {
      part = { target: targetOf(comment.split(/[,:]/)[0]!), text: '', remove: [], whole: /^the whole of /.test(comment) };
      const welsh = part.target.replace('/en/', '/cy/');
      if (/after the Welsh was translated section by section/.test(comment)) current!.translated.before.push(welsh);
      if (/translated again section by section/.test(comment)) current!.translated.after.push(welsh);
      current!.parts.push(part);
      continue;
    }
    const absent = comment === undefined ? undefined : /^no ([A-Za-z]+)$/.exec(comment)?.[1];
    if (absent) {
      if (!part) {
        part = { target: STRATEGY_EN, text: '', remove: [] };
        current!.parts.push(part);
      }
      part.remove.push(absent);
      continue;
    }
    if (missing) continue;
    if (comment !== undefined && /checked on/.test(comment)) continue;
    if (example.kind === 'text') {
      if (raw.trim()) current!.parts.push({ target: 'listing', text: raw, remove: [] });
      continue;
    }
    const noted = /^(.*?\S)\s{2,}\(([^)]+)\)\s*$/.exec(raw);
    const line = noted ? noted[1]! : raw;
    if (!part) {
      part = { target: STRATEGY_EN, text: '', remove: [] };
      current!.parts.push(part);
    }
    if (noted) {
      const picture = /\]\(([^)\s]+)\)|src="([^"]+)"/.exec(line);
      const file = picture ? pictureOf(part.target, (picture[1] ?? picture[2])!) : part.target;
      current!.notes.push({ file, note: noted[2]! });
    }
    part.text += `${line}\n`;
  }
  return cases.filter((c) => c.parts.length > 0);
}

/** A picture's path in the project, from the document that shows it. */
function pictureOf(document: string, src: string): string {
  if (src.startsWith('/')) return `public${src}`;
  const parts = document.split('/').slice(0, -1);
  for (const piece of src.split('/')) {
    if (piece === '.' || piece === '') continue;
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return parts.join('/');
}

/** A document's frontmatter and body. */
function split(document: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(document);
  if (!match) throw new Error('a document without frontmatter');
  return { yaml: match[1]!, body: match[2]! };
}

/**
 * `part` merged into the YAML text `into`: each setting it names replaces
 * that setting (maps merge key by key, so `dates: { published: ... }` keeps
 * the other dates), the rest stays as it was. YAML that cannot be read (the
 * Not OK example of content/yaml) replaces the settings it starts with.
 */
export function mergeYaml(into: string, part: string, remove: string[] = []): string {
  if (remove.length > 0) into = into.split('\n').filter((line) => !remove.some((key) => line.startsWith(`${key}:`))).join('\n');
  if (!part.trim()) return into.trimEnd();
  const patch = parseDocument(part);
  if (patch.errors.length > 0 || !isMap(patch.contents)) {
    const keys = [...part.matchAll(/^([A-Za-z][\w-]*)\s*:/gm)].map((m) => m[1]!);
    const kept = into.split('\n').filter((line, i, all) => {
      let j = i;
      while (j >= 0 && /^(\s|-|$)/.test(all[j]!)) j -= 1;
      const key = /^([A-Za-z][\w-]*)\s*:/.exec(all[j] ?? '')?.[1];
      return !(key && keys.includes(key));
    });
    return `${kept.join('\n').trimEnd()}\n${part.trimEnd()}`;
  }
  const doc: Document = parseDocument(into);
  const merge = (path: unknown[], node: unknown) => {
    if (isMap(node) && isMap(doc.getIn(path, true))) {
      for (const pair of node.items) merge([...path, (pair.key as { value: unknown }).value], pair.value);
    } else doc.setIn(path, node);
  };
  for (const pair of patch.contents.items) merge([(pair.key as { value: unknown }).value], pair.value);
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/** The example's MDX put in the document: in place of the section with its heading's key, else at the end. */
function placeBody(document: string, text: string): string {
  const { yaml, body } = split(document);
  const key = /\{#([a-z0-9-]+)\}\s*$/.exec(text.split('\n')[0] ?? '')?.[1];
  const lines = body.split('\n');
  const range = key ? sectionRange(lines, key) : undefined;
  const placed = range
    ? [...lines.slice(0, range.start), text.replace(/^#+/, '#'.repeat(range.depth)), ...lines.slice(range.end)].join('\n')
    : `${body.trimEnd()}\n\n${text}`;
  return `---\n${yaml}\n---\n${placed}`;
}

/** A new page for a file a listing names (`content/pages/en/team.mdx`), keyed and addressed by its name. */
function newPage(path: string): string {
  const lang = /\/(en|cy)\//.exec(path)?.[1] ?? 'en';
  const name = /([^/]+)\.mdx$/.exec(path)?.[1] ?? 'page';
  const words = lang === 'cy' ? 'Tudalen am y bartneriaeth.' : 'A page about the partnership.';
  return `---\ntitle: ${name}\nsummary: ${words}\nlang: ${lang}\ntranslationKey: ${name}\nslug: ${name}\nstatus: published\npublished: 2026-11-02\n---\n\n${words}\n`;
}

/**
 * One line of a file listing: `path   setting: value   setting: value`, or
 * `path   (no such file)`. Settings are set on the file (a new page when it
 * is not in the fixture); notes are returned for the test to make on disk.
 */
function applyListing(files: Files, line: string, notes: Note[]): void {
  const [path, ...rest] = line.trim().split(/\s{2,}/);
  for (const item of rest) {
    const note = /^\((.+)\)$/.exec(item)?.[1];
    if (note) {
      notes.push({ file: path!, note });
      continue;
    }
    files[path!] ??= newPage(path!);
    const { yaml, body } = split(files[path!]!);
    files[path!] = `---\n${mergeYaml(yaml, item)}\n---\n${body}`;
  }
  if (rest.length === 0) files[path!] ??= newPage(path!);
}

/** One part of an example put in one file. */
function applyPart(files: Files, path: string, part: Part, kind: string): void {
  if (/^content\/data\//.test(path)) files[path] = part.text;
  else if (path === 'content/site.yaml') files[path] = `${mergeYaml(files[path] ?? '', part.text, part.remove)}\n`;
  else if (kind === 'yaml') {
    const { yaml, body } = split(files[path] ?? newPage(path));
    files[path] = `---\n${mergeYaml(yaml, part.text, part.remove)}\n---\n${body}`;
  } else if (part.whole) {
    const { yaml } = split(files[path] ?? newPage(path));
    files[path] = `---\n${yaml}\n---\n\n${part.text.trim()}\n`;
  } else files[path] = placeBody(files[path] ?? newPage(path), part.text.trimEnd());
}

/**
 * A folder tree (`content/` then its files, indented): the project is those
 * files and no others, each as in the fixture (a new page when it is not).
 */
function treeOf(base: Files, lines: string[]): Files {
  const files: Files = {};
  const folders: { depth: number; name: string }[] = [];
  for (const line of lines.filter((l) => l.trim())) {
    const depth = /^ */.exec(line)![0].length;
    const name = line.trim();
    while (folders.length > 0 && folders.at(-1)!.depth >= depth) folders.pop();
    if (name.endsWith('/')) folders.push({ depth, name });
    else {
      const path = [...folders.map((f) => f.name), name].join('');
      files[path] = base[path] ?? newPage(path);
    }
  }
  return files;
}

/** The files of `base` with the case applied, and the notes left for the disk. */
export function applyCase(base: Files, example: Example, c: Case): { files: Files; notes: Note[] } {
  const tree = example.kind === 'text' && example.lines[0]?.trim().endsWith('/');
  if (tree) return { files: treeOf(base, example.lines), notes: [] };
  const files: Files = { ...base };
  const notes = [...c.notes];
  for (const part of c.parts) {
    if (part.target === 'listing') applyListing(files, part.text, notes);
    else if (part.target === EVERY) for (const path of Object.keys(files).filter((p) => DOCUMENT.test(p))) applyPart(files, path, part, 'yaml');
    else applyPart(files, part.target, part, example.kind);
  }
  for (const { target, key } of c.without) {
    const text = files[target];
    if (text !== undefined && sectionRange(text.split('\n'), key)) files[target] = withoutSection(text, key);
  }
  return { files, notes };
}
