/**
 * MDX syntax errors in plain words. The parser (micromark's MDX extensions,
 * which content/parse.ts asks about a file satteri could not parse) says
 * `Unexpected character "2" (U+0032) before name`; a comms officer who wrote
 * "young people (<25)" needs to hear that the < sign starts a component, and
 * that "under 25" or `&lt;25` fixes it. Each mistake authors
 * make is recognised from the parser's rule id and reason, and the place is
 * moved to the character the author wrote (the `<` or `{`, not the one after).
 *
 * All variants keep the rule id content/mdx: one rule, "this file cannot be
 * read", with the explanation that fits the mistake.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { mdxInvalid } from '../engine/input-rules.ts';
import type { Report, RuleMeta, Values } from '../engine/types.ts';

/** The mistakes with their own wording: variants of content/mdx in locales/{en,cy}/rules/content.json. */
export const MDX_MISTAKES = ['lessThan', 'comment', 'angleLink', 'openBrace', 'expression', 'unclosed', 'mismatched'] as const;

export type MdxMistake = (typeof MDX_MISTAKES)[number];

export interface Explained {
  mistake: MdxMistake | undefined;
  line: number;
  column: number;
  values: Values;
}

function pointOf(error: VFileMessage): { line: number; column: number } | undefined {
  const place = error.place as { line?: number; column?: number; start?: { line: number; column: number } } | undefined;
  if (place?.start) return place.start;
  if (place?.line) return { line: place.line, column: place.column ?? 1 };
  return undefined;
}

/** Which mistake the parser's error is, and where the author made it. */
export function explainMdxError(error: VFileMessage, source: string): Explained {
  const lines = source.split('\n');
  const reason = error.reason;
  const tagAt = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const point = pointOf(error) ?? (tagAt ? { line: Number(tagAt[1]), column: Number(tagAt[2]) } : { line: 1, column: 1 });
  const text = lines[point.line - 1] ?? '';
  // The JSX errors point after the `<`; find the `<` the author typed.
  const lt = text.lastIndexOf('<', point.column - 1);
  const atLt = lt >= 0 ? { line: point.line, column: lt + 1 } : point;
  const place = (p: { line: number; column: number }, mistake: MdxMistake, values: Values = {}): Explained => ({ mistake, ...p, values });

  if (error.source === 'micromark-extension-mdx-jsx') {
    if (/note: to create a comment/.test(reason)) return place(atLt, 'comment');
    if (/note: to create a link/.test(reason)) return place(atLt, 'angleLink');
    if (/before name/.test(reason)) return place(atLt, 'lessThan', { next: text.slice(lt + 1, lt + 4).trim() || ' ' });
  }
  if (error.source === 'micromark-extension-mdx-expression') {
    if (error.ruleId === 'unexpected-eof') {
      // The parser reports the end of the file; the author's `{` is the last unclosed one before it.
      for (let i = lines.length - 1; i >= 0; i -= 1) {
        const col = lines[i]!.lastIndexOf('{');
        if (col >= 0 && !lines[i]!.slice(col).includes('}')) return place({ line: i + 1, column: col + 1 }, 'openBrace');
      }
      return place(point, 'openBrace');
    }
    const open = text.lastIndexOf('{', point.column - 1);
    return place(open >= 0 ? { line: point.line, column: open + 1 } : point, 'expression');
  }
  if (error.source === 'mdast-util-mdx-jsx') {
    const mismatch = /Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>` \((\d+):/.exec(reason);
    if (mismatch) return place(point, 'mismatched', { found: mismatch[1]!, expected: mismatch[2]!, line: mismatch[3]! });
    const unclosed = /Expected a closing tag for `<([^`>]*)>`/.exec(reason);
    if (unclosed && tagAt) return place({ line: Number(tagAt[1]), column: Number(tagAt[2]) }, 'unclosed', { tag: unclosed[1]! });
  }
  return { mistake: undefined, ...point, values: { detail: reason } };
}

/** The one finding for a file MDX cannot parse. */
export function reportMdxError(report: Report, file: VFile, error: VFileMessage): void {
  const explained = explainMdxError(error, String(file.value));
  const meta: RuleMeta = explained.mistake ? { ...mdxInvalid, variant: explained.mistake } : mdxInvalid;
  report(file, { line: explained.line, column: explained.column }, meta, explained.values);
}
