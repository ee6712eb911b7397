/**
 * MDX syntax errors in plain words. The parser (micromark's MDX extensions)
 * says `Unexpected character "2" (U+0032) before name`; a comms officer who
 * wrote "young people (<25)" needs to hear that the < sign starts a
 * component, and that "under 25" or `&lt;25` fixes it. Each mistake authors
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

type Variant = Pick<RuleMeta, 'message' | 'fix'>;

const WHY_EN = 'MDX reads < and curly brackets { } as the start of code, not as text, so nothing in this file can be checked or published until this is fixed.';
const WHY_CY = "Mae MDX yn darllen < a chromfachau cyrliog { } fel dechrau cod, nid testun, felly ni ellir gwirio na chyhoeddi dim yn y ffeil hon nes bod hyn wedi'i drwsio.";

export const MDX_MISTAKES = {
  lessThan: {
    message: {
      en: `The < sign before "{next}" on this line is read as the start of a component. ${WHY_EN}`,
      cy: `Mae'r arwydd < o flaen "{next}" ar y llinell hon yn cael ei ddarllen fel dechrau cydran. ${WHY_CY}`,
    },
    fix: {
      en: 'Write it in words ("under 25", "fewer than 10"), or write the sign as &lt; so it shows as <: "(&lt;25)".',
      cy: 'Ysgrifennwch ef mewn geiriau ("o dan 25", "llai na 10"), neu ysgrifennwch yr arwydd fel &lt; fel ei fod yn dangos fel <: "(&lt;25)".',
    },
  },
  comment: {
    message: {
      en: `An HTML comment (<!-- ... -->) starts here. MDX does not allow them. ${WHY_EN}`,
      cy: `Mae sylw HTML (<!-- ... -->) yn dechrau yma. Nid yw MDX yn eu caniatáu. ${WHY_CY}`,
    },
    fix: {
      en: 'Write the note as an MDX comment, which readers never see: {/* your note */}. Or delete it.',
      cy: "Ysgrifennwch y nodyn fel sylw MDX, nad yw darllenwyr byth yn ei weld: {/* eich nodyn */}. Neu dilëwch ef.",
    },
  },
  angleLink: {
    message: {
      en: `A web or email address inside angle brackets (<...>) is read as a component in MDX. ${WHY_EN}`,
      cy: `Mae cyfeiriad gwe neu e-bost rhwng cromfachau onglog (<...>) yn cael ei ddarllen fel cydran yn MDX. ${WHY_CY}`,
    },
    fix: {
      en: 'Remove the angle brackets: write the address on its own (it becomes a link), or as [words for the link](https://example.org).',
      cy: "Tynnwch y cromfachau onglog: ysgrifennwch y cyfeiriad ar ei ben ei hun (daw'n ddolen), neu fel [geiriau'r ddolen](https://example.org).",
    },
  },
  openBrace: {
    message: {
      en: `The curly bracket { on this line is never closed. ${WHY_EN}`,
      cy: `Nid yw'r gromfach gyrliog { ar y llinell hon byth yn cau. ${WHY_CY}`,
    },
    fix: {
      en: 'If the bracket is meant as text, write \\{ instead of {. If it was meant as a note, close it: {/* note */}. Round brackets ( ) need no change.',
      cy: "Os yw'r gromfach i fod yn destun, ysgrifennwch \\{ yn lle {. Os oedd i fod yn nodyn, caewch hi: {/* nodyn */}. Nid oes angen newid cromfachau crwn ( ).",
    },
  },
  expression: {
    message: {
      en: `The words between { and } on this line are read as code, and they are not code. ${WHY_EN}`,
      cy: `Mae'r geiriau rhwng { a } ar y llinell hon yn cael eu darllen fel cod, ac nid cod ydynt. ${WHY_CY}`,
    },
    fix: {
      en: 'If the curly brackets are meant as text, write \\{ and \\} (for example "\\{about £3m\\}"), or use round brackets ( ) instead.',
      cy: 'Os yw\'r cromfachau cyrliog i fod yn destun, ysgrifennwch \\{ a \\} (er enghraifft "\\{tua £3m\\}"), neu defnyddiwch gromfachau crwn ( ) yn lle hynny.',
    },
  },
  unclosed: {
    message: {
      en: `The component <{tag}> that starts here is never closed. ${WHY_EN}`,
      cy: `Nid yw'r gydran <{tag}> sy'n dechrau yma byth yn cau. ${WHY_CY}`,
    },
    fix: {
      en: 'Add </{tag}> where it should end (on a line of its own, after a blank line, if it holds paragraphs), or end the tag with /> if nothing goes inside it: <{tag} ... />.',
      cy: "Ychwanegwch </{tag}> lle dylai orffen (ar linell ei hun, ar ôl llinell wag, os oes paragraffau ynddi), neu gorffennwch y tag â /> os nad oes dim yn mynd y tu mewn iddo: <{tag} ... />.",
    },
  },
  mismatched: {
    message: {
      en: `The closing tag </{found}> does not match the component opened on line {line}, <{expected}>. ${WHY_EN}`,
      cy: `Nid yw'r tag cau </{found}> yn cyfateb i'r gydran a agorwyd ar linell {line}, <{expected}>. ${WHY_CY}`,
    },
    fix: {
      en: 'Check the spelling: change </{found}> to </{expected}>. Component names are case-sensitive.',
      cy: "Gwiriwch y sillafu: newidiwch </{found}> i </{expected}>. Mae enwau cydrannau yn sensitif i lythrennau mawr a bach.",
    },
  },
} satisfies Record<string, Variant>;

export type MdxMistake = keyof typeof MDX_MISTAKES;

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
  const meta: RuleMeta = explained.mistake ? { ...mdxInvalid, ...MDX_MISTAKES[explained.mistake] } : mdxInvalid;
  report(file, { line: explained.line, column: explained.column }, meta, explained.values);
}
