/**
 * Every word the bundle writes, in English and Welsh (terms from the shared
 * glossary: y Swyddfa Gartref, Gweinidogion Cymru, Asesiad Strategol o
 * Anghenion). Kept here rather than in locales/ because they are read by
 * officers and recipients of the submission, not by visitors to the site.
 * Welsh puts a numeral before a singular noun ("3 tudalen"); see count().
 */
import type { Lang, Localised } from '../engine/types.ts';

const NOUNS = { day: { en: ['day', 'days'], cy: 'diwrnod' }, page: { en: ['page', 'pages'], cy: 'tudalen' } } as const;

/** "1 day", "4 days"; Welsh "4 diwrnod" (a numeral takes the singular). */
export function count(n: number, noun: keyof typeof NOUNS, lang: Lang): string {
  const word = lang === 'cy' ? NOUNS[noun].cy : NOUNS[noun].en[n === 1 ? 0 : 1];
  return `${n} ${word}`;
}

export const RECIPIENT_NAMES = {
  'home-office': { en: 'Home Office', cy: 'Y Swyddfa Gartref' },
  'welsh-ministers': { en: 'Welsh Ministers', cy: 'Gweinidogion Cymru' },
} as const satisfies Record<string, Localised>;

/** In running text after "to" / "at", which softly mutates: at Weinidogion Cymru. */
export const RECIPIENT_AFTER_TO = {
  'home-office': { en: 'the Home Office', cy: 'y Swyddfa Gartref' },
  'welsh-ministers': { en: 'Welsh Ministers', cy: 'Weinidogion Cymru' },
} as const satisfies Record<string, Localised>;

export const DOCUMENT_TITLES = {
  strategy: { en: 'Strategy', cy: 'Strategaeth' },
  sna: { en: 'Strategic Needs Assessment summary', cy: 'Crynodeb o’r Asesiad Strategol o Anghenion' },
} as const satisfies Record<string, Localised>;

export const LANGUAGE_NAMES: Record<Lang, Localised> = {
  en: { en: 'English', cy: 'Saesneg' },
  cy: { en: 'Welsh', cy: 'Cymraeg' },
};

/** Problems that stop the bundle: what is wrong and what to do, for a comms officer. */
export const ERRORS = {
  noUrl: {
    en: 'No submission bundle: content/site.yaml does not say where the site is published, so there is no web address to send (guidance paras 121 and 162). The site itself was built and can be previewed. Add the address under site, for example "url: https://www.example.gov.uk", then run npx svd bundle.',
    cy: 'Dim pecyn cyflwyno: nid yw content/site.yaml yn dweud ble mae’r wefan wedi’i chyhoeddi, felly does dim cyfeiriad gwe i’w anfon (paragraffau 121 a 162 o’r canllawiau). Mae’r wefan ei hun wedi’i hadeiladu a gellir cael rhagolwg ohoni. Ychwanegwch y cyfeiriad o dan site, er enghraifft "url: https://www.example.gov.uk", yna rhedwch npx svd bundle.',
  },
  notHttps: {
    en: 'No submission bundle: the web address in content/site.yaml ({url}) does not start with https://. The links sent to the Home Office and Welsh Ministers must be secure, full web addresses (guidance paras 121 and 162). The site itself was built and can be previewed. Change site url to the https:// address, then run npx svd bundle.',
    cy: 'Dim pecyn cyflwyno: nid yw’r cyfeiriad gwe yn content/site.yaml ({url}) yn dechrau gyda https://. Rhaid i’r dolenni a anfonir i’r Swyddfa Gartref ac i Weinidogion Cymru fod yn gyfeiriadau gwe llawn a diogel (paragraffau 121 a 162 o’r canllawiau). Mae’r wefan ei hun wedi’i hadeiladu a gellir cael rhagolwg ohoni. Newidiwch url y wefan i’r cyfeiriad https://, yna rhedwch npx svd bundle.',
  },
  blocked: {
    en: 'No submission bundle: the checks found blocking problems ({count}), listed above. Fix them and build again. Any earlier bundle has been removed so that it cannot be sent by mistake.',
    cy: 'Dim pecyn cyflwyno: daeth y gwiriadau o hyd i broblemau sy’n atal cyhoeddi ({count}), a restrir uchod. Cywirwch nhw ac adeiladwch eto. Mae unrhyw becyn cynharach wedi’i ddileu fel na ellir ei anfon trwy gamgymeriad.',
  },
  noSite: {
    en: 'There is no built site in {dir}. Build it first with npm run build (which also makes the bundle).',
    cy: 'Does dim gwefan wedi’i hadeiladu yn {dir}. Adeiladwch hi yn gyntaf gydag npm run build (sydd hefyd yn gwneud y pecyn).',
  },
  missingPage: {
    en: 'No submission bundle: "{title}" should be published at {path}, but the built site in {dir} has no such page, so its web link would not work. Build the site again with npm run build.',
    cy: 'Dim pecyn cyflwyno: dylid cyhoeddi "{title}" yn {path}, ond does dim tudalen o’r fath yn y wefan a adeiladwyd yn {dir}, felly ni fyddai’r ddolen we yn gweithio. Adeiladwch y wefan eto gydag npm run build.',
  },
  noBrowser: {
    en: 'No submission bundle: the PDFs are printed with Chrome, Chromium or Edge, and none could be started ({detail}). The site itself was built and can be previewed. Install one of them, or set CHROME_PATH to its program file, then run npx svd bundle.',
    cy: 'Dim pecyn cyflwyno: caiff y ffeiliau PDF eu hargraffu gyda Chrome, Chromium neu Edge, ac ni ellid cychwyn yr un ohonynt ({detail}). Mae’r wefan ei hun wedi’i hadeiladu a gellir cael rhagolwg ohoni. Gosodwch un ohonynt, neu gosodwch CHROME_PATH i’w ffeil rhaglen, yna rhedwch npx svd bundle.',
  },
  noDocuments: {
    en: 'No submission bundle: there is no published strategy to send. Set status: published at the top of the strategy files in content/strategy/ when they are ready.',
    cy: 'Dim pecyn cyflwyno: does dim strategaeth wedi’i chyhoeddi i’w hanfon. Gosodwch status: published ar frig ffeiliau’r strategaeth yn content/strategy/ pan fyddant yn barod.',
  },
} as const satisfies Record<string, Localised>;

export const PDF_TEXT = {
  source: {
    en: 'This document is a copy of the web page at {url}. The web page is the accessible, up-to-date version.',
    cy: 'Copi o’r dudalen we yn {url} yw’r ddogfen hon. Y dudalen we yw’r fersiwn hygyrch a chyfredol.',
  },
  page: { en: 'Page {page} of {pages}', cy: 'Tudalen {page} o {pages}' },
} as const satisfies Record<string, Localised>;

export const EMAIL_TEXT = {
  subject: { en: 'Serious Violence Duty strategy: {partnership}', cy: 'Strategaeth y Ddyletswydd Trais Difrifol: {partnership}' },
  greetingHomeOffice: { en: 'Dear Serious Violence Duty team,', cy: 'Annwyl dîm y Ddyletswydd Trais Difrifol,' },
  greetingWelsh: { en: 'Dear Sir or Madam,', cy: 'Annwyl Syr neu Fadam,' },
  published: {
    en: '{partnership} published its serious violence strategy on {date}. We are sending it to you within 7 days of publication, as paragraph 162 of the Serious Violence Duty statutory guidance asks.',
    cy: 'Cyhoeddodd {partnership} ei strategaeth trais difrifol ar {date}. Rydym yn ei hanfon atoch o fewn 7 diwrnod i’w chyhoeddi, fel y mae paragraff 162 o ganllawiau statudol y Ddyletswydd Trais Difrifol yn gofyn.',
  },
  bilingual: {
    en: 'The strategy is published in English and Welsh.',
    cy: 'Mae’r strategaeth wedi’i chyhoeddi yn Gymraeg ac yn Saesneg.',
  },
  period: { en: 'The strategy covers the period from {from} to {to}.', cy: 'Mae’r strategaeth ar gyfer y cyfnod rhwng mis {from} a mis {to}.' },
  youngPeople: { en: 'A summary for young people is published at:', cy: 'Mae crynodeb i bobl ifanc wedi’i gyhoeddi yn:' },
  area: { en: 'Area covered: {areas}', cy: 'Yr ardal dan sylw: {areas}' },
  /** Joined with semicolons, not "and": Welsh "a"/"ac" would mutate the place name after it. */
  areas: { en: 'Areas covered: {areas}', cy: 'Yr ardaloedd dan sylw: {areas}' },
  links: { en: 'It is published at these web addresses:', cy: 'Mae wedi’i chyhoeddi yn y cyfeiriadau gwe hyn:' },
  attached: { en: 'The PDF versions are attached.', cy: 'Mae’r fersiynau PDF ynghlwm.' },
  linksOnly: { en: 'The web pages above are the published versions.', cy: 'Y tudalennau gwe uchod yw’r fersiynau cyhoeddedig.' },
  contact: { en: 'If you have any questions, please contact us at {contact}.', cy: 'Os oes gennych unrhyw gwestiynau, cysylltwch â ni yn {contact}.' },
  contactRole: { en: 'If you have any questions, please contact our {role} at {contact}.', cy: 'Os oes gennych unrhyw gwestiynau, cysylltwch â’n {role} yn {contact}.' },
  or: { en: 'or', cy: 'neu' },
  /** Formal letters: "Yours sincerely" to a named team, "Yours faithfully" after "Dear Sir or Madam"; Welsh "Yn gywir" for both. */
  signOffHomeOffice: { en: 'Yours sincerely,', cy: 'Yn gywir,' },
  signOffWelsh: { en: 'Yours faithfully,', cy: 'Yn gywir,' },
  englishBelow: { en: 'English version below.', cy: 'Mae’r fersiwn Saesneg isod.' },
} as const satisfies Record<string, Localised>;

export const COVER_TEXT = {
  title: { en: 'Submission bundle', cy: 'Pecyn cyflwyno' },
  lead: {
    en: 'Everything {partnership} needs to send its serious violence strategy {recipients}, as paragraphs 120 to 122 and 162 of the statutory guidance ask.',
    cy: 'Popeth sydd ei angen ar {partnership} i anfon ei strategaeth trais difrifol {recipients}, fel y mae paragraffau 120 i 122 a 162 o’r canllawiau statudol yn gofyn.',
  },
  toHomeOffice: { en: 'to the Home Office', cy: 'i’r Swyddfa Gartref' },
  toBoth: { en: 'to the Home Office and to Welsh Ministers', cy: 'i’r Swyddfa Gartref ac i Weinidogion Cymru' },
  deadline: { en: 'Deadline', cy: 'Dyddiad cau' },
  due: { en: 'The deadline is {due}: 7 days after publication on {published}.', cy: 'Y dyddiad cau yw {due}: 7 diwrnod ar ôl cyhoeddi ar {published}.' },
  dueBy: { en: 'Due to {recipient} by {due}.', cy: 'I’w hanfon at {recipient} erbyn {due}.' },
  daysLeft: { en: '{days} left, counted on {asOf}.', cy: '{days} ar ôl, wedi’i gyfrif ar {asOf}.' },
  lastDay: { en: 'Today, {asOf}, is the last day.', cy: 'Heddiw, {asOf}, yw’r diwrnod olaf.' },
  overdue: { en: 'Overdue: it was due to {recipient} by {due} (counted on {asOf}). Send it now.', cy: 'Yn hwyr: roedd i’w hanfon at {recipient} erbyn {due} (wedi’i gyfrif ar {asOf}). Anfonwch hi nawr.' },
  sent: { en: 'Sent to {recipient} on {date}.', cy: 'Anfonwyd at {recipient} ar {date}.' },
  sentLate: { en: 'Sent to {recipient} on {date}, after the deadline.', cy: 'Anfonwyd at {recipient} ar {date}, ar ôl y dyddiad cau.' },
  allSent: {
    en: 'Nothing is left to send: the strategy has been sent to everyone the guidance names. Keep this bundle as the record of what was sent.',
    cy: 'Does dim byd ar ôl i’w anfon: mae’r strategaeth wedi’i hanfon at bawb a enwir yn y canllawiau. Cadwch y pecyn hwn fel cofnod o’r hyn a anfonwyd.',
  },
  steps: { en: 'What to do', cy: 'Beth i’w wneud' },
  stepOpen: {
    en: 'Open {file} in your email program (in Thunderbird, choose Edit as New Message). It is addressed to {recipient} at {address}. Check it and send it from your work account.',
    cy: 'Agorwch {file} yn eich rhaglen e-bost (yn Thunderbird, dewiswch Edit as New Message). Mae wedi’i chyfeirio at {recipient} yn {address}. Gwiriwch y neges a’i hanfon o’ch cyfrif gwaith.',
  },
  stepRecord: {
    en: 'Record the date you sent it in content/site.yaml, under submission, for example {example}. Then npx svd deadline stops warning you.',
    cy: 'Cofnodwch y dyddiad y gwnaethoch ei hanfon yn content/site.yaml, o dan submission, er enghraifft {example}. Wedyn bydd npx svd deadline yn peidio â’ch rhybuddio.',
  },
  emails: { en: 'Emails ready to send', cy: 'Negeseuon e-bost yn barod i’w hanfon' },
  recipient: { en: 'Recipient', cy: 'Derbynnydd' },
  address: { en: 'Address', cy: 'Cyfeiriad' },
  emailFile: { en: 'Email file', cy: 'Ffeil e-bost' },
  attachments: { en: 'Attachments', cy: 'Atodiadau' },
  linksOnly: { en: 'None: web links only', cy: 'Dim: dolenni gwe yn unig' },
  documents: { en: 'Published documents', cy: 'Dogfennau cyhoeddedig' },
  document: { en: 'Document', cy: 'Dogfen' },
  language: { en: 'Language', cy: 'Iaith' },
  webAddress: { en: 'Web address', cy: 'Cyfeiriad gwe' },
  checks: { en: 'Checks and redaction scan', cy: 'Gwiriadau a’r sgan am wybodaeth sensitif' },
  counts: { en: '{errors} errors, {warnings} warnings.', cy: '{errors} gwall, {warnings} rhybudd.' },
  waivers: { en: 'Findings accepted with a waiver', cy: 'Canfyddiadau a dderbyniwyd gyda hepgoriad' },
  noWaivers: { en: 'No findings were waived.', cy: 'Ni hepgorwyd unrhyw ganfyddiadau.' },
  rule: { en: 'Rule', cy: 'Rheol' },
  where: { en: 'File and line', cy: 'Ffeil a llinell' },
  reason: { en: 'Reason', cy: 'Rheswm' },
  approvedBy: { en: 'Approved by', cy: 'Cymeradwywyd gan' },
  files: { en: 'Files in this bundle', cy: 'Ffeiliau yn y pecyn hwn' },
  name: { en: 'Name', cy: 'Enw' },
  size: { en: 'Size', cy: 'Maint' },
  verify: { en: 'To check a copy has not changed: sha256sum -c SHA256SUMS', cy: 'I wirio nad yw copi wedi newid: sha256sum -c SHA256SUMS' },
  made: { en: 'Made by SVD Publisher {version}{commit}.', cy: 'Gwnaed gan SVD Publisher {version}{commit}.' },
  fromCommit: { en: ' from source commit {commit}', cy: ' o ymrwymiad ffynhonnell {commit}' },
} as const satisfies Record<string, Localised>;

export const DEADLINE_TEXT = {
  left: { en: 'The strategy was published on {published}. Send it by {due}: {days} left.', cy: 'Cyhoeddwyd y strategaeth ar {published}. Anfonwch hi erbyn {due}: {days} ar ôl.' },
  lastDay: { en: 'The strategy was published on {published}. Today ({due}) is the last day to send it.', cy: 'Cyhoeddwyd y strategaeth ar {published}. Heddiw ({due}) yw’r diwrnod olaf i’w hanfon.' },
  passed: { en: 'The strategy was published on {published}. The 7-day deadline passed on {due}.', cy: 'Cyhoeddwyd y strategaeth ar {published}. Aeth y dyddiad cau 7 diwrnod heibio ar {due}.' },
  sent: { en: 'Sent to {recipient} on {date}.', cy: 'Anfonwyd at {recipient} ar {date}.' },
  late: { en: 'Sent to {recipient} on {date}, after the deadline.', cy: 'Anfonwyd at {recipient} ar {date}, ar ôl y dyddiad cau.' },
  notSent: {
    en: 'Not yet recorded as sent to {recipient} ({address}). After sending, record the date in content/site.yaml: submission: {field}: YYYY-MM-DD.',
    cy: 'Nid yw’r dyddiad anfon at {recipient} ({address}) wedi’i gofnodi eto. Ar ôl anfon, cofnodwch y dyddiad yn content/site.yaml: submission: {field}: BBBB-MM-DD.',
  },
  overdue: {
    en: 'Overdue: guidance paragraphs 120 and 162 ask for the strategy to be sent within 7 days of publication. Send it now (the emails are in submission/, beside dist/) and record the date.',
    cy: 'Yn hwyr: mae paragraffau 120 a 162 o’r canllawiau yn gofyn i’r strategaeth gael ei hanfon o fewn 7 diwrnod i’w chyhoeddi. Anfonwch hi nawr (mae’r negeseuon e-bost yn submission/, wrth ymyl dist/) a chofnodwch y dyddiad.',
  },
} as const satisfies Record<string, Localised>;
