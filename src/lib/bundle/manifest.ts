/**
 * manifest.json: the bundle described for machines and for the record. What
 * was sent, to whom, by when, with the web address, pages and SHA-256 of
 * every document, and the check and scan results it was made under (every
 * waiver with its reason and approver). Its shape is fixed by
 * schemas/manifest.schema.json; a test validates every bundle against it.
 */
import type { FindingJson, Lang } from '../engine/types.ts';
import type { WaivedFinding } from '../engine/waivers.ts';
import { recipientState } from './time.ts';
import { RECIPIENT_ADDRESSES, type BundleContext, type RecipientId } from './context.ts';
import type { ComposedEmail } from './email.ts';
import type { PrintedPdf } from './pdf.ts';
import { RECIPIENT_NAMES } from './strings.ts';
import { sha256 } from './zip.ts';

export const MANIFEST_SCHEMA = 'schemas/manifest.schema.json';

export interface FileRecord {
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  manifestVersion: 1;
  generator: { name: string; version: string };
  source: { commit: string | null; uncommittedChanges: boolean };
  timestamp: { value: string; source: 'SOURCE_DATE_EPOCH' | 'publication date' };
  partnership: { name: { en: string; cy?: string | undefined } };
  areas: { name: { en: string; cy?: string | undefined }; country: 'england' | 'wales' }[];
  welshRequired: boolean;
  languages: Lang[];
  site: { url: string; base: string; home: string };
  published: string;
  deadline: { days: 7; due: string; asOf: string; paragraphs: string };
  recipients: {
    id: RecipientId;
    name: { en: string; cy: string };
    address: string;
    email: string;
    subject: string;
    attachments: string[];
    /** One state per recipient (see recipientState): never "passed" beside "sent". */
    status: 'sent' | 'due' | 'overdue';
    sent: string | null;
    sentLate?: boolean;
    daysLeft: number | null;
  }[];
  documents: {
    type: 'strategy' | 'sna';
    lang: Lang;
    title: string;
    url: string;
    source: string;
    published: string;
    version: string | null;
    pdf: FileRecord & { pages: number };
    docx: FileRecord;
  }[];
  analysis: { errors: number; warnings: number; findings: FindingJson[]; waived: WaivedFinding[] };
  files: FileRecord[];
}

export function record(file: string, data: Uint8Array): FileRecord {
  return { file, bytes: data.byteLength, sha256: sha256(data) };
}

export function buildManifest(context: BundleContext, pdfs: PrintedPdf[], docx: Map<string, FileRecord>, emails: ComposedEmail[], files: FileRecord[]): Manifest {
  const { site, analysis } = context;
  const state = (id: RecipientId) => recipientState(context.deadline, id === 'home-office' ? site.submission.sentToHomeOffice : site.submission.sentToWelshMinisters);
  return {
    manifestVersion: 1,
    generator: context.generator,
    source: { commit: context.source?.commit ?? null, uncommittedChanges: context.source?.uncommitted ?? false },
    timestamp: { value: context.time.date.toISOString(), source: context.time.source },
    partnership: { name: site.partnership.name },
    areas: site.areas.map((area) => ({ name: area.name, country: area.country })),
    welshRequired: context.recipients.includes('welsh-ministers'),
    languages: context.languages,
    site: { url: context.siteUrl, base: site.site.base, home: context.homeUrl },
    published: context.deadline.published,
    deadline: { days: 7, due: context.deadline.due, asOf: context.deadline.asOf, paragraphs: '120, 162' },
    recipients: emails.map((email) => {
      const now = state(email.recipient);
      return {
        id: email.recipient,
        name: RECIPIENT_NAMES[email.recipient],
        address: RECIPIENT_ADDRESSES[email.recipient],
        email: email.file,
        subject: email.subject,
        attachments: email.attachments,
        status: now.state,
        sent: now.state === 'sent' ? now.sent : null,
        ...(now.state === 'sent' ? { sentLate: now.late } : {}),
        daysLeft: now.state === 'due' ? now.daysLeft : now.state === 'overdue' ? -now.daysLate : null,
      };
    }),
    documents: pdfs.map((pdf) => {
      const document = pdf.document;
      return {
        type: document.collection,
        lang: document.lang,
        title: document.title,
        url: document.url,
        source: document.source.path,
        published: document.published,
        version: document.version ?? null,
        pdf: { ...record(pdf.file, pdf.bytes), pages: pdf.pages },
        docx: docx.get(document.baseName)!,
      };
    }),
    analysis: { errors: analysis.errors, warnings: analysis.warnings, findings: analysis.findings, waived: analysis.waived },
    files,
  };
}
