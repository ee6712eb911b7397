/**
 * The cover sheet (index.html, and index.cy.html where Welsh is published):
 * what is in the bundle and what to do with it, for the officer who sends
 * it. One self-contained page in the site's colours, so it still works when
 * the zip is opened on another computer; accessible in the same ways as the
 * site (language set, real headings, tables with header cells).
 */
import { t as say } from '../i18n.ts';
import type { Lang } from '../engine/types.ts';
import { formatDate } from '../site/dates.ts';
import { named, type BundleContext } from './context.ts';
import { partnershipSoft } from '../site/name-forms.ts';
import type { FileRecord, Manifest } from './manifest.ts';
import { count, DOCUMENT_TITLES, LANGUAGE_NAMES, RECIPIENT_AFTER_TO } from './strings.ts';

export function coverName(lang: Lang): string {
  return lang === 'en' ? 'index.html' : `index.${lang}.html`;
}

function escape(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function formatSize(bytes: number, lang: Lang): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(lang === 'cy' ? 'cy' : 'en-GB', { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}

function day(iso: string, lang: Lang): string {
  return formatDate(new Date(`${iso}T00:00:00Z`), lang);
}

/** A table in a labelled, focusable region that scrolls sideways when the screen is narrow, so no word is split to fit. */
function table(caption: string, head: string[], rows: string[][]): string {
  return `<div class="scroll" role="region" tabindex="0" aria-label="${escape(caption)}"><table><caption class="visually-hidden">${escape(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

function style(brand: string): string {
  return `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff}
header{background:${brand};color:#fff;padding:1rem 0}
.wrap{max-width:960px;margin:0 auto;padding:0 1rem}
header p{margin:0;font-weight:700}
h1{font-size:2.5rem;line-height:1.1;margin:2rem 0 1rem}
h2{font-size:1.5rem;margin:2rem 0 .75rem}
a{color:${brand};text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.1578em}
a:hover{color:#0b0c0c;text-decoration-thickness:max(3px,.1875rem)}
a:focus{outline:3px solid transparent;color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
table{border-collapse:collapse;width:100%;margin:0 0 1.5rem;font-size:1rem}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #b1b4b6;padding:.5rem 1rem .5rem 0;overflow-wrap:normal;word-break:normal;hyphens:manual}
.scroll{overflow-x:auto;margin:0 0 1.5rem}
.scroll:focus{outline:3px solid #fd0;outline-offset:0}
.scroll table{margin:0}
td code{white-space:nowrap}
.warning{border-left:5px solid #d4351c;padding:.25rem .75rem;font-weight:700;list-style:none;margin-left:-1.25rem}
.due{border-left:5px solid ${brand};padding:.5rem 1rem}
code{font-size:.95em}
footer{border-top:1px solid #b1b4b6;margin-top:3rem;padding:1rem 0;font-size:1rem;color:#505a5f}`;
}

export function renderCover(context: BundleContext, manifest: Manifest, files: FileRecord[], lang: Lang): string {
  const t = (key: string, values: Record<string, string | number> = {}) => escape(say(lang, `bundle:cover.${key}`, values));
  const { site, deadline } = context;
  const partnership = named(site.partnership.name, lang);
  const recipientList = say(lang, `bundle:cover.${manifest.welshRequired ? 'toBoth' : 'toHomeOffice'}`);
  const other = context.languages.find((code) => code !== lang);
  const soft = partnershipSoft(site, lang);
  const link = (file: string) => `<a href="${escape(file)}">${escape(file)}</a>`;

  // One line per recipient, in one state each: sent, due by the deadline, or overdue.
  const states = manifest.recipients.map((r) => {
    const recipient = RECIPIENT_AFTER_TO[r.id][lang];
    if (r.status === 'sent') return `<li>${t(r.sentLate ? 'sentLate' : 'sent', { recipient, date: day(r.sent!, lang) })}</li>`;
    if (r.status === 'overdue') return `<li class="warning">${t('overdue', { recipient, due: day(deadline.due, lang), asOf: day(deadline.asOf, lang) })}</li>`;
    const left = r.daysLeft === 0 ? t('lastDay', { asOf: day(deadline.asOf, lang) }) : t('daysLeft', { days: count(r.daysLeft!, 'day', lang), asOf: day(deadline.asOf, lang) });
    return `<li>${t('dueBy', { recipient, due: day(deadline.due, lang) })} ${left}</li>`;
  });

  // Steps only for what is still to send; once everything is sent, the bundle is the record.
  const unsent = manifest.recipients.filter((r) => r.status !== 'sent');
  const steps = unsent.map(
    (r) => `<li>${say(lang, 'bundle:cover.stepOpen', { file: link(r.email), recipient: escape(RECIPIENT_AFTER_TO[r.id][lang]), address: `<code>${escape(r.address)}</code>` })}</li>`,
  );
  const fields = unsent.map((r) => (r.id === 'home-office' ? 'sentToHomeOffice' : 'sentToWelshMinisters'));
  if (unsent.length) steps.push(`<li>${say(lang, 'bundle:cover.stepRecord', { example: fields.map((field) => `<code>${field}: ${deadline.asOf}</code>`).join(', ') })}</li>`);
  const todo = steps.length ? `<ol>${steps.join('')}</ol>` : `<p>${t('allSent')}</p>`;

  const emailRows = manifest.recipients.map((r) => [escape(r.name[lang]), `<code>${escape(r.address)}</code>`, link(r.email), r.attachments.length ? r.attachments.map(link).join('<br>') : t('linksOnly')]);
  const documentRows = manifest.documents.map((d) => [
    `<span lang="${d.lang}">${escape(d.title)}</span><br>${escape(DOCUMENT_TITLES[d.type][lang])}`,
    escape(LANGUAGE_NAMES[d.lang][lang]),
    `<a href="${escape(d.url)}">${escape(d.url)}</a>`,
    `${link(d.pdf.file)}<br>${count(d.pdf.pages, 'page', lang)}, ${formatSize(d.pdf.bytes, lang)}`,
    `${link(d.docx.file)}<br>${formatSize(d.docx.bytes, lang)}`,
  ]);
  const waivers = manifest.analysis.waived.length
    ? table(
        say(lang, 'bundle:cover.waivers'),
        [say(lang, 'bundle:cover.rule'), say(lang, 'bundle:cover.where'), say(lang, 'bundle:cover.reason'), say(lang, 'bundle:cover.approvedBy')],
        manifest.analysis.waived.map((w) => [`<code>${escape(w.rule)}</code>`, `<code>${escape(w.file)}:${w.line}</code>`, escape(w.reason), escape(w.approvedBy)]),
      )
    : `<p>${t('noWaivers')}</p>`;
  const fileRows = files.map((f) => [link(f.file), escape(formatSize(f.bytes, lang)), `<code>${escape(f.sha256)}</code>`]);
  const commit = manifest.source.commit ? say(lang, 'bundle:cover.fromCommit', { commit: manifest.source.commit.slice(0, 12) }) : '';

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t('title')} – ${escape(partnership)}</title>
<style>${style(site.partnership.brandColour)}</style>
</head>
<body>
<header><div class="wrap"><p>${escape(partnership)}</p></div></header>
<main class="wrap">
${other ? `<p><a href="${coverName(other)}" lang="${other}" hreflang="${other}">${escape(LANGUAGE_NAMES[other][other])}</a></p>` : ''}
<h1>${t('title')}</h1>
<p>${soft ? t('lead', { partnershipSoft: soft, recipients: recipientList }) : t('leadPlain', { partnership, recipients: recipientList })}</p>
<h2>${t('deadline')}</h2>
<div class="due"><p>${t('due', { due: day(deadline.due, lang), published: day(deadline.published, lang) })}</p><ul>${states.join('')}</ul></div>
<h2>${t('steps')}</h2>
${todo}
<h2>${t('emails')}</h2>
${table(say(lang, 'bundle:cover.emails'), [say(lang, 'bundle:cover.recipient'), say(lang, 'bundle:cover.address'), say(lang, 'bundle:cover.emailFile'), say(lang, 'bundle:cover.attachments')], emailRows)}
<h2>${t('documents')}</h2>
${table(say(lang, 'bundle:cover.documents'), [say(lang, 'bundle:cover.document'), say(lang, 'bundle:cover.language'), say(lang, 'bundle:cover.webAddress'), 'PDF', 'Word'], documentRows)}
<h2>${t('checks')}</h2>
<p>${t('counts', { errors: say(lang, 'cli:summary.errors', { count: manifest.analysis.errors }), warnings: say(lang, 'cli:summary.warnings', { count: manifest.analysis.warnings }) })}</p>
${waivers}
<h2>${t('files')}</h2>
${table(say(lang, 'bundle:cover.files'), [say(lang, 'bundle:cover.name'), say(lang, 'bundle:cover.size'), 'SHA-256'], fileRows)}
<p>${t('verify')}</p>
</main>
<footer><div class="wrap"><p>${t('made', { version: manifest.generator.version, commit })}</p></div></footer>
</body>
</html>
`;
}
