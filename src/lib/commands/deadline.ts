/**
 * `svd deadline [root] [--now YYYY-MM-DD] [--json] [--lang en|cy]`: days left
 * to send the strategy (7 days from the current edition's publication, dates.editionPublished, else
 * dates.published; guidance paras 120,
 * 162). Exit 1 once the deadline has passed without a sent date recorded
 * under submission in content/site.yaml for every recipient the law names,
 * so a scheduled CI job can nag; 0 otherwise; 2 if site.yaml cannot be read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RECIPIENT_ADDRESSES, type RecipientId } from '../bundle/context.ts';
import { count, RECIPIENT_AFTER_TO } from '../bundle/strings.ts';
import { deadlineOf, isoDay } from '../bundle/time.ts';
import { loadSite } from '../content/load.ts';
import { createReport, isSvdMessage } from '../engine/report.ts';
import { t } from '../i18n.ts';
import { requiresWelsh } from '../schema/site.ts';
import { formatDate } from '../site/dates.ts';
import { guarded, helpText, langOption, nowOption, parse, rootOption } from './options.ts';

/** What the parser accepts; the help (locales cli.json `help.deadline`) names each (test/cli-help.test.ts). */
export const OPTIONS = { now: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } } as const;


const FIELDS: Record<RecipientId, 'sentToHomeOffice' | 'sentToWelshMinisters'> = {
  'home-office': 'sentToHomeOffice',
  'welsh-ministers': 'sentToWelshMinisters',
};

export function run(args: string[]): Promise<number> {
  return guarded('deadline', args, () => {
    const { values, positionals } = parse(args, OPTIONS);
    const lang = langOption(values.lang);
    if (values.help) {
      console.log(helpText('deadline', lang));
      return 0;
    }
    const root = rootOption(positionals);
    const now = nowOption(values.now);
    if (!existsSync(join(root, 'content', 'site.yaml'))) {
      console.error(t(lang, 'cli:noSiteYaml', { root }));
      return 2;
    }
    const { site, siteFile } = loadSite(root, createReport());
    if (!site) {
      for (const message of siteFile.messages) console.error(`${siteFile.path}:${message.line ?? 1}:${message.column ?? 1}  ${isSvdMessage(message) ? message.text[lang] : message.reason}`);
      return 2;
    }
    const deadline = deadlineOf(site, now);
    const recipients: RecipientId[] = requiresWelsh(site) ? ['home-office', 'welsh-ministers'] : ['home-office'];
    const status = recipients.map((recipient) => {
      const sent = site.submission[FIELDS[recipient]];
      return { recipient, address: RECIPIENT_ADDRESSES[recipient], sent: sent ? isoDay(sent) : null, late: sent ? isoDay(sent) > deadline.due : false };
    });
    const overdue = deadline.passed && status.some((s) => !s.sent);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ ...deadline, recipients: status, overdue }, null, 2)}\n`);
      return overdue ? 1 : 0;
    }
    const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), lang);
    const dates = { published: day(deadline.published), due: day(deadline.due), days: count(deadline.daysLeft, 'day', lang) };
    const key = deadline.passed ? 'passed' : deadline.daysLeft === 0 ? 'lastDay' : 'left';
    const lines = [t(lang, `bundle:deadline.${key}`, dates)];
    for (const s of status) {
      const recipient = RECIPIENT_AFTER_TO[s.recipient][lang];
      if (s.sent) lines.push(t(lang, `bundle:deadline.${s.late ? 'late' : 'sent'}`, { recipient, date: day(s.sent) }));
      else lines.push(t(lang, 'bundle:deadline.notSent', { recipient, address: s.address, field: FIELDS[s.recipient] }));
    }
    if (overdue) lines.push('', t(lang, 'bundle:deadline.overdue'));
    (overdue ? console.error : console.log)(lines.join('\n'));
    return overdue ? 1 : 0;
  });
}
