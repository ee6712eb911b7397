/**
 * A Word version of each document, for recipients who ask for Word (guidance
 * para 121), built from the same parsed tree the checks read: no second
 * parser, no HTML scraping. Headings become Word's own Heading styles (so the
 * navigation pane and screen readers find them), tables become Word tables
 * with a repeating header row, and the language is set for the spell checker
 * and for screen readers.
 */
import { formatFigure, loadFigures, type DeclaredFigure } from '../checks/figures/data.ts';
import type { Heading, List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { t as say, translator } from '../i18n.ts';
import { formatDate } from '../site/dates.ts';
import { named, type BundleContext, type BundleDocument } from './context.ts';
import { zipEntries } from './zip.ts';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const WORD_LANG = { en: 'en-GB', cy: 'cy-GB' } as const;

interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

class Converter {
  /** Each ordered list restarts at 1: a new numbering instance per list. */
  private listInstance = 0;
  private readonly document: BundleDocument;
  /** Declared headline figures, for <Figure id="..." /> (checks/figures/data.ts). */
  private readonly figures: Map<string, DeclaredFigure>;
  constructor(document: BundleDocument, figures: Map<string, DeclaredFigure> = new Map()) {
    this.document = document;
    this.figures = figures;
  }

  private href(url: string): string {
    try {
      return new URL(url, this.document.url).href;
    } catch {
      return url;
    }
  }

  inline(nodes: PhrasingContent[], marks: Marks = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(new TextRun({ text: node.value.replace(/\s*\n\s*/g, ' '), bold: marks.bold, italics: marks.italics, strike: marks.strike }));
          break;
        case 'strong':
          out.push(...this.inline(node.children, { ...marks, bold: true }));
          break;
        case 'emphasis':
          out.push(...this.inline(node.children, { ...marks, italics: true }));
          break;
        case 'delete':
          out.push(...this.inline(node.children, { ...marks, strike: true }));
          break;
        case 'inlineCode':
          out.push(new TextRun({ text: node.value, font: 'Consolas', bold: marks.bold, italics: marks.italics }));
          break;
        case 'break':
          out.push(new TextRun({ text: '', break: 1 }));
          break;
        case 'link':
          out.push(new ExternalHyperlink({ link: this.href(node.url), children: [new TextRun({ text: toString(node), style: 'Hyperlink', bold: marks.bold, italics: marks.italics })] }));
          break;
        case 'image':
          if (node.alt) out.push(new TextRun({ text: `[${node.alt}]`, italics: true }));
          break;
        case 'footnoteReference':
          out.push(new TextRun({ text: `[${node.label ?? node.identifier}]`, superScript: true }));
          break;
        case 'mdxJsxTextElement':
          if (node.name === 'Figure') {
            const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
            const figure = typeof id === 'string' ? this.figures.get(id) : undefined;
            if (figure) out.push(new TextRun({ text: formatFigure(figure, this.document.lang), bold: marks.bold, italics: marks.italics }));
            break;
          }
          out.push(...this.inline(node.children as PhrasingContent[], marks));
          break;
        default:
          // MDX expressions are comments and waivers; JSX text elements keep their words.
          if ('children' in node && Array.isArray(node.children)) out.push(...this.inline(node.children as PhrasingContent[], marks));
      }
    }
    return out;
  }

  heading(node: Heading): Paragraph {
    return new Paragraph({ heading: LEVELS[Math.min(node.depth, 6) - 1], children: this.inline(node.children) });
  }

  list(node: List, level: number): Paragraph[] {
    const instance = node.ordered ? ++this.listInstance : 0;
    const out: Paragraph[] = [];
    for (const item of node.children) {
      let first = true;
      for (const child of item.children) {
        if (child.type === 'list') {
          out.push(...this.list(child, level + 1));
          continue;
        }
        const children = child.type === 'paragraph' ? this.inline(child.children) : [new TextRun(toString(child))];
        const marker = node.ordered ? { numbering: { reference: 'ordered', level, instance } } : { bullet: { level } };
        out.push(new Paragraph(first ? { children, ...marker } : { children, indent: { left: 720 * (level + 1) } }));
        first = false;
      }
    }
    return out;
  }

  table(node: MdTable): Table {
    const align = node.align ?? [];
    const rows = node.children.map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: row.children.map(
            (cell, column) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: align[column] === 'right' ? AlignmentType.RIGHT : align[column] === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
                    children: this.inline(cell.children, { bold: index === 0 }),
                  }),
                ],
              }),
          ),
        }),
    );
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  }

  blocks(nodes: RootContent[], quote = false): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          out.push(this.heading(node));
          break;
        case 'paragraph':
          out.push(new Paragraph({ children: this.inline(node.children), ...(quote ? { indent: { left: 720 } } : {}) }));
          break;
        case 'list':
          out.push(...this.list(node, 0));
          break;
        case 'table':
          out.push(this.table(node), new Paragraph({ children: [] }));
          break;
        case 'blockquote':
          out.push(...this.blocks(node.children, true));
          break;
        case 'code':
          for (const line of node.value.split('\n')) out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
          break;
        case 'thematicBreak':
          out.push(new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: 'B1B4B6', space: 1 } } }));
          break;
        case 'footnoteDefinition':
          out.push(new Paragraph({ children: [new TextRun({ text: `[${node.label ?? node.identifier}]`, superScript: true })] }), ...this.blocks(node.children));
          break;
        case 'mdxJsxFlowElement': {
          // <Chart title description> wraps its table: keep the words the picture carried.
          const text = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string')?.value as string | undefined;
          const title = text('title');
          const description = text('description');
          if (title) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: title, bold: true })] }));
          if (description) out.push(new Paragraph({ keepNext: true, children: [new TextRun(description)] }));
          out.push(...this.blocks(node.children as RootContent[], quote));
          break;
        }
        case 'yaml':
        case 'definition':
        case 'html':
          break;
        default:
          // MDX: expressions (comments, waivers) and imports have no words; components keep their content.
          if ('children' in node && Array.isArray(node.children)) out.push(...this.blocks(node.children as RootContent[], quote));
      }
    }
    return out;
  }
}

function intro(document: BundleDocument, context: BundleContext): Paragraph[] {
  const t = translator(document.lang);
  const data = document.source.data!;
  const dates: [string, string][] = [[t('dates.published'), formatDate(data.published, document.lang)]];
  if (data.lastReviewed) dates.push([t('dates.lastReviewed'), formatDate(data.lastReviewed, document.lang)]);
  if (data.nextReview) dates.push([t('dates.nextReview'), formatDate(data.nextReview, document.lang)]);
  if (data.version) dates.push([t('dates.version'), data.version]);
  const [before, after] = say(document.lang, 'bundle:pdf.source', { url: '{url}' }).split('{url}');
  return [
    new Paragraph({ children: [new TextRun(before ?? ''), new ExternalHyperlink({ link: document.url, children: [new TextRun({ text: document.url, style: 'Hyperlink' })] }), new TextRun(after ?? '')] }),
    new Paragraph({ children: [new TextRun({ text: named(context.site.partnership.name, document.lang), bold: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(document.title)] }),
    new Paragraph({ children: [new TextRun(document.summary)] }),
    ...dates.map(([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })),
  ];
}

function footer(document: BundleDocument): Footer {
  const [before, middle] = say(document.lang, 'bundle:pdf.page', { page: '{page}', pages: '{pages}' }).split('{page}');
  const [between, after] = (middle ?? '').split('{pages}');
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after ?? ''] })] })] });
}

/**
 * docx names hyperlink relationships with Math.random and stamps the core
 * properties with the clock; both would make every build differ. Its
 * compiler runs synchronously, so a seeded generator stands in for exactly
 * that long, and the dates are set to the bundle's fixed time.
 */
function seeded<T>(seed: string, body: () => T): T {
  let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
  const original = Math.random;
  Math.random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  try {
    return body();
  } finally {
    Math.random = original;
  }
}

export async function writeDocx(document: BundleDocument, context: BundleContext): Promise<{ file: string; bytes: Buffer }> {
  const lang = document.lang;
  const tree: Root = document.source.tree;
  const files = seeded(document.url, () => {
    const converter = new Converter(document, loadFigures(context.root).figures);
    const doc = new Document({
      title: document.title,
      subject: document.summary,
      description: document.summary,
      creator: named(context.site.partnership.name, lang),
      lastModifiedBy: named(context.site.partnership.name, lang),
      keywords: lang === 'cy' ? 'Dyletswydd Trais Difrifol' : 'Serious Violence Duty',
      styles: { default: { document: { run: { font: 'Arial', size: 24, language: { value: WORD_LANG[lang] } } } } },
      numbering: {
        config: [
          {
            reference: 'ordered',
            levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })),
          },
        ],
      },
      sections: [{ footers: { default: footer(document) }, children: [...intro(document, context), ...converter.blocks(tree.children)] }],
    });
    const compiler = (Packer as unknown as { compiler: { compile(file: unknown, prettify?: unknown): Map<string, string | Uint8Array> } }).compiler;
    return compiler.compile(doc);
  });
  const stamp = context.time.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Word reads parts in any order; some other readers want the content types first.
  const ordered = [...files].sort(([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const entries = ordered.map(([name, data]) => ({
    name,
    data: name === 'docProps/core.xml' && typeof data === 'string' ? data.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`) : data,
  }));
  return { file: `${document.baseName}.docx`, bytes: await zipEntries(entries, context.time.date) };
}
