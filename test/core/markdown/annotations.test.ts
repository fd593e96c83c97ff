import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { parseAnnotations, parseBody } from '../../../src/core/markdown/annotations.ts';
import { parseFences } from '../../../src/core/markdown/directive-fences.ts';
import { parsePlain } from '../../../src/core/markdown/plain-blocks.ts';
import { splitFrontmatter } from '../../../src/core/markdown/frontmatter.ts';
import type { Diagnostic } from '../../../src/core/diagnostics.ts';
import { BRIEFING, EVENTS, lineOf, seedText } from '../../helpers/seed-fixture.ts';
import { seededRandom } from '../../helpers/random.ts';

const FILE = 'content/briefings/x/notes.md';
const parse = (body: string, bodyLine = 1) => parseAnnotations(FILE, body, bodyLine);
const diagnosticsOf = (body: string) => parse(body).diagnostics;
const only = (diagnostics: Diagnostic[]): Diagnostic => {
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  if (!d) throw new Error('no diagnostic');
  return d;
};

describe('parseAnnotations on the seed briefing.md', () => {
  const text = seedText(BRIEFING);
  const split = splitFrontmatter(text);
  const { value, diagnostics } = parseAnnotations(BRIEFING, split.body, split.bodyLine);

  it('finds five quotes and four actor notes, without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(value.annotations.map((a) => a.directive)).toEqual([
      'quote',
      'quote',
      'quote',
      'quote',
      'quote',
      'actor',
      'actor',
      'actor',
      'actor',
    ]);
  });

  it('reads the attributes', () => {
    expect(value.annotations.map((a) => a.attributes)).toEqual([
      { by: 'nicolas-maduro', id: 'success-at-the-service' },
      { by: 'nicolas-maduro', id: 'comprehensive' },
      { by: 'nicolas-maduro', id: 'scientific' },
      { by: 'nicolas-maduro', id: 'defeated-and-disappeared' },
      { by: 'venezuelan-government', id: 'no-longer-exists' },
      { ref: 'nicolas-maduro' },
      { ref: 'tren-de-aragua' },
      { ref: 'united-states' },
      { ref: 'europa-press' },
    ]);
  });

  it('places each directive and its blockquote at their file lines', () => {
    const [first, second] = value.annotations;
    expect(first?.at).toEqual({
      file: BRIEFING,
      line: lineOf(text, ':::quote{by=nicolas-maduro id=success-at-the-service}'),
      column: 1,
    });
    expect(first?.wordsAt).toEqual({
      file: BRIEFING,
      line: lineOf(text, '> It is a success'),
      column: 1,
    });
    expect(second?.wordsAt?.line).toBe(lineOf(text, '> “comprehensive”'));
  });

  it('keeps the blockquoted words with their line breaks, and the note apart', () => {
    const [first, second] = value.annotations;
    expect(first?.words).toBe(
      'It is a success that we place at the service of combating criminal gangs,\ninternational crime and drug trafficking… and continuing the victory through\nthe path of law, justice and peace.',
    );
    expect(first?.noteText).toBe('Maduro pitches the police model as something to export.');
    expect(first?.noteHtml).toBe('<p>Maduro pitches the police model as something to export.</p>');
    expect(second?.words).toBe('“comprehensive”');
  });

  it('gives an annotation without a note an empty note', () => {
    const scientific = value.annotations[2];
    expect(scientific?.noteHtml).toBe('');
    expect(scientific?.noteText).toBe('');
  });

  it('renders the prose outside directives as the introduction', () => {
    expect(
      value.proseHtml.startsWith(
        "<p>Europa Press reports a speech in which Nicolás Maduro offers Venezuela's police\nsystem",
      ),
    ).toBe(true);
    expect(value.proseAt).toEqual({
      file: BRIEFING,
      line: lineOf(text, 'Europa Press reports'),
      column: 1,
    });
  });
});

describe('parseAnnotations on the seed events.md', () => {
  const text = seedText(EVENTS);
  const { value, diagnostics } = parseAnnotations(EVENTS, text, 1);

  it('finds five events with their dates and actors, and no prose', () => {
    expect(diagnostics).toEqual([]);
    expect(
      value.annotations.map((a) =>
        a.directive === 'event' ? [a.attributes.date, a.attributes.actors] : a.directive,
      ),
    ).toEqual([
      ['On Friday', 'nicolas-maduro'],
      ['last month', 'united-states tren-de-aragua'],
      ['last month', 'united-states tren-de-aragua'],
      ['../2025-12-06', 'united-states'],
      ['../2025-12-06', 'united-states venezuela'],
    ]);
    expect(value.proseAt).toBeUndefined();
    expect(value.proseHtml).toBe('');
  });
});

describe('parseAnnotations: positions', () => {
  it('offsets lines by the body’s first line in the file', () => {
    const { value } = parse('\n:::quote{by=a}\n> words\n:::\n', 6);
    expect(value.annotations[0]?.at).toEqual({ file: FILE, line: 7, column: 1 });
    expect(value.annotations[0]?.wordsAt).toEqual({ file: FILE, line: 8, column: 1 });
  });
});

describe('parseAnnotations: mistakes, each with its rule and exact wording', () => {
  it('directive-unknown: a misspelt directive, with did-you-mean', () => {
    expect(
      only(diagnosticsOf('Intro.\n\n:::quot{by=nicolas-maduro}\n> comprehensive\n:::\n')),
    ).toEqual({
      file: FILE,
      line: 3,
      column: 1,
      rule: 'directive-unknown',
      severity: 'error',
      message: 'Unknown directive ":::quot".',
      hint: 'Did you mean ":::quote"? Known: :::quote, :::event, :::claim, :::actor, :::note.',
    });
  });

  it('directive-unknown: no guess when nothing is close', () => {
    expect(only(diagnosticsOf(':::sidebar\ntext\n:::\n'))).toMatchObject({
      rule: 'directive-unknown',
      message: 'Unknown directive ":::sidebar".',
      hint: 'Known: :::quote, :::event, :::claim, :::actor, :::note.',
    });
  });

  it('directive-unknown: a stray text directive in prose, at its column', () => {
    expect(only(diagnosticsOf('Ratio 3:1 is fine but :abbr is not.\n'))).toEqual({
      file: FILE,
      line: 1,
      column: 23,
      rule: 'directive-unknown',
      severity: 'error',
      message: 'Unexpected directive ":abbr" here.',
      hint: 'Annotations are top-level ":::quote", ":::event", ":::actor" or ":::note" blocks; to write a literal colon before a word, escape it as "\\:".',
    });
  });

  it('directive-not-container: a one-line ::quote', () => {
    expect(only(diagnosticsOf('::quote{by=nicolas-maduro}\n'))).toMatchObject({
      rule: 'directive-not-container',
      line: 1,
      column: 1,
      message: '"::quote" is a one-line directive; annotations are blocks.',
      hint: 'Write ":::quote{…}" on its own line, the content, then ":::" to close it.',
    });
  });

  it('directive-two-blockquotes: at the second blockquote; the first still counts', () => {
    const { value, diagnostics } = parse(':::quote{by=a}\n> one\n\n> two\n:::\n');
    expect(only(diagnostics)).toMatchObject({
      rule: 'directive-two-blockquotes',
      line: 4,
      column: 1,
      message: 'This :::quote has 2 blockquotes; one annotation anchors one passage.',
      hint: 'Keep one "> …" blockquote per annotation, or split it into several annotations.',
    });
    expect(value.annotations[0]?.words).toBe('one');
  });

  it('attribute-unknown: with did-you-mean and the attributes the directive takes; the annotation is dropped', () => {
    const { value, diagnostics } = parse(
      ':::quote{by=nicolas-maduro prefx="the"}\n> comprehensive\n:::\n',
    );
    expect(only(diagnostics)).toEqual({
      file: FILE,
      line: 1,
      column: 28,
      rule: 'attribute-unknown',
      severity: 'error',
      message: 'Unknown attribute "prefx" on :::quote.',
      hint: 'Did you mean "prefix"? :::quote takes by, id, source, p, prefix, suffix.',
    });
    expect(value.annotations).toEqual([]);
  });

  it('attribute-unknown and attribute-missing together: a misspelt required attribute', () => {
    expect(
      diagnosticsOf(':::event{dat="On Friday"}\n> x\n:::\n').map((d) => [
        d.rule,
        d.message,
        d.hint,
      ]),
    ).toEqual([
      [
        'attribute-unknown',
        'Unknown attribute "dat" on :::event.',
        'Did you mean "date"? :::event takes date, actors, id, cite, source, p, prefix, suffix.',
      ],
      [
        'attribute-missing',
        ':::event needs the attribute "date": type it just after the "{".',
        'For example: :::event{date="On Friday"}',
      ],
    ]);
  });

  it('attribute-unknown: no guess when nothing is close', () => {
    expect(only(diagnosticsOf(':::actor{ref=venezuela colour=red}\n:::\n')).hint).toBe(
      ':::actor takes ref.',
    );
  });

  it('attribute-missing: :::quote without by', () => {
    expect(only(diagnosticsOf(':::quote\n> comprehensive\n:::\n'))).toMatchObject({
      rule: 'attribute-missing',
      message: ':::quote needs the attribute "by": type it in braces right after ":::quote".',
      hint: 'For example: :::quote{by=nicolas-maduro}',
      line: 1,
      column: 9,
    });
  });

  it('attribute-missing points where the attribute is typed: just inside the "{"', () => {
    expect(
      only(diagnosticsOf('Intro.\n\n:::quote{id=listen p=2}\n> comprehensive\n:::\n')),
    ).toMatchObject({
      rule: 'attribute-missing',
      message: ':::quote needs the attribute "by": type it just after the "{".',
      hint: 'For example: :::quote{by=nicolas-maduro id=listen p=2}',
      line: 3,
      column: 10,
    });
    // Attributes slipped onto the next line: the place is inside the braces there.
    const slipped = diagnosticsOf(':::quote\n{id=listen}\n> comprehensive\n:::\n');
    expect(slipped.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['directive-attributes-next-line', 2, 1],
      ['attribute-missing', 2, 2],
    ]);
  });

  it.each([
    [
      ':::quote{by=Nicolas}',
      'Attribute by="Nicolas" on :::quote must be lowercase kebab-case like tren-de-aragua.',
      'Example: by=nicolas-maduro.',
      10,
    ],
    [
      ':::quote{by=a p=0}',
      'Attribute p="0" on :::quote must be a ¶ number from 1.',
      'Example: p=3.',
      15,
    ],
    [
      ':::quote{by=a p=two}',
      'Attribute p="two" on :::quote must be a whole ¶ number like 3.',
      'Example: p=3.',
      15,
    ],
    [
      ':::quote{by=a p=2.5}',
      'Attribute p="2.5" on :::quote must be a whole ¶ number like 3.',
      'Example: p=3.',
      15,
    ],
    [
      ':::quote{by=a prefix=""}',
      'Attribute prefix="" on :::quote must not be empty.',
      'Example: prefix="the words before".',
      15,
    ],
    [
      ':::event{date="On Friday" cite="ftp://example.com/x"}',
      'Attribute cite="ftp://example.com/x" on :::event must be a full http(s) URL.',
      'Example: cite="https://example.com/report".',
      27,
    ],
    [
      ':::event{date=""}',
      'Attribute date="" on :::event must not be empty.',
      'Example: date="On Friday" or date=2025-12-05.',
      10,
    ],
  ])('attribute-invalid: %s, at the attribute', (open, message, hint, column) => {
    expect(only(diagnosticsOf(`${open}\n> x\n:::\n`))).toMatchObject({
      rule: 'attribute-invalid',
      line: 1,
      column,
      message,
      hint,
    });
  });

  it('reports every mistake in one file in one pass', () => {
    const body = [
      ':::quot{by=a}',
      ':::',
      '',
      ':::quote{by=a pp=1}',
      '> x',
      ':::',
      '',
      ':::event',
      '> x',
      ':::',
      '',
    ].join('\n');
    expect(diagnosticsOf(body).map((d) => [d.rule, d.line])).toEqual([
      ['directive-unknown', 1],
      ['attribute-unknown', 4],
      ['attribute-missing', 8],
    ]);
  });
});

describe('parseAnnotations: a colon after a letter or digit is punctuation', () => {
  it('keeps "10:30", "3:1" and "example.com:8080" as text in prose, notes and blockquotes', () => {
    const body =
      'At 10:30 the ratio was 3:1 (see example.com:8080).\n\n:::quote{by=a}\n> met at 10:30 sharp\n\nThe vote was 3:1.\n:::\n';
    const { value, diagnostics } = parse(body);
    expect(diagnostics).toEqual([]);
    expect(value.proseHtml).toBe('<p>At 10:30 the ratio was 3:1 (see example.com:8080).</p>');
    expect(value.annotations[0]?.words).toBe('met at 10:30 sharp');
    expect(value.annotations[0]?.noteText).toBe('The vote was 3:1.');
  });
});

describe('parseAnnotations: note HTML is sanitised', () => {
  it('keeps markdown emphasis and shows raw HTML as inert text', () => {
    const { value } = parse(':::note{p=2}\nA **note** with <script>alert(1)</script>.\n:::\n');
    expect(value.annotations[0]?.noteHtml).toBe(
      '<p>A <strong>note</strong> with &#x3C;script>alert(1)&#x3C;/script>.</p>',
    );
  });
});

describe('parseBody', () => {
  // The real parser, whole: what parseBody must give exactly, positions included.
  const whole = (body: string) => unified().use(remarkParse).use(remarkDirective).parse(body);
  const bodies = [
    // The usual shape, which takes the fast path.
    ':::quote{by=a id=b}\n> Words said:yes at 10:30,\n> more words\n\nA note with *emphasis* and [a link](https://e.org).\n:::\n\n:::event{date="On Friday" actors="a b"}\n> evidence\nlazy line\n:::\n',
    'Intro prose\nwith two lines.\n\n:::note{p=2}\n\n\n   > indented quote\n>> nested\n> > nested again\n:::\n:::quote{by=a}\n:::\ntrailing prose',
    ':::quote{by=a}\n> é 😀 “quoted” … :abbr[x]{y=z} \\: <b> &amp;\nWord  \nhard break\\\nend\n:::',
    // Brackets in blocks, with prose around that has brackets but no definition.
    'See [x] and [y][x].\n\n:::quote{by=a}\n> he said […] that [x] and [y][x], [x][] [[x]]\n> and [...]\n:::\n\n[x] : not a definition\n[x]\n: nor this\n',
    // Shapes it leaves to the whole parse: lists, code, HTML, headings, definitions, tabs, CRLF, labels, nesting, unclosed.
    ':::quote{by=a}\n> q\n\n- a list\n- item\n:::\n',
    ':::quote{by=a}\n> q\n```\n:::\n```\n:::\n',
    ':::note\n<div>\n\ntext\n:::\n',
    ':::note\n# heading\ntext\n===\n:::\n',
    ':::note\n[x]: https://e.org\n\n[x]\n:::\n',
    ':::note\n\ttab\n:::\n',
    ':::note\r\n> q\r\n:::\r\n',
    ':::quote[label]{by=a}\n> q\n:::\n',
    ':::quote{by=a}\n> q\n:::event{date=2025}\n> e\n:::\n',
    ':::quote{by=a}\n> q\n',
    '::::quote{by=a}\n> q\n:::\n::::\n',
    '  :::quote{by=a}\n  > q\n  :::\n',
    '- item\n:::quote{by=a}\n> q\n:::\n',
    '```\n:::quote{by=a}\n> q\n:::\n```\n',
    ':::quote{by=a}{bad}\n> q\n:::\n',
    ':::quote{by="unclosed}\n> q\n:::\n',
    '',
    'prose only',
  ];

  it('gives exactly the tree of the whole parse', () => {
    for (const body of bodies)
      expect(parseBody(body), JSON.stringify(body)).toStrictEqual(whole(body));
  });

  it('gives exactly the tree of the whole parse for every annotation file in the content and the fixtures', () => {
    const files = [...walk('content/briefings'), ...walk('test/fixtures')].filter(
      (f) => f.endsWith('.md') && !f.endsWith('/source.md') && !f.includes('/actors/'),
    );
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const { body } = splitFrontmatter(readFileSync(file, 'utf8'));
      expect(parseBody(body), file).toStrictEqual(whole(body));
    }
  });

  // Block contents parsePlain builds itself: paragraphs and blockquotes of plain words.
  const plain = [
    '',
    '\n\n',
    'word',
    'word\n',
    '> proposed signing collaboration accords on citizen security with his\n> neighbouring countries\n\nBarada proposes accords and offers “the police system” … to the region.\n',
    '> no space after the marker\n>and none here',
    '   > three spaces before\n  > two\n >one\n\n',
    '>    three spaces after the marker space\n>          and many on a continuation line',
    '   indented by three\n          continuation indented by ten\n\n  ',
    'paragraph one\n\n   \n\nparagraph two\n\n> quote one\n\n> quote two\n',
    'é 😀 (p) {b} "q" it\'s 10.30 a-b #1 = + - e.org/a?b=1%\u00a0\nline\u00a0',
    '\n\n> a quote after blank lines, ending the text',
    // Brackets: without "](" or a definition, text.
    '> he said […] that the region [...] would follow',
    'a [x][] b [x][y] c [[x]] d [] e ][ f [^1] g [x]{y} h [ x ]',
    'a reference at the end [x]\n\n> and in a quote [y][]',
    'a [x]\n(y) on the next line\n\nand [x] (y) after a space',
    'brackets [across\nlines] and [x\n]\n   ] b\n\n> quoted [across\n> lines]',
    'unbalanced [ and ] and ]] and [[',
    // A colon with a space after it: no directive can start there.
    'disputes: the designation\nand: more\n\n> quoted: too',
  ];
  // Each of what parsePlain leaves to micromark, with the reason.
  const notPlain = {
    backslash: 'a \\: b',
    backtick: 'a `code`',
    asterisk: 'a *b*',
    underscore: 'snake_case',
    link: 'a [link](x)',
    'link with an empty destination': 'a [x]() b',
    'link split by a line end after "("': 'a [x](\ny)',
    '"](" without "["': 'a ](b',
    '"[" starting a line': '[x] b',
    '"[" starting a continuation line': 'a\n[x] b',
    '"[" starting a quoted line': '> [x] b',
    '"[" after the indent': '   [x] b\n\n>    […] b',
    image: 'a ![x](y)',
    'brackets and a colon (definition-like)': 'a [x]: y',
    'brackets and a backslash': 'a \\[x] b',
    'brackets and a backtick': 'a [`x`] b',
    'brackets and an asterisk': 'a [*x*] b',
    'brackets and an underscore': 'a [x]_y_ b',
    'brackets and an angle bracket': 'a [<b>] b',
    'brackets and an ampersand': 'a [&#93;] b',
    'brackets and a text directive': 'a :x[y] b',
    bang: 'wow!',
    angle: 'a <b> c',
    'angle in a quote': '> a > b',
    ampersand: 'AT&amp;T',
    colon: 'at 10:30',
    'colon at the end of a line': 'a:\nb',
    'two colons': 'a :: b',
    'colon before a name': 'a :x b',
    tilde: 'about ~5',
    pipe: 'a | b',
    tab: 'a\tb',
    'control character': 'a\u000bb',
    'byte order mark': '\uFEFFa',
    'trailing space (hard break)': 'a  \nb',
    'trailing space (trimmed)': 'a \nb',
    'list item': 'a\n- b',
    'ordered list item': '1. a',
    'ordered list item with a parenthesis': '1) a',
    heading: '# a',
    'setext underline': 'a\n===',
    'setext underline with dashes': 'a\n---',
    plus: '+ a',
    'indented code': '    code',
    'indented code in a blockquote': '>     code',
    'four spaces before ">"': '    > q',
    '">" alone': '> a\n>\n> b',
    '"> " alone': '> a\n> \n',
    'nested blockquote': '>> a',
    'lazy continuation line': '> a\nlazy',
    'paragraph interrupted by a blockquote': 'a\n> b',
  };

  it('builds the tree of the whole parse for plain block contents', () => {
    for (const text of plain)
      expect(parsePlain(text.split('\n')), JSON.stringify(text)).toStrictEqual(whole(text));
  });

  it('leaves everything else to micromark, which parseBody then runs', () => {
    for (const [reason, text] of Object.entries(notPlain)) {
      expect(parsePlain(text.split('\n')), reason).toBeUndefined();
      const body = `:::quote{by=a}\n${text}\n:::\n\n:::note\nplain\n:::\n`;
      expect(parseBody(body), reason).toStrictEqual(whole(body));
    }
  });

  it('parses whole a body with a definition, which makes links of brackets inside the blocks too', () => {
    const withDefinition = [
      '[x]: https://e.org\n\n:::quote{by=a}\n> he said [x] and [y][x] and [x][]\n:::\n',
      ':::quote{by=a}\n> he said [x]\n:::\n\n:::note\n[x]: /a\n:::\n',
      ':::quote{by=a}\n> he said […] that\n:::\n\n[…]: /elided "title"\n',
      '> [y]:\n> /b\n\n:::quote{by=a}\n> [x][y]\n:::\n',
    ];
    for (const body of withDefinition) {
      const tree = whole(body);
      const block = tree.children.find((n) => n.type === 'containerDirective');
      expect(JSON.stringify(block), body).toContain('"linkReference"');
      expect(parseBody(body), body).toStrictEqual(tree);
    }
  });

  // Outer texts parseFences builds itself: fence pairs of the accepted kind, blank lines, plain prose.
  const fences = [
    ':::quote\n:::',
    ':::quote{}\n:::',
    ':::quote{by=a id=b}\n:::\n',
    ':::event{date="On Friday" actors="a b" p=3}   \n:::   \n\n',
    ":::note{a='single' b=\"it's\" c='say \"x\"'}\n:::",
    ':::quote{ by=a  id=b }\n:::',
    ':::quote{a b c="" d=\'\'}\n:::',
    ':::quote{cite=https://e.org/a?b#c%20d date=2025-12-05 x=é😀 y="é 😀 “q” <b> {b} }= `x`\u00a0"}\n:::',
    ':::quote{constructor=x toString=y A-b_c=z}\n:::',
    ':::x-y{a=1}\n:::\n:::a_b\n:::\n:::q1\n:::',
    '\n   \n:::quote{by=a}\n:::\n\n  ',
    'Introduction: prose\nover two lines.\n\n:::quote{by=a}\n:::\n\nMore [x] prose.\n:::note\n:::\nand after\n\n> a quote\n> over lines\n:::note\n:::\n> after',
  ];
  // Each of what parseFences leaves to micromark, with the reason.
  const notFences = {
    'id shortcut': ':::quote{#a}',
    'class shortcut': ':::quote{.a .b}',
    'repeated name': ':::quote{a=1 a=2}',
    'repeated class': ':::quote{class=a class=b}',
    'space before "="': ':::quote{a =1}',
    'space after "="': ':::quote{a= 1}',
    'character reference': ':::quote{a="&amp;"}',
    'character reference, bare': ':::quote{a=&quot;}',
    'ampersand alone': ':::quote{a="AT&T"}',
    'backslash in quotes': ':::quote{a="\\x"}',
    'backslash bare': ':::quote{a=\\x}',
    'quote in a bare value': ':::quote{a=x"y}',
    'angle bracket in a bare value': ':::quote{a=<b>}',
    'brace in a bare value': ':::quote{a={b}}',
    'no-break space in a bare value': ':::quote{a=x\u00a0y}',
    'nothing between a quoted value and the next': ':::quote{a="x"b=1}',
    'unclosed quote': ':::quote{a="x}',
    'unclosed braces': ':::quote{a=1',
    'text after the braces': ':::quote{a=1}x',
    'two pairs of braces': ':::quote{a=1}{b=2}',
    'dot in a name': ':::quote{a.b=1}',
    'colon in a name': ':::quote{a:b=1}',
    'name starting with a digit': ':::quote{2=x}',
    'name starting with "_"': ':::quote{__proto__=x}',
    'name starting with "-"': ':::quote{-a=x}',
    'directive name ending with "-"': ':::quote-{a=1}',
    'directive name with a dot': ':::quote.x',
    label: ':::quote[label]{a=1}',
    'four colons': '::::quote{a=1}',
    'indented fence': ' :::quote{a=1}',
  };
  const notFenceShapes = {
    'opening without a closing fence': ':::quote\n\n:::',
    'opening at the end': ':::quote',
    'closing fence alone': ':::\n:::quote\n:::',
    'prose that is not plain': ':::quote\n:::\n\n- a list',
    'prose with a text directive': 'at 10:30\n:::quote\n:::',
  };

  it('builds the tree of the whole parse for fence pairs and plain prose', () => {
    for (const text of fences)
      expect(parseFences(text.split('\n')), JSON.stringify(text)).toStrictEqual(whole(text));
    for (const text of fences)
      expect(parseBody(text), JSON.stringify(text)).toStrictEqual(whole(text));
  });

  it('leaves other fences and prose to micromark, which parseBody then runs', () => {
    const cases = {
      ...Object.fromEntries(
        Object.entries(notFences).map(([reason, fence]) => [reason, `${fence}\n:::`]),
      ),
      ...notFenceShapes,
    };
    for (const [reason, text] of Object.entries(cases)) {
      expect(parseFences(text.split('\n')), reason).toBeUndefined();
      const body = text.replace(/\n:::$/, '\n> words\n:::') + '\n\n:::note\nplain\n:::\n';
      expect(parseBody(body), reason).toStrictEqual(whole(body));
    }
  });

  it('gives exactly the tree of the whole parse on generated annotation files', () => {
    const next = seededRandom(20251206);
    let fast = 0;
    let fencesFast = 0;
    for (let i = 0; i < 2000; i++) {
      const content = blockContent(next);
      const tree = parsePlain(content.split('\n'));
      if (tree) {
        fast++;
        expect(tree, JSON.stringify(content)).toStrictEqual(whole(content));
      }
      const body = annotationFile(next);
      expect(parseBody(body), JSON.stringify(body)).toStrictEqual(whole(body));
      const outer = annotationFile(next, false);
      const outerTree = parseFences(outer.split('\n'));
      if (outerTree) {
        fencesFast++;
        expect(outerTree, JSON.stringify(outer)).toStrictEqual(whole(outer));
      }
    }
    // Both paths are exercised.
    expect(fast).toBeGreaterThan(400);
    expect(fast).toBeLessThan(1600);
    expect(fencesFast).toBeGreaterThan(400);
    expect(fencesFast).toBeLessThan(1600);
  });
});

const WORDS = [
  'word',
  'Barada',
  'é',
  '“quoted”',
  '…',
  '😀',
  '10',
  '2025',
  'a-b',
  'x.y',
  '(p)',
  '{b}',
  '"q"',
  "it's",
  '#1',
  '=',
  '+',
  '-',
  '1.',
  '2)',
  'e.org/a?b=1',
  '\u00a0',
];
/** Brackets as quotes and notes have them, and the shapes that could make references. */
const BRACKETS = [
  '[…]',
  '[...]',
  '[x]',
  '[x][]',
  '[x][y]',
  '[[x]]',
  '[]',
  '[',
  ']',
  '][',
  '[x',
  'y]',
  '[ x ]',
  '[^1]',
  '[x](y)',
  '[x] (y)',
];
const UNSAFE = [
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '](',
  '![',
  '!',
  '<',
  '>',
  '&',
  ':',
  '~',
  '|',
  '\t',
  '\r',
  '\0',
  '\uFEFF',
  '\u0001',
  '  ',
  ' ',
];
const STARTS = [
  '- ',
  '-',
  '* ',
  '+ ',
  '1. ',
  '1) ',
  '12.',
  '# ',
  '#',
  '=',
  '===',
  '---',
  '***',
  '___',
  '<b>',
  '```',
  '~~~',
  '[x]: y',
  '[',
  '[x] ',
  '::leaf',
  '| a |',
  '    ',
  '\t',
  '>',
  '> ',
];
/** Prose between blocks: definitions of the generated labels, brackets that are not, colons, quotes. */
const PROSE = [
  'Prose between blocks\nover two lines.',
  'See [x] and [y][].',
  '[x] : not a definition',
  '[x]: https://e.org',
  '[y]: /b "title"',
  '[…]: /c',
  'Introduction: it disputes\ntwo things: a and b.',
  'at 10:30',
  'ends with a colon:',
  '> a quoted: line\n> and another',
  '    indented',
  '- a list',
];
/** Directive names: the known ones, others micromark takes, and ones it refuses. */
const NAMES = [
  'quote',
  'quote',
  'event',
  'note',
  'actor',
  'x-y',
  'a_b',
  'q1',
  'quote-',
  'q.x',
  'é',
];
/** Attributes: as annotations have them, odd ones micromark reads its own way, and ones it refuses. */
const ATTRIBUTES = [
  ...[
    'by=a',
    'id=q1',
    'p=3',
    'date=2025-12-05',
    'date="On Friday"',
    "prefix='the words'",
    'actors="a b"',
    'cite=https://e.org/a?b#c',
    'cite=https://e.org/?a=1',
    'x=é',
    'y="é 😀 “q” <b> {b} }= `x`\u00a0"',
    'a=""',
    "a=''",
    'a',
    'A-b_c=1',
    'constructor=x',
  ],
  ...[
    'a = 1',
    'a= 1',
    'a =1',
    '#id',
    '.c',
    'class=x',
    'by=b',
    'id="&amp;"',
    'a=&quot;',
    'a="&#65;"',
    'a="AT&T"',
    'a="\\x"',
    'a=\\x',
    'a.b=1',
    'a:b=1',
    '2=x',
    '-a=1',
    '_a=1',
    '__proto__=1',
  ],
  ...[
    'a="x"b',
    'a=x"y',
    "a='x\"y'",
    'a="x\'y"',
    'a=<b>',
    'a=`x`',
    'a=é\u00a0b',
    'a={b}',
    'a="unclosed',
    "a='",
    'a=',
    '=a',
    '{',
    '}',
  ],
];

/** An opening fence: a name, and braces (or none, or a label) with zero to four attributes, spaces around them, spaces after. */
function openingFence(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const spaces = () => ' '.repeat(next() < 0.85 ? 0 : 1 + Math.floor(next() * 2));
  let fence = ':::' + pick(NAMES);
  if (next() < 0.03) fence += '[label]';
  if (next() < 0.9) {
    const attributes: string[] = [];
    for (let n = Math.floor(next() * 5); n > 0; n--) attributes.push(pick(ATTRIBUTES));
    fence += '{' + spaces() + attributes.join(next() < 0.9 ? ' ' : '  ') + spaces() + '}';
  }
  return fence + spaces();
}

/**
 * The lines of a block: plain lines, blockquotes (indented or not, with or without the
 * space after ">", with spaces after it), blank lines (empty, spaces, ">" alone), words
 * in brackets often, sometimes glued to the next word, and now and then an unsafe
 * character, a block start or trailing spaces.
 */
function blockContent(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const spaces = (max: number) => ' '.repeat(Math.floor(next() * (max + 1)));
  const words = () => {
    let line = pick(next() < 0.1 ? BRACKETS : WORDS);
    for (let n = Math.floor(next() * 5); n > 0; n--)
      line += (next() < 0.2 ? '' : ' ') + pick(next() < 0.3 ? BRACKETS : WORDS);
    if (next() < 0.04) {
      const at = Math.floor(next() * (line.length + 1));
      line = line.slice(0, at) + pick(UNSAFE) + line.slice(at);
    }
    if (next() < 0.03) line = pick(STARTS) + line;
    return line;
  };
  const lines: string[] = [];
  for (let n = Math.floor(next() * 7); n > 0; n--) {
    const r = next();
    if (r < 0.2) lines.push(next() < 0.8 ? '' : spaces(4) + (next() < 0.3 ? '>' + spaces(2) : ''));
    else if (r < 0.6)
      lines.push((next() < 0.2 ? spaces(4) : '') + words() + (next() < 0.04 ? spaces(3) : ''));
    else
      lines.push(
        (next() < 0.2 ? spaces(4) : '') +
          '>' +
          (next() < 0.85 ? ' ' : '') +
          (next() < 0.15 ? spaces(5) : '') +
          words() +
          (next() < 0.04 ? spaces(3) : ''),
      );
  }
  return lines.join('\n');
}

/**
 * One to four blocks of generated content (or, without content, fence pairs alone: the
 * outer text parseBody leaves), sometimes with prose (or a definition) between them.
 * The fences are "{by=a id=qN}" half the time, generated the other half.
 */
function annotationFile(next: () => number, content = true): string {
  const parts: string[] = [];
  if (next() < 0.1) parts.push(next() < 0.5 ? '' : '  ');
  for (let n = 1 + Math.floor(next() * 4); n > 0; n--) {
    if (next() < 0.15) parts.push(PROSE[Math.floor(next() * PROSE.length)] ?? '');
    const fence = next() < 0.5 ? `:::quote{by=a id=q${n}}` : openingFence(next);
    const closing = ':::' + (next() < 0.1 ? ' ' : '');
    parts.push(content ? `${fence}\n${blockContent(next)}\n${closing}` : `${fence}\n${closing}`);
  }
  return parts.join(next() < 0.8 ? '\n\n' : '\n') + (next() < 0.5 ? '\n' : '');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
