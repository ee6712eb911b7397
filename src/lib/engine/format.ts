/**
 * Output for people and for machines. Human output groups findings by file,
 * in order, one line each:
 *
 *   content/strategy/cy/index.mdx:12:1  error  strategy/governance  ... (guidance para 154b)  -> ...
 */
import type { Analysis } from './analyse.ts';
import type { Lang } from './types.ts';

const WORDS = {
  en: { error: 'error', warning: 'warning', para: 'guidance para', none: 'No problems found.', errors: ['error', 'errors'], warnings: ['warning', 'warnings'], waivers: 'Waivers in force', by: 'approved by' },
  cy: { error: 'gwall', warning: 'rhybudd', para: 'paragraff y canllawiau', none: "Dim problemau wedi'u canfod.", errors: ['gwall', 'gwall'], warnings: ['rhybudd', 'rhybudd'], waivers: 'Hepgoriadau mewn grym', by: 'cymeradwywyd gan' },
} as const;

function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatHuman(analysis: Analysis, lang: Lang = 'en', { colour = false } = {}): string {
  const words = WORDS[lang];
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[39m` : text);
  const lines: string[] = [];
  let lastFile = '';
  for (const message of analysis.messages) {
    const file = message.file || '(project)';
    if (file !== lastFile && lastFile) lines.push('');
    lastFile = file;
    const where = `${file}:${message.line ?? 1}:${message.column ?? 1}`;
    const severity = message.severity === 'error' ? paint(31, words.error) : paint(33, words.warning);
    lines.push(`${where}  ${severity}  ${message.ruleId}  ${message.text[lang]} (${words.para} ${message.paragraph})  -> ${message.fixText[lang]}`);
  }
  if (analysis.waived.length > 0) {
    lines.push('', `${words.waivers}:`);
    for (const w of analysis.waived) lines.push(`  ${w.file}:${w.line}:${w.column}  ${w.rule}  "${w.reason}" (${words.by} ${w.approvedBy})`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(analysis.findings.length === 0 ? words.none : `${count(analysis.errors, words.errors)}, ${count(analysis.warnings, words.warnings)}.`);
  return lines.join('\n');
}

export function formatJson(analysis: Analysis, lang: Lang = 'en'): string {
  const findings = analysis.messages.map((message, index) => ({
    ...analysis.findings[index]!,
    message: message.text[lang],
    fix: message.fixText[lang],
  }));
  return JSON.stringify({ findings, waivers: analysis.waived }, null, 2);
}
