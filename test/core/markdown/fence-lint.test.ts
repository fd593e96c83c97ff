// The slips in an opening line, each with its rule, its position, its message and its
// fix, read as the editor meant them; and the lines that are no slip, left alone.
import { describe, expect, it } from 'vitest';
import { lintFences } from '../../../src/core/markdown/fence-lint.ts';
import { parseAnnotations } from '../../../src/core/markdown/annotations.ts';

const FILE = 'content/briefings/x/notes.md';
const lint = (body: string) => lintFences(FILE, body, 5);
const diagnosticsOf = (body: string) =>
  lint(body).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message} | ${d.hint}`);

describe('lintFences: each slip at its line:column, with the fix', () => {
  it('typographic quotes around a value', () => {
    expect(diagnosticsOf(':::quote{by=“nicolas-maduro”}\n> x\n:::')).toEqual([
      '5:13 attribute-curly-quotes The value of by= on :::quote is in typographic quotes (“ ” ‘ ’ « »), which do not delimit a value: they would be read as part of it. | Use straight quotes: by="nicolas-maduro" (a word processor turns them curly as you type; "smart quotes" can be turned off in its settings).',
    ]);
  });

  it('a value of several words without quotes', () => {
    expect(diagnosticsOf(':::note{p=3 id=Tren de Aragua}\n:::')).toEqual([
      '5:13 attribute-unquoted-spaces The value of id= on :::note has spaces but no quotes, so only "Tren" would be its value and "de", "Aragua" would be read as attributes. | Put it in straight quotes: id="Tren de Aragua"',
    ]);
  });

  it('a space before "{" and a space after ":::"', () => {
    expect(diagnosticsOf(':::quote {by=venezuelan-government id=no-longer-exists}\n:::')).toEqual([
      '5:9 directive-fence-space A space between ":::quote" and "{": the braces are then not read as its attributes, and the page would show them as text. | Remove the space: :::quote{by=venezuelan-government id=no-longer-exists}',
    ]);
    expect(diagnosticsOf('::: quote{by=a}\n:::')).toEqual([
      '5:4 directive-fence-space A space between ":::" and "quote": the line is then not read as a block, and the page would show it as text. | Remove the space: :::quote{…}',
    ]);
  });

  it('attributes on the next line, or running onto it', () => {
    expect(diagnosticsOf(':::quote\n{by=nicolas-maduro}\n> x\n:::')).toEqual([
      '6:1 directive-attributes-next-line The attributes of the :::quote on line 5 are on the line below it; a block\'s attributes must be on its opening line, or they are shown as text. | Put them on the same line: :::quote{by="nicolas-maduro"}',
    ]);
    expect(diagnosticsOf(':::quote{by=nicolas-maduro\n  id=x}\n> x\n:::')).toEqual([
      '6:3 directive-attributes-next-line The attributes of the :::quote on line 5 go on past its line; a block\'s attributes must all be on its opening line, or they are shown as text. | Put them on one line: :::quote{by="nicolas-maduro" id="x"}',
    ]);
  });

  it('text after "}", braces not closed, a quote not closed', () => {
    expect(diagnosticsOf(':::quote{by=a} extra\n:::')).toEqual([
      '5:16 directive-fence-unreadable Text after the attributes of :::quote: "extra". The line would not be read as a block. | The opening line ends with "}"; put the note on the lines below it.',
    ]);
    expect(diagnosticsOf(':::quote{by=a\n\n> x\n:::')).toEqual([
      '5:14 directive-fence-unreadable The attributes of :::quote open with "{" but are not closed with "}". | End them with "}": :::quote{by="a"}',
    ]);
    expect(diagnosticsOf(':::quote extra\n:::')).toEqual([
      '5:10 directive-fence-unreadable Text after ":::quote" on its opening line: "extra". The line would not be read as a block. | The opening line holds only the name and the attributes in braces, :::quote{…}; put the note on the lines below it.',
    ]);
  });

  it('records each attribute’s own position, and keeps the line count', () => {
    const { fences, body } = lint(':::quote\n{by=a  p=2}\n> x\n:::');
    expect(body.split('\n')).toHaveLength(4);
    expect(fences.get(1)?.attributes.get('p')).toEqual({ file: FILE, line: 6, column: 8 });
  });
});

describe('lintFences: no slip', () => {
  it.each([
    ':::quote{by=nicolas-maduro}',
    ':::quote{ by=nicolas-maduro  id=x }',
    ':::quote{by = nicolas-maduro}',
    ":::claim{by=a rating=false statement='It is “comprehensive”, he said.'}",
    ':::claim{by=a rating=false statement="He called it “comprehensive” today."}',
    ':::quote',
    '::::event{date="On Friday"}  ',
  ])('%s', (line) => {
    const { diagnostics, body } = lint(`${line}\n> x\n:::`);
    expect(diagnostics).toEqual([]);
    expect(body).toBe(`${line}\n> x\n:::`);
  });

  it('curly quotes inside a straight-quoted value are part of it', () => {
    const { value, diagnostics } = parseAnnotations(
      FILE,
      ':::claim{by=a rating=false statement="He called it “comprehensive” today."}\n> x\n:::\n',
      1,
    );
    expect(diagnostics).toEqual([]);
    expect(value.annotations[0]?.attributes).toMatchObject({
      statement: 'He called it “comprehensive” today.',
    });
  });

  it('fences inside a code block are not read', () => {
    expect(lint('```\n:::quote {by=a}\n```\n').diagnostics).toEqual([]);
  });
});
