/**
 * Waivers: an author accepts a finding on the record. Two forms:
 *
 *   {/* svd-waive redaction/phone: our published switchboard. Approved by J. Jones, Head of VPU *\/}
 *     (an MDX comment; on its own line it covers the next block, inside a
 *     paragraph it covers that paragraph)
 *
 *   waivers:
 *     - rule: redaction/phone
 *       reason: our published switchboard
 *       approvedBy: J. Jones, Head of VPU
 *       match: "029 2018 0123"      # optional: only findings on this text
 *       line: 42                      # optional: only findings on this line
 *
 * A waiver needs a reason and an approver, and statutory rules cannot be
 * waived. Waived findings leave the report but are listed in it and in the
 * submission bundle.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { isSvdMessage, type SvdMessage } from './report.ts';
import type { FindingJson, Project, Report, SvdDocument } from './types.ts';
import { waiverOfStatutoryRule, waiverUnused, waiverWithoutApprover, waiverWithoutReason } from './waiver-rules.ts';

const INLINE = /^\/\*\s*svd-waive\s+([a-z0-9-]+\/[a-z0-9/-]+)\s*(?::\s*([\s\S]*?))?\s*\*\/$/i;
const APPROVER = /\s*(?:approved by|cymeradwywyd gan)\s*:?\s*(.+?)\.?\s*$/i;

interface Waiver {
  rule: string;
  reason: string;
  approvedBy: string;
  via: 'frontmatter' | 'inline';
  /** Lines (inclusive) the waiver covers; undefined covers the whole document. */
  lines?: [number, number];
  match?: string;
  place: { line: number; column: number } | undefined;
  used: boolean;
}

export interface WaivedFinding extends FindingJson {
  reason: string;
  approvedBy: string;
  via: 'frontmatter' | 'inline';
}

function span(node: RootContent | undefined): [number, number] | undefined {
  return node?.position ? [node.position.start.line, node.position.end.line] : undefined;
}

/** The block a waiver comment covers: the next one that is not itself a waiver (several may stack above one paragraph). */
function nextBlock(children: RootContent[], index: number): RootContent | undefined {
  let next = index + 1;
  while (children[next]?.type === 'mdxFlowExpression' && INLINE.test((children[next] as { value: string }).value.trim())) next++;
  return children[next];
}

function inlineWaivers(tree: Root): Waiver[] {
  const found: Waiver[] = [];
  const walk = (parent: { children?: RootContent[] } & { position?: RootContent['position'] }) => {
    const children = parent.children ?? [];
    children.forEach((node, index) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const match = INLINE.exec(node.value.trim());
        if (match) {
          const text = (match[2] ?? '').trim();
          const approver = APPROVER.exec(text);
          const reason = (approver ? text.slice(0, approver.index) : text).replace(/[.\s]+$/, '').trim();
          found.push({
            rule: match[1]!,
            reason,
            approvedBy: approver?.[1]?.trim() ?? '',
            via: 'inline',
            lines: node.type === 'mdxFlowExpression' ? span(nextBlock(children, index)) ?? [0, -1] : span(parent as RootContent),
            place: node.position?.start,
            used: false,
          });
        }
      }
      if ('children' in node) walk(node as never);
    });
  };
  walk(tree);
  return found;
}

function documentWaivers(document: SvdDocument): Waiver[] {
  const frontmatter = (document.data?.waivers ?? []).map(
    (w): Waiver => ({
      rule: w.rule,
      reason: w.reason?.trim() ?? '',
      approvedBy: w.approvedBy?.trim() ?? '',
      via: 'frontmatter',
      lines: w.line ? [w.line, w.line] : undefined,
      match: w.match,
      place: document.tree.children[0]?.position?.start,
      used: false,
    }),
  );
  return [...frontmatter, ...inlineWaivers(document.tree)];
}

function sourceText(file: VFile, message: SvdMessage): string {
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
  if (start === undefined || end === undefined) return '';
  return String(file.value).slice(start, end);
}

function covers(waiver: Waiver, file: VFile, message: SvdMessage): boolean {
  if (waiver.rule !== message.ruleId) return false;
  const line = message.line ?? 0;
  if (waiver.lines && (line < waiver.lines[0] || line > waiver.lines[1])) return false;
  if (waiver.match && !sourceText(file, message).includes(waiver.match) && !message.reason.includes(waiver.match)) return false;
  return true;
}

export function toJson(message: SvdMessage, file: VFile): FindingJson {
  return {
    rule: message.ruleId,
    severity: message.severity,
    file: file.path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    message: message.reason,
    paragraph: message.paragraph,
    fix: message.fixText.en,
    ...(message.variant ? { variant: message.variant } : {}),
  };
}

/** Remove waived findings from each document's messages; report bad and unused waivers. */
export function applyWaivers(project: Project, report: Report, ran: (ruleId: string) => boolean): WaivedFinding[] {
  const waived: WaivedFinding[] = [];
  for (const document of project.documents) {
    const waivers = documentWaivers(document);
    if (waivers.length === 0) continue;
    const { file } = document;
    const kept = [];
    for (const message of file.messages) {
      const waiver = isSvdMessage(message) && !message.statutory ? waivers.find((w) => w.reason && w.approvedBy && covers(w, file, message)) : undefined;
      if (!waiver || !isSvdMessage(message)) {
        kept.push(message);
        continue;
      }
      waiver.used = true;
      waived.push({ ...toJson(message, file), reason: waiver.reason, approvedBy: waiver.approvedBy, via: waiver.via });
    }
    file.messages = kept;
    for (const waiver of waivers) {
      const values = { rule: waiver.rule };
      const statutory = file.messages.some((m) => isSvdMessage(m) && m.statutory && covers(waiver, file, m));
      if (statutory) report(file, waiver.place, waiverOfStatutoryRule, values);
      else if (!waiver.reason) report(file, waiver.place, waiverWithoutReason, values);
      else if (!waiver.approvedBy) report(file, waiver.place, waiverWithoutApprover, values);
      else if (!waiver.used && ran(waiver.rule)) report(file, waiver.place, waiverUnused, values);
    }
  }
  return waived;
}
