/**
 * Output for people and for machines. Human output groups findings by file,
 * in order, one line each (words from locales/{en,cy}/cli.json):
 *
 *   content/strategy/cy/index.mdx:12:1  error  strategy/governance  ... (guidance para 154b)  -> ...
 */
import { t } from '../i18n.ts';
import type { Analysis } from './analyse.ts';
import type { Lang } from './types.ts';

export function formatHuman(analysis: Analysis, lang: Lang = 'en', { colour = false } = {}): string {
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[39m` : text);
  const lines: string[] = [];
  let lastFile = '';
  for (const message of analysis.messages) {
    const file = message.file || '(project)';
    if (file !== lastFile && lastFile) lines.push('');
    lastFile = file;
    const where = `${file}:${message.line ?? 1}:${message.column ?? 1}`;
    const word = t(lang, `cli:severity.${message.severity}`);
    const severity = message.severity === 'error' ? paint(31, word) : paint(33, word);
    lines.push(t(lang, 'cli:finding', { where, severity, rule: message.ruleId, message: message.text[lang], paragraph: message.paragraph, fix: message.fixText[lang] }));
  }
  if (analysis.waived.length > 0) {
    lines.push('', t(lang, 'cli:waivers.title'));
    for (const w of analysis.waived) lines.push(t(lang, 'cli:waivers.line', { where: `${w.file}:${w.line}:${w.column}`, rule: w.rule, reason: w.reason, approvedBy: w.approvedBy }));
  }
  if (lines.length > 0) lines.push('');
  lines.push(analysis.findings.length === 0 ? t(lang, 'cli:none') : t(lang, 'cli:summary.line', { errors: t(lang, 'cli:summary.errors', { count: analysis.errors }), warnings: t(lang, 'cli:summary.warnings', { count: analysis.warnings }) }));
  return lines.join('\n');
}

/** `{"findings":[...],"waivers":[...]}`, indented for reading; `compact` puts it on one line (one line a check in `svd check --watch`). */
export function formatJson(analysis: Analysis, lang: Lang = 'en', { compact = false }: { compact?: boolean } = {}): string {
  const findings = analysis.messages.map((message, index) => ({
    ...analysis.findings[index]!,
    message: message.text[lang],
    fix: message.fixText[lang],
  }));
  return JSON.stringify({ findings, waivers: analysis.waived }, null, compact ? undefined : 2);
}
