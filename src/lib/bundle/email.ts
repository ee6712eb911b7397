/**
 * Ready-to-send emails as .eml files (RFC 5322), composed by nodemailer's
 * MailComposer: one to the Home Office, and one to Welsh Ministers, Welsh
 * first, where any area is in Wales (guidance paras 120, 162). X-Unsent makes
 * Outlook open the file as a draft with a Send button. The Date, Message-ID
 * and MIME boundaries are fixed from the content, so the same bundle gives
 * the same bytes.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { t as say } from '../i18n.ts';
import type { Lang } from '../engine/types.ts';
import { formatDate, formatMonth } from '../site/dates.ts';
import { editionPublished } from './time.ts';
import { named, RECIPIENT_ADDRESSES, type BundleContext, type RecipientId } from './context.ts';
import type { PrintedPdf } from './pdf.ts';
import { COUNTRIES, DOCUMENT_TITLES, LANGUAGE_NAMES, RECIPIENT_NAMES } from './strings.ts';
import { sha256 } from './zip.ts';

export interface ComposedEmail {
  recipient: RecipientId;
  address: string;
  file: string;
  subject: string;
  attachments: string[];
  bytes: Buffer;
}

function body(context: BundleContext, recipient: RecipientId, lang: Lang, attached: boolean): string {
  const { site } = context;
  const t = (key: string, values: Record<string, string> = {}) => say(lang, `bundle:email.${key}`, values);
  const partnership = named(site.partnership.name, lang);
  const areas = site.areas.map((area) => `${named(area.name, lang)} (${COUNTRIES[area.country][lang]})`);
  // The reader's own language first.
  const order: Lang[] = lang === 'cy' ? ['cy', 'en'] : ['en', 'cy'];
  const links = order.flatMap((docLang) =>
    context.documents.filter((d) => d.lang === docLang).map((d) => `${DOCUMENT_TITLES[d.collection][lang]} (${LANGUAGE_NAMES[d.lang][lang]}):\n${d.url}`),
  );
  const contact = site.contact.phone ? `${site.contact.email} ${say(lang, 'bundle:email.or')} ${site.contact.phone}` : site.contact.email;
  const role = site.contact.role ? named(site.contact.role, lang) : undefined;
  const period = site.dates.period && t('period', { from: formatMonth(site.dates.period.from, lang), to: formatMonth(site.dates.period.to, lang) });
  const youngPeople = order.map((code) => context.youngPeople[code]).find(Boolean);
  return [
    t(recipient === 'home-office' ? 'greetingHomeOffice' : 'greetingWelsh'),
    [t('published', { partnership, date: formatDate(editionPublished(site), lang) }), period, context.languages.includes('cy') ? t('bilingual') : ''].filter(Boolean).join(' '),
    t(areas.length === 1 ? 'area' : 'areas', { areas: areas.join('; ') }),
    `${t('links')}\n\n${links.join('\n\n')}`,
    youngPeople ? `${t('youngPeople')}\n${youngPeople}` : '',
    t(attached ? 'attached' : 'linksOnly'),
    role ? t('contactRole', { role, contact }) : t('contact', { contact }),
    [t(recipient === 'home-office' ? 'signOffHomeOffice' : 'signOffWelsh'), role, partnership].filter(Boolean).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export async function composeEmail(context: BundleContext, recipient: RecipientId, pdfs: PrintedPdf[]): Promise<ComposedEmail> {
  const { site } = context;
  const attachPdfs = site.submission.attachPdfs;
  // The Home Office reads English; Welsh Ministers get both languages.
  // ...and, like the text, the attachments come in the recipient's language first.
  const first: Lang = recipient === 'welsh-ministers' ? 'cy' : 'en';
  const attached = attachPdfs ? pdfs.filter((pdf) => recipient === 'welsh-ministers' || pdf.document.lang === 'en').sort((a, b) => Number(b.document.lang === first) - Number(a.document.lang === first)) : [];
  const address = RECIPIENT_ADDRESSES[recipient];
  const subjectIn = (lang: Lang) => say(lang, 'bundle:email.subject', { partnership: named(site.partnership.name, lang) });
  let subject: string;
  let text: string;
  if (recipient === 'welsh-ministers') {
    subject = `${subjectIn('cy')} / ${subjectIn('en')}`;
    text = `${say('cy', 'bundle:email.englishBelow')} ${say('en', 'bundle:email.englishBelow')}\n\n${body(context, recipient, 'cy', attached.length > 0)}\n\n${'-'.repeat(40)}\n\n${body(context, recipient, 'en', attached.length > 0)}\n`;
  } else {
    subject = subjectIn('en');
    text = `${body(context, recipient, 'en', attached.length > 0)}\n`;
  }
  const fingerprint = sha256([recipient, subject, text, ...attached.map((pdf) => sha256(pdf.bytes))].join('\n'));
  const host = new URL(context.siteUrl).hostname;
  const composer = new MailComposer({
    from: { name: named(site.partnership.name, 'en'), address: site.contact.email },
    to: { name: RECIPIENT_NAMES[recipient].en, address },
    subject,
    text,
    date: context.time.date,
    messageId: `<svd-${fingerprint.slice(0, 24)}@${host}>`,
    baseBoundary: fingerprint.slice(24, 40),
    headers: { 'X-Unsent': '1' },
    textEncoding: 'quoted-printable',
    disableFileAccess: true,
    disableUrlAccess: true,
    attachments: attached.map((pdf) => ({ filename: pdf.file, content: Buffer.from(pdf.bytes), contentType: 'application/pdf' })),
  } as ConstructorParameters<typeof MailComposer>[0]);
  const bytes = await composer.compile().build();
  return { recipient, address, file: `email-${recipient}.eml`, subject, attachments: attached.map((pdf) => pdf.file), bytes };
}
