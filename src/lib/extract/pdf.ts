/**
 * The text layer of a PDF, page by page, with unpdf (a maintained,
 * dependency-free build of Mozilla's pdf.js for servers). A scanned PDF
 * with no text layer gives no text: the scan says so rather than passing it.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { WHERE, type Block } from './blocks.ts';

export async function pdfBlocks(buffer: Buffer): Promise<Block[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((page, i) => ({ text: page, number: i + 1, where: WHERE.page(i + 1) }));
}
