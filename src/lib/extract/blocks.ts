/**
 * The text of an Office or PDF file as blocks (a paragraph, a page, a
 * footnote, a comment), each with where it is in words a reader can find in
 * Word or a PDF viewer. The scan rules read Markdown documents, so the blocks
 * become one: a line each, blank lines between. Findings on it are then moved
 * back from that text's lines to the block's own number and place.
 */
import type { Localised } from '../engine/types.ts';
import { both, t } from '../i18n.ts';
import type { SvdMessage } from '../engine/report.ts';

export interface Block {
  text: string;
  /** The paragraph, page or footnote number a finding should show as its line. */
  number: number;
  where: Localised;
}

/** Places in words: locales/{en,cy}/cli.json "where". */
export const WHERE = {
  paragraph: (n: number): Localised => both('cli:where.paragraph', { n }),
  deleted: (n: number): Localised => both('cli:where.deleted', { n }),
  deletedAnywhere: (): Localised => both('cli:where.deletedAnywhere'),
  header: (): Localised => both('cli:where.header'),
  footer: (): Localised => both('cli:where.footer'),
  footnote: (n: number): Localised => both('cli:where.footnote', { n }),
  endnote: (n: number): Localised => both('cli:where.endnote', { n }),
  comment: (author: string): Localised => (author ? both('cli:where.commentBy', { author }) : both('cli:where.comment')),
  page: (n: number): Localised => both('cli:where.page', { n }),
};

export interface BlockText {
  text: string;
  /** The block on each line of `text` (1-based), undefined on the blank lines. */
  lines: (Block | undefined)[];
}

/** One line per block; Markdown's own syntax in Word text is left as it is (the rules read words, not structure). */
export function blockText(blocks: Block[]): BlockText {
  const kept = blocks.map((b) => ({ ...b, text: b.text.replace(/\s+/g, ' ').trim() })).filter((b) => b.text);
  const lines: (Block | undefined)[] = [undefined];
  for (const block of kept) lines.push(block, undefined);
  return { text: kept.map((b) => b.text).join('\n\n'), lines };
}

/** Move a finding from its line in the block text to its block: line = the block's number, and the place said in words. */
export function relocate(message: SvdMessage, lines: BlockText['lines']): void {
  const block = message.line ? lines[message.line] : undefined;
  if (!block) return;
  message.line = block.number;
  if (message.place && 'line' in message.place) message.place = { ...message.place, line: block.number };
  else if (message.place && 'start' in message.place) message.place = { start: { ...message.place.start, line: block.number }, end: { ...message.place.end, line: block.number } };
  message.text = { en: t('en', 'cli:where.in', { message: message.text.en, where: block.where.en }), cy: t('cy', 'cli:where.in', { message: message.text.cy, where: block.where.cy }) };
  message.reason = message.text.en;
}
