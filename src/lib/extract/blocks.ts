/**
 * The text of an Office or PDF file as blocks (a paragraph, a page, a
 * footnote, a comment), each with where it is in words a reader can find in
 * Word or a PDF viewer. The scan rules read Markdown documents, so the blocks
 * become one: a line each, blank lines between. Findings on it are then moved
 * back from that text's lines to the block's own number and place.
 */
import type { Localised } from '../engine/types.ts';
import type { SvdMessage } from '../engine/report.ts';

export interface Block {
  text: string;
  /** The paragraph, page or footnote number a finding should show as its line. */
  number: number;
  where: Localised;
}

export const WHERE = {
  paragraph: (n: number): Localised => ({ en: `paragraph ${n}`, cy: `paragraff ${n}` }),
  deleted: (n: number): Localised => ({ en: `text deleted as a tracked change in paragraph ${n}`, cy: `testun a ddilëwyd fel newid wedi'i olrhain ym mharagraff ${n}` }),
  header: (): Localised => ({ en: 'the page header', cy: 'pennyn y dudalen' }),
  footer: (): Localised => ({ en: 'the page footer', cy: 'troedyn y dudalen' }),
  footnote: (n: number): Localised => ({ en: `footnote ${n}`, cy: `troednodyn ${n}` }),
  endnote: (n: number): Localised => ({ en: `endnote ${n}`, cy: `ôl-nodyn ${n}` }),
  comment: (author: string): Localised => ({ en: `a comment${author ? ` by ${author}` : ''}`, cy: `sylw${author ? ` gan ${author}` : ''}` }),
  page: (n: number): Localised => ({ en: `page ${n}`, cy: `tudalen ${n}` }),
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
  message.text = { en: `${message.text.en} (In ${block.where.en}.)`, cy: `${message.text.cy} (Yn ${block.where.cy}.)` };
  message.reason = message.text.en;
}
