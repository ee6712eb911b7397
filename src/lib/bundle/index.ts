/**
 * The submission bundle: submission/ and submission.zip beside dist/ (never
 * inside it: see location.ts), everything the partnership needs to send its
 * strategy within 7 days (guidance paras 120-122, 162), and the public PDF
 * and Word downloads in dist/downloads/. Written into a temporary folder
 * beside the bundle and moved into place only when complete; any earlier
 * bundle is removed first, and on any refusal, so a stale bundle never looks
 * current.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Analysis } from '../engine/analyse.ts';
import { BundleError, bundleContext, type ContextOptions } from './context.ts';
import { coverName, formatSize, renderCover } from './cover.ts';
import { writeDocx } from './docx.ts';
import { composeEmail, type ComposedEmail } from './email.ts';
import { buildManifest, record, type FileRecord, type Manifest } from './manifest.ts';
import { printPdfs } from './pdf.ts';
import { byName, sha256, zipEntries } from './zip.ts';
import { timed } from '../build/timed.ts';
import { editionDownloads, publishDownloads } from './downloads.ts';
import { bundleLocation, SUBMISSION_DIR, SUBMISSION_ZIP, withdrawBundle } from './location.ts';
import { t } from '../i18n.ts';

export { bundleLocation, SUBMISSION_DIR, SUBMISSION_ZIP, withdrawBundle };

export interface BundleOptions extends ContextOptions {
  log?: (line: string) => void;
  /** Where the site will be published from (default: siteDir); the bundle goes beside it. */
  outDir?: string;
}

export interface BundleResult {
  dir: string;
  zip: string;
  /** Every file in submission/, then the zip, with sizes. */
  files: { name: string; bytes: number }[];
  manifest: Manifest;
  timings: Record<string, number>;
}

export async function createBundle(siteDir: string, analysis: Analysis, options: BundleOptions = {}): Promise<BundleResult> {
  const log = options.log ?? (() => {});
  const outDir = options.outDir ?? siteDir;
  const location = bundleLocation(outDir);
  // Old editions' files are the record of what was published then: they stay published whatever happens to this bundle.
  const archived = await editionDownloads(analysis.project.root);
  const withdraw = () => {
    withdrawBundle(outDir);
    publishDownloads(siteDir, archived);
  };
  let context;
  try {
    context = bundleContext(siteDir, analysis, options);
  } catch (error) {
    withdraw();
    throw error;
  }
  const timings: Record<string, number> = {};
  mkdirSync(dirname(location.dir), { recursive: true });
  // Named with this process's id, so a later build can tell a killed build's folder from a running one's (safety/leftovers.ts).
  const temp = mkdtempSync(join(dirname(location.dir), `.submission-${process.pid}-`));
  try {
    const dir = join(temp, SUBMISSION_DIR);
    mkdirSync(dir);
    const written = new Map<string, Uint8Array>();
    const write = (name: string, data: Uint8Array | string) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      writeFileSync(join(dir, name), bytes);
      written.set(name, bytes);
      return record(name, bytes);
    };

    log(t('en', 'bundle:log.printing', { count: context.documents.length }));
    const pdfs = await timed(timings, 'pdf', () => printPdfs(context, log));
    const docx = new Map<string, FileRecord>();
    await timed(timings, 'docx', async () => {
      for (const document of context.documents) {
        const { file, bytes } = await writeDocx(document, context);
        docx.set(document.baseName, write(file, bytes));
      }
    });
    const emails: ComposedEmail[] = await timed(timings, 'email', () => Promise.all(context.recipients.map((recipient) => composeEmail(context, recipient, pdfs))));
    const files = [...pdfs.map((pdf) => write(pdf.file, pdf.bytes)), ...docx.values(), ...emails.map((email) => write(email.file, email.bytes))].sort((a, b) => byName({ name: a.file }, { name: b.file }));

    const manifest = buildManifest(context, pdfs, docx, emails, files);
    const manifestRecord = write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    for (const lang of context.languages) write(coverName(lang), renderCover(context, manifest, [...files, manifestRecord], lang));
    const names = [...written.keys()].sort();
    write('SHA256SUMS', names.map((name) => `${sha256(written.get(name)!)}  ${name}\n`).join(''));

    const entries = [...written].map(([name, data]) => ({ name: `${SUBMISSION_DIR}/${name}`, data })).sort(byName);
    const zip = await timed(timings, 'zip', () => zipEntries(entries, context.time.date));
    writeFileSync(join(temp, SUBMISSION_ZIP), zip);

    withdrawBundle(outDir);
    renameSync(dir, location.dir);
    renameSync(join(temp, SUBMISSION_ZIP), location.zip);
    publishDownloads(siteDir, [...pdfs.map((pdf) => ({ file: pdf.file, bytes: pdf.bytes, pages: pdf.pages })), ...[...docx.values()].map((doc) => ({ file: doc.file, bytes: written.get(doc.file)! })), ...archived]);

    const listed = [...[...written].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, data]) => ({ name: `${SUBMISSION_DIR}/${name}`, bytes: data.byteLength })), { name: SUBMISSION_ZIP, bytes: zip.byteLength }];
    log(t('en', 'bundle:log.files', { files: listed.map((f) => `${f.name} (${formatSize(f.bytes, 'en')})`).join(', ') }));
    const cover = `${location.dir}/index.html`;
    const next = manifest.recipients
      .map((r) => (r.status === 'sent' ? t('en', 'bundle:log.sentOn', { recipient: r.name.en, date: r.sent! }) : t('en', `bundle:log.${r.status}`, { recipient: r.name.en, due: manifest.deadline.due, cover })))
      .join(' ');
    log(t('en', 'bundle:log.made', { timings: Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(', '), next }));
    return { dir: location.dir, zip: location.zip, files: listed, manifest, timings };
  } catch (error) {
    // The content may have changed since the earlier bundle: it must not stay looking current.
    withdraw();
    throw error;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The build's bundle step. A settings problem (no https address yet, nothing
 * published) leaves a site that can still be previewed, so it is reported and
 * the build goes on without a bundle; anything else fails the build.
 */
export function bundleStep(log: (line: string) => void, outDir?: string): (siteDir: string, analysis: Analysis) => Promise<void> {
  return async (siteDir, analysis) => {
    try {
      await createBundle(siteDir, analysis, { log, outDir });
    } catch (error) {
      if (error instanceof BundleError && error.kind === 'config') {
        log(`\n${error.message}\n`);
        return;
      }
      throw error;
    }
  };
}

export { BundleError };
