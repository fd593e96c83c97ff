// Generated frontmatter for the property test in frontmatter.test.ts (and for
// longer runs by hand): briefing, actor and source frontmatter in the many ways
// YAML can write the same strings and lists (plain, quoted with escapes, block and
// folded scalars, flow and block lists, comments, anchors, tags, CRLF), with
// characters that mean something in YAML, and now and then a mistake.
// Main function: `generateFrontmatter(seed)`.
import { seededRandom } from '../../helpers/random.ts';

const WORDS = [
  'Maduro',
  'police',
  'cooperation',
  'Tren',
  'de',
  'Aragua',
  'Chile',
  'says',
  'El País',
  'Reuters',
  'Q57413',
  'en',
  'es-VE',
  'null',
  'true',
  'no',
  'yes',
  '~',
  '12',
  '1_000',
  '0x1F',
  '1e3',
  '.5',
  '2025-12-06',
  'é',
  '—',
  '“quoted”',
  'naïve',
  '😀',
  'https://example.org/a?b=c#d',
];
const MARKS = [
  ':',
  ': ',
  ' #',
  '#',
  '-',
  '- ',
  '? ',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '\t',
  '\\',
  '\\n',
  '  ',
  ' ',
  '...',
  '---',
  '=',
  '<<',
];
const ESCAPES = [
  '\\n',
  '\\t',
  '\\"',
  '\\\\',
  '\\x41',
  '\\u00e9',
  '\\U0001F600',
  '\\/',
  '\\ ',
  '\\N',
  '\\_',
  '\\0',
  '\\e',
  '\\q',
  '\\x4',
];

export interface GeneratedFrontmatter {
  /** The YAML between the fences. */
  text: string;
  schema: 'briefing' | 'actor' | 'source';
}

export function generateFrontmatter(seed: number): GeneratedFrontmatter {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const chance = (p: number) => rnd() < p;

  const phrase = (marks: number): string => {
    let s = pick(WORDS);
    const n = Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++)
      s += chance(marks) ? pick(MARKS) + (chance(0.5) ? pick(WORDS) : '') : ` ${pick(WORDS)}`;
    return s;
  };
  const indent = () => ' '.repeat(pick([1, 2, 2, 4]));

  /** One string value, written after "key:" (its first line has no leading space). */
  const scalar = (): string => {
    switch (Math.floor(rnd() * 7)) {
      case 0:
      case 1:
        return phrase(0.3);
      case 2: {
        // Single-quoted: '' is a quote; line breaks fold.
        let s = phrase(0.3).replaceAll("'", chance(0.8) ? "''" : "'");
        if (chance(0.3)) s += `\n${indent()}${phrase(0.2)}`;
        if (chance(0.15)) s += `\n\n${indent()}${phrase(0.2)}`;
        return `'${s}'`;
      }
      case 3: {
        let s = phrase(0.2)
          .replaceAll('\\', chance(0.8) ? '\\\\' : '\\')
          .replaceAll('"', chance(0.8) ? '\\"' : '"');
        const n = Math.floor(rnd() * 3);
        for (let i = 0; i < n; i++) s += pick(ESCAPES) + (chance(0.5) ? pick(WORDS) : '');
        if (chance(0.2)) s += `\\\n${indent()}${phrase(0.1)}`;
        if (chance(0.2)) s += `\n${indent()}${phrase(0.1)}  `;
        return `"${s}"`;
      }
      case 4: {
        // Block scalar: literal or folded, with chomping and sometimes an indentation indicator.
        const style = pick(['|', '>']) + pick(['', '', '-', '+']) + (chance(0.1) ? '2' : '');
        const ind = pick(['  ', '  ', '    ', ' ']);
        const lines: string[] = [];
        const n = 1 + Math.floor(rnd() * 4);
        for (let i = 0; i < n; i++)
          lines.push(
            chance(0.15)
              ? ''
              : `${ind}${chance(0.15) ? '  ' : ''}${phrase(0.3)}${chance(0.1) ? '  ' : ''}`,
          );
        return `${style}${chance(0.1) ? ' # c' : ''}\n${lines.join('\n')}`;
      }
      case 5: {
        // A plain scalar over several lines.
        return `${phrase(0.1)}\n${indent()}${phrase(0.1)}${chance(0.3) ? `\n${indent()}${phrase(0.1)}` : ''}`;
      }
      default:
        return `${chance(0.5) ? '!!str ' : ''}${chance(0.3) ? '&a ' : ''}${phrase(0.2)}`;
    }
  };

  const list = (item: () => string): string => {
    const n = Math.floor(rnd() * 4);
    const items = Array.from({ length: n }, item);
    if (chance(0.5)) return `[${items.join(chance(0.5) ? ', ' : ',')}${chance(0.1) ? ',' : ''}]`;
    if (n === 0) return '[]';
    const ind = pick(['', '  ', ' ']);
    return `\n${items.map((i) => `${ind}-${chance(0.9) ? ' ' : '\t'}${i}${chance(0.1) ? ' # c' : ''}`).join('\n')}`;
  };
  const tag = () =>
    chance(0.8)
      ? pick(['venezuela', 'organized-crime', 'chile', 'a1', 'x-y-z'])
      : pick([phrase(0.4), '"quoted-tag"', "'q'", 'Bad Tag']);
  const alias = () =>
    chance(0.6)
      ? pick(['"Aragua Train"', 'TdA', "'El Tren'", 'Maduro'])
      : (scalar().split('\n')[0] ?? 'x');

  const schema = pick(['briefing', 'actor', 'source'] as const);
  const fields: [string, () => string][] =
    schema === 'briefing'
      ? [
          ['title', scalar],
          ['summary', scalar],
          ['tags', () => list(tag)],
          ['status', () => pick(['published', 'draft', "'draft'", 'Draft', phrase(0.2)])],
        ]
      : schema === 'actor'
        ? [
            ['name', scalar],
            [
              'kind',
              () =>
                pick([
                  'person',
                  'government',
                  '"country"',
                  'criminal-group',
                  'Person',
                  phrase(0.2),
                ]),
            ],
            ['aliases', () => list(alias)],
            ['wikidata', () => pick(['Q57413', '"Q1"', 'Q', phrase(0.2)])],
            ['country', scalar],
          ]
        : [
            ['title', scalar],
            ['outlet', scalar],
            [
              'published',
              () =>
                pick([
                  '2025-12-06',
                  "'2025-12-06'",
                  '"2025-03-14"',
                  '2025-13-01',
                  '2025-12-06T10:00:00Z',
                  phrase(0.2),
                ]),
            ],
            [
              'url',
              () =>
                pick([
                  'https://example.org/a',
                  '"https://example.org/b?c=d#e"',
                  'http://x.y/z',
                  'ftp://x.y',
                  phrase(0.2),
                ]),
            ],
            ['author', scalar],
            ['dateline', scalar],
            ['language', () => pick(['en', 'es-VE', "'pt'", 'english', phrase(0.2)])],
          ];

  const lines: string[] = [];
  if (chance(0.05)) lines.push(pick(['%YAML 1.2\n---', '# a comment', '']));
  for (const [key, value] of fields) {
    if (chance(0.15) && !['title', 'name', 'kind', 'outlet', 'published', 'summary'].includes(key))
      continue;
    const v = value();
    const sep = v.startsWith('\n') ? ':' : chance(0.95) ? ': ' : ':  ';
    lines.push(
      `${chance(0.05) ? ' ' : ''}${key}${chance(0.03) ? ' ' : ''}${sep}${v}${chance(0.1) ? pick([' # note', '  ', '\t', ' #']) : ''}`,
    );
    if (chance(0.05))
      lines.push(pick(['', '# comment', '   ', `${key}: again`, 'unknown: x', '  indented: y']));
  }
  if (chance(0.05)) lines.push(pick(['summary: *a', 'title: *a', '...', '<<: {a: b}']));
  const text = lines.join(chance(0.05) ? '\r\n' : '\n');
  return { text, schema };
}
