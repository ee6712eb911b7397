/**
 * MDX mistakes authors make, each in the English strategy of the complete
 * fixture (run by the real engine, in memory): exactly one finding, at the
 * character the author typed, in plain words with the exact fix, in English
 * and Welsh, and no follow-on findings (no "There is no English version", no
 * missing sections) because the file could not be read.
 */
import { describe, expect, it } from 'vitest';
import { check, completeFiles, rehash, STRATEGY, summary } from './fixtures/checks/project.ts';

/** Put `text` as a paragraph after the executive summary heading; return the files and that paragraph's line. */
function withParagraph(text: string) {
  const files = completeFiles();
  const lines = files[STRATEGY.en]!.split('\n');
  const at = lines.findIndex((l) => l.endsWith('{#executive-summary}')) + 2;
  lines.splice(at, 0, text, '');
  return { files: rehash({ ...files, [STRATEGY.en]: lines.join('\n') }), line: at + 1 };
}

describe('MDX mistakes in plain words', () => {
  it.each([
    ['(<25) in prose', 'Most victims were young people (<25).', 'The < sign before "25)"', '"under 25"', '&lt;', 33],
    ['<= in prose', 'Ages <=25 were most at risk.', 'The < sign before "=25"', '"under 25"', '&lt;', 6],
    ['an HTML comment', '<!-- check these figures with the analyst -->', 'An HTML comment (<!-- ... -->)', '{/* your note */}', 'Nid yw MDX yn eu caniatáu', 1],
    ['a URL in angle brackets', 'Read the full assessment at <https://example.org/sna>.', 'web or email address inside angle brackets', 'Remove the angle brackets', 'cromfachau onglog', 29],
    ['an email address in angle brackets', 'Write to <svd@example.org>.', 'web or email address inside angle brackets', 'Remove the angle brackets', 'cromfachau onglog', 10],
    ['a stray {', 'We spent {about £3m on youth work.', 'The curly bracket { on this line is never closed', '\\{', 'byth yn cau', 10],
    ['words in { }', 'We spent {about £3m} on youth work.', 'The words between { and } on this line are read as code', '\\{about £3m\\}', 'nid cod ydynt', 10],
  ])('%s', (_name, text, says, fix, welsh, column) => {
    const { files, line } = withParagraph(text);
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:${line} content/mdx error`]);
    const [finding] = analysis.findings;
    expect(finding!.column).toBe(column);
    expect(finding!.message).toContain(says);
    expect(finding!.message).not.toMatch(/U\+|acorn|before name/);
    expect(finding!.fix).toContain(fix);
    const message = analysis.messages[0]!;
    expect(`${message.text.cy} ${message.fixText.cy}`).toContain(welsh);
  });

  it('an unclosed component: points at its opening tag', () => {
    const { files, line } = withParagraph('<Callout>\n\nCall 999 in an emergency.');
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:${line} content/mdx error`]);
    expect(analysis.findings[0]!.message).toContain('The component <Callout> that starts here is never closed.');
    expect(analysis.findings[0]!.fix).toContain('Add </Callout> where it should end');
  });

  it('a misspelt closing tag: names both spellings and the line it opened on', () => {
    const { files, line } = withParagraph('<Callout>\n\nCall 999 in an emergency.\n\n</Calout>');
    const analysis = check(files);
    expect(summary(analysis)).toEqual([`${STRATEGY.en}:${line + 4} content/mdx error`]);
    expect(analysis.findings[0]!.message).toContain(`The closing tag </Calout> does not match the component opened on line ${line}, <Callout>.`);
    expect(analysis.findings[0]!.fix).toContain('change </Calout> to </Callout>');
  });

  it('a < before a space and a lone } are text, not mistakes', () => {
    const { files } = withParagraph('Some said the risk is low < high, and so} on.');
    expect(summary(check(files))).toEqual([]);
  });
});
