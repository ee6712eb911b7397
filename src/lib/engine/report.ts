/**
 * Every finding is a vfile message: `file.message(reason, place)` as in
 * remark-lint, with the rule's id, severity, guidance paragraph and fix, in
 * English and Welsh, attached. Severity follows the partnership's config, which
 * may raise a guidance warning to an error but never lower a statutory error.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { ruleText } from '../i18n.ts';
import type { Localised, Place, Report, RuleMeta, Severity, Values } from './types.ts';

export interface SvdMessage extends VFileMessage {
  ruleId: string;
  paragraph: string;
  severity: Severity;
  statutory: boolean;
  text: Localised;
  fixText: Localised;
  /** RuleMeta.variant, kept so a reader of the findings knows which wording (e.g. which rubric point) it is. */
  variant?: string;
}

/** Each rule area has a page in docs/rules/, with an anchor per rule. */
const DOCS = 'docs/rules';

function toPoint(place: Place) {
  if (!place) return undefined;
  if ('position' in place) return place.position;
  if ('start' in place) return place;
  return place as { line: number; column: number };
}

export function createReport(raise: ReadonlySet<string> = new Set()): Report {
  return (file: VFile, place: Place, meta: RuleMeta, values?: Values) => {
    const severity: Severity = meta.severity === 'warning' && raise.has(meta.id) ? 'error' : meta.severity;
    const text = ruleText(meta, 'message', values);
    const message = file.message(text.en, { place: toPoint(place) as never, ruleId: meta.id, source: meta.id.split('/')[0] }) as SvdMessage;
    message.fatal = severity === 'error';
    message.url = `${DOCS}/${meta.id.split('/')[0]}.md#${meta.id.replace(/\//g, '-')}`;
    message.severity = severity;
    message.paragraph = meta.paragraph;
    message.statutory = Boolean(meta.statutory);
    message.text = text;
    message.fixText = ruleText(meta, 'fix', values);
    if (meta.variant) message.variant = meta.variant;
  };
}

export function isSvdMessage(message: VFileMessage): message is SvdMessage {
  return typeof (message as SvdMessage).paragraph === 'string';
}
