/**
 * Docs that run (issue 9), for the rule docs whose examples are settings,
 * files and MDX rather than one statutory section: content, dates, mdx,
 * config, translation, language and waiver. Each example is read as
 * docs/rules/README.md says (where it goes, on which day, with which files),
 * put into a copy of the complete fixture, and run through the real engine
 * (both rule sets): a Not OK example must raise its rule, an OK one must not,
 * and an OK example must be one the engine can read. Examples about the files
 * themselves (a missing picture, a Latin-1 file, a Word file renamed .mdx)
 * are written into a real temporary project and read from disk with
 * `analyse`. The MDX examples of strategy.md, sna.md and redaction.md run in
 * docs-examples.test.ts; their file listings (a project without a strategy,
 * a photo with a GPS position, a reviewed Word file) run here.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, run, type Analysis } from '../src/lib/engine/analyse.ts';
import { parseNow } from '../src/lib/engine/clock.ts';
import { projectFromTexts } from '../src/lib/content/load.ts';
import { completeFiles, NOW, rehash, type Files } from './fixtures/checks/project.ts';
import { applyCase, casesOf, examplesIn, type Example, type Note } from './helpers/doc-examples.ts';
import { FIXTURES, makeProject } from './helpers/project.ts';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { stripImages } from '../src/lib/redaction/strip.ts';
import { attestedRecords } from '../src/lib/translate/attest.ts';
import { withRecords } from '../src/lib/translate/frontmatter.ts';
import { pairsOf } from '../src/lib/translate/pairs.ts';

const DOCS = join(import.meta.dirname, '..', 'docs', 'rules');
const EXTRA = join(FIXTURES, 'docs-examples', 'content');
const PNG = readFileSync(join(FIXTURES, 'bad', 'inert', 'content', 'pages', 'en', 'images', 'map.png'));

/** The Welsh files recorded as translated, section by section, from the English as `files` has it (what `svd translated` writes). */
function translated(files: Files, targets: string[]): Files {
  if (targets.length === 0) return files;
  const project = projectFromTexts(files, { now: NOW });
  const out = { ...files };
  for (const pair of pairsOf(project).filter((p) => p.target && targets.includes(p.target.path))) {
    const { records } = attestedRecords(project, pair, { date: '2026-11-20', by: 'Eleri Prys (Trados Studio 18.1)' });
    out[pair.target!.path] = withRecords(files[pair.target!.path]!, pair.source.lang, records)!;
  }
  return out;
}

/** The complete fixture and what the examples need beside it. */
function baseFiles(): Files {
  const files = completeFiles();
  for (const path of ['data/figures.yaml', 'pages/en/young-people.mdx', 'pages/cy/young-people.mdx']) {
    files[`content/${path}`] = readFileSync(join(EXTRA, path), 'utf8');
  }
  return files;
}

const GPS = { IFD0: { Artist: 'Jane Doe', Make: 'Apple', Model: 'iPhone 15' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 28/1 52/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 10/1 44/1' } };

function photo(): Promise<Buffer> {
  return sharp({ create: { width: 16, height: 12, channels: 3, background: '#1d5c63' } }).jpeg().withExif(GPS).toBuffer();
}

/** A Word file as it leaves a review: its author, a comment and a tracked deletion; or exported clean. */
function wordFile(reviewed: boolean): Promise<Buffer> {
  const body = [new TextRun('We will work with schools to keep young people safe.')];
  const doc = reviewed
    ? new Document({
        creator: 'Sarah Hughes',
        lastModifiedBy: 'Sarah Hughes',
        comments: { children: [{ id: 0, author: 'Sarah Hughes', children: [new Paragraph('Check this with the board.')] }] },
        sections: [{ children: [new Paragraph({ children: [new CommentRangeStart(0), ...body, new CommentRangeEnd(0), new CommentReference(0), new DeletedTextRun({ text: 'Dan, 15, was stabbed.', id: 1, author: 'Sarah Hughes', date: '2026-10-01T10:00:00Z' })] })] }],
      })
    : new Document({ creator: '', lastModifiedBy: '', sections: [{ children: [new Paragraph({ children: body })] }] });
  return Packer.toBuffer(doc);
}

/** What a note says about a file, made on disk. */
async function makeNote(root: string, files: Files, { file, note }: Note): Promise<void> {
  const full = join(root, file);
  mkdirSync(dirname(full), { recursive: true });
  if (/^a photo with a GPS position/.test(note)) return writeFileSync(full, await photo());
  if (/^the same photo after npx svd scan --strip-metadata$/.test(note)) {
    writeFileSync(full, await photo());
    return void (await stripImages([full]));
  }
  if (/^a Word file with its author/.test(note)) return writeFileSync(full, await wordFile(true));
  if (/^the same file exported again after Inspect Document/.test(note)) return writeFileSync(full, await wordFile(false));
  const size = /^([\d.]+) (MB|KB)$/.exec(note);
  const levels = /^([\d,]+) levels$/.exec(note);
  if (note === 'no such file') rmSync(full, { force: true });
  else if (note === 'the file is there' || note === 'exported as PNG') writeFileSync(full, PNG);
  else if (note === 'a text file renamed to .png') writeFileSync(full, 'Offences by year, see the table.\n');
  else if (/^saved as (Latin-1|Windows-1252)/.test(note)) writeFileSync(full, Buffer.from(files[file]!, 'latin1'));
  else if (note === 'really a .docx renamed') writeFileSync(full, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64)]));
  else if (note === 'a shortcut to a file that has gone') {
    rmSync(full, { force: true });
    symlinkSync(join(root, 'content', 'gone.mdx'), full);
  } else if (note === 'a shortcut to a file outside the project') {
    rmSync(full, { force: true });
    symlinkSync(join(FIXTURES, 'docs-examples', 'README.md'), full);
  } else if (size) {
    const bytes = Number(size[1]) * (size[2] === 'MB' ? 1024 * 1024 : 1024);
    const paragraph = 'We will work with schools, youth services and the police to keep young people safe.\n\n';
    writeFileSync(full, files[file] + paragraph.repeat(Math.ceil(bytes / paragraph.length)));
  } else if (levels) writeFileSync(full, `${files[file]}\n${'- '.repeat(Number(levels[1]!.replace(/,/g, '')))}deep\n`);
  else if (!/^(saved as UTF-8|made with npx svd import .+)$/.test(note)) throw new Error(`the note "(${note})" is not one docs/rules/README.md describes`);
}

/** Run the engine over the example's project: from memory, or from a real folder when files are described. */
async function analysed(example: Example): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for (const c of casesOf(example)) {
    const { files, notes } = applyCase(translated(rehash(baseFiles()), c.translated.before), example, c);
    const texts = translated(rehash(files), c.translated.after);
    const now = c.now ? parseNow(c.now) : NOW;
    if (notes.length === 0) {
      out.push(run(projectFromTexts(texts, { now })));
      continue;
    }
    for (const note of notes) if (note.note === 'no such file') delete texts[note.file];
    const root = makeProject(texts);
    if (!texts['content/site.yaml']) rmSync(join(root, 'content', 'site.yaml'));
    for (const note of notes) await makeNote(root, texts, note);
    out.push(analyse(root, { now }));
  }
  return out;
}

/** Findings that mean the engine could not read what it was given. */
const UNREADABLE = new Set(['content/yaml', 'content/mdx', 'content/frontmatter', 'content/unreadable', 'config/site']);

// strategy.md, sna.md and redaction.md: their MDX examples run in docs-examples.test.ts, their file listings here.
const DOCS_RUN = ['content', 'dates', 'mdx', 'config', 'translation', 'language', 'waiver', 'strategy', 'sna', 'redaction'];
const LISTINGS_ONLY = new Set(['strategy', 'sna', 'redaction']);

it('starts every example from a project with no findings, so what a Not OK example raises, it raises itself', () => {
  expect(run(projectFromTexts(rehash(baseFiles()), { now: NOW })).findings).toEqual([]);
});

for (const doc of DOCS_RUN) {
  const examples = examplesIn(readFileSync(join(DOCS, `${doc}.md`), 'utf8')).filter((e) => !LISTINGS_ONLY.has(doc) || e.kind === 'text');
  describe(`docs/rules/${doc}.md examples`, () => {
    const rules = [...new Set(examples.map((e) => e.rule))];
    it.each(rules)('%s has a Not OK and an OK example that run', (rule) => {
      const own = examples.filter((e) => e.rule === rule);
      expect(own.some((e) => !e.ok)).toBe(true);
      expect(own.some((e) => e.ok)).toBe(true);
    });
    examples.forEach((example) => {
      const title = `${example.rule}: ${example.ok ? 'OK' : 'Not OK'} (line ${example.line}) ${example.lines.find((l) => l.trim())?.slice(0, 60) ?? ''}`;
      it(title, async () => {
        for (const analysis of await analysed(example)) {
          const found = analysis.findings.filter((f) => f.rule === example.rule);
          if (!example.ok) {
            expect(found.length, `no ${example.rule}; the findings were ${JSON.stringify(analysis.findings.map((f) => `${f.file}:${f.line} ${f.rule}`))}`).toBeGreaterThan(0);
            continue;
          }
          expect(found, JSON.stringify(found, null, 1)).toEqual([]);
          const unread = analysis.findings.filter((f) => UNREADABLE.has(f.rule));
          expect(unread, JSON.stringify(unread, null, 1)).toEqual([]);
        }
      });
    });
  });
}
