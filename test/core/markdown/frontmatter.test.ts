import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  quickFrontmatterData,
  splitFrontmatter,
  validateFrontmatter,
} from '../../../src/core/markdown/frontmatter.ts';
import { generateFrontmatter } from './frontmatter-fuzz.ts';
import type { Diagnostic } from '../../../src/core/diagnostics.ts';
import { SourceSchema } from '../../../src/schema/source.ts';
import { ActorSchema } from '../../../src/schema/actor.ts';
import { BriefingSchema } from '../../../src/schema/briefing.ts';
import { SOURCE, seedText } from '../../helpers/seed-fixture.ts';

const FILE = 'content/briefings/x/source.md';
const source = (text: string) =>
  validateFrontmatter(FILE, splitFrontmatter(text), SourceSchema, 'source');
const one = (diagnostics: Diagnostic[]): Diagnostic => {
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  if (!d) throw new Error('no diagnostic');
  return d;
};

describe('splitFrontmatter', () => {
  it('splits the seed source into YAML and body, with the body’s first line and offset', () => {
    const text = seedText(SOURCE);
    const split = splitFrontmatter(text);
    expect(split.yaml?.split('\n')[0]).toBe(
      'title: Maduro offers police cooperation agreements to neighboring countries to combat organized crime',
    );
    expect(split.bodyLine).toBe(10);
    expect(text.slice(split.bodyOffset)).toBe(split.body);
    expect(split.body.startsWith('\nOn Friday,')).toBe(true);
  });

  it('treats a file without a leading fence as all body', () => {
    expect(splitFrontmatter('title: x\n---\nbody')).toEqual({
      body: 'title: x\n---\nbody',
      bodyLine: 1,
      bodyOffset: 0,
    });
  });

  it('needs a closing fence', () => {
    expect(splitFrontmatter('---\ntitle: x\nbody').yaml).toBeUndefined();
  });

  it('handles CRLF line endings', () => {
    expect(splitFrontmatter('---\r\na: 1\r\nb: 2\r\n---\r\nbody')).toEqual({
      yaml: 'a: 1\r\nb: 2',
      body: 'body',
      bodyLine: 5,
      bodyOffset: 22,
    });
  });

  it('recognises an empty frontmatter block', () => {
    expect(splitFrontmatter('---\n---\nbody')).toEqual({
      yaml: '',
      body: 'body',
      bodyLine: 3,
      bodyOffset: 8,
    });
  });

  it('does not take a longer rule (----) as the closing fence', () => {
    expect(splitFrontmatter('---\na: 1\n----\nb: 2\n---\nbody')).toMatchObject({
      yaml: 'a: 1\n----\nb: 2',
      bodyLine: 6,
    });
  });
});

describe('validateFrontmatter', () => {
  it('accepts the seed source', () => {
    const result = source(seedText(SOURCE));
    expect(result.diagnostics).toEqual([]);
    expect(result.data).toEqual({
      title:
        'Maduro offers police cooperation agreements to neighboring countries to combat organized crime',
      outlet: 'Europa Press',
      published: '2025-12-06',
      dateline: 'Madrid, December 6 (European Press)',
      caption: 'Venezuelan President Nicolas Maduro',
      credit: 'Europa Press/Contact/Pedro Mattei',
      language: 'en',
    });
  });

  it('frontmatter-missing: a file without frontmatter, at 1:1', () => {
    const result = source('On Friday, Venezuelan President Nicolas Maduro proposed…\n');
    expect(result.data).toBeUndefined();
    expect(one(result.diagnostics)).toEqual({
      file: FILE,
      line: 1,
      column: 1,
      rule: 'frontmatter-missing',
      severity: 'error',
      message: 'This source has no frontmatter.',
      hint: 'Start the file with a block between two "---" lines, e.g. "---\\ntitle: …\\n---".',
    });
  });

  it('frontmatter-yaml: malformed YAML, at the line it breaks on', () => {
    const result = source('---\ntitle: [unclosed\noutlet: Europa Press\n---\nbody');
    expect(one(result.diagnostics)).toEqual({
      file: FILE,
      line: 3,
      column: 1,
      rule: 'frontmatter-yaml',
      severity: 'error',
      message:
        'The frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
      hint: 'Check indentation, colons after keys, and quotes around values that contain ": " or start with a special character.',
    });
  });

  it('frontmatter-yaml: a key given twice, at the second one', () => {
    const d = one(source('---\ntitle: A\noutlet: B\ntitle: C\n---\n').diagnostics);
    expect([d.rule, d.line, d.column, d.message]).toEqual([
      'frontmatter-yaml',
      4,
      1,
      'The frontmatter is not valid YAML: Map keys must be unique.',
    ]);
  });

  it('frontmatter-yaml: a list instead of fields', () => {
    expect(one(source('---\n- a\n- b\n---\n').diagnostics)).toMatchObject({
      rule: 'frontmatter-yaml',
      line: 2,
      column: 1,
      message: 'The frontmatter must be "key: value" lines.',
      hint: 'Write one field per line, e.g. "title: …".',
    });
  });

  it('frontmatter-missing-field: a required field absent, at 1:1', () => {
    expect(one(source('---\ntitle: T\noutlet: Europa Press\n---\nbody').diagnostics)).toEqual({
      file: FILE,
      line: 1,
      column: 1,
      rule: 'frontmatter-missing-field',
      severity: 'error',
      message: 'The source frontmatter lacks the required field "published".',
      hint: 'Add a line "published: …" between the "---" lines.',
    });
  });

  it('reports every missing field of an empty block', () => {
    const result = validateFrontmatter(
      'content/briefings/x/briefing.md',
      splitFrontmatter('---\n---\n'),
      BriefingSchema,
      'briefing',
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'The briefing frontmatter lacks the required field "title".',
      'The briefing frontmatter lacks the required field "summary".',
    ]);
  });

  it('frontmatter-unknown-field: at the key, with did-you-mean and the known fields', () => {
    const result = source(
      '---\ntitle: T\noutlet: O\npublished: 2025-12-06\npublisher: Europa Press\n---\nbody',
    );
    expect(one(result.diagnostics)).toEqual({
      file: FILE,
      line: 5,
      column: 1,
      rule: 'frontmatter-unknown-field',
      severity: 'error',
      message: 'Unknown field "publisher" in the source frontmatter.',
      hint: 'Did you mean "published"? Known fields: title, outlet, published, url, author, credits, dateline, caption, credit, language.',
    });
  });

  it('frontmatter-unknown-field: no guess when nothing is close', () => {
    const result = validateFrontmatter(
      'content/actors/x.md',
      splitFrontmatter('---\nname: X\nkind: person\n  \nbirthplace: Caracas\n---\n'),
      ActorSchema,
      'actor',
    );
    expect(one(result.diagnostics)).toMatchObject({
      line: 5,
      column: 1,
      message: 'Unknown field "birthplace" in the actor frontmatter.',
      hint: 'Known fields: name, kind, aliases, wikidata, country.',
    });
  });

  it('frontmatter-invalid: an enum value, at the value, listing the allowed ones', () => {
    const result = validateFrontmatter(
      'content/actors/x.md',
      splitFrontmatter('---\nname: X\nkind: persn\n---\n'),
      ActorSchema,
      'actor',
    );
    expect(one(result.diagnostics)).toEqual({
      file: 'content/actors/x.md',
      line: 3,
      column: 7,
      rule: 'frontmatter-invalid',
      severity: 'error',
      message:
        'Field "kind" must be one of "person", "government", "country", "organization", "criminal-group", "media", "other".',
      hint: 'Example: kind: person',
    });
  });

  it('frontmatter-invalid: a date that is not ISO, reported once', () => {
    expect(
      one(source('---\ntitle: T\noutlet: O\npublished: 06/12/2025\n---\n').diagnostics),
    ).toMatchObject({
      rule: 'frontmatter-invalid',
      line: 4,
      column: 12,
      message: 'Field "published" must be an ISO date like 2025-12-06.',
      hint: 'Example: published: 2025-12-06',
    });
  });

  it('frontmatter-invalid: an ISO-shaped date that does not exist', () => {
    expect(
      one(source('---\ntitle: T\noutlet: O\npublished: 2025-02-30\n---\n').diagnostics).message,
    ).toBe('Field "published" is not a real calendar date.');
  });

  it('frontmatter-invalid: a URL that is not http(s)', () => {
    expect(
      one(
        source('---\ntitle: T\noutlet: O\npublished: 2025-12-06\nurl: ftp://example.com/a\n---\n')
          .diagnostics,
      ),
    ).toMatchObject({
      line: 5,
      column: 6,
      message: 'Field "url" must be a full http(s) URL.',
      hint: 'Example: url: https://example.com/article',
    });
  });

  it('frontmatter-invalid: a string where a list belongs', () => {
    const result = validateFrontmatter(
      'content/actors/x.md',
      splitFrontmatter('---\nname: X\nkind: person\naliases: Aragua Train\n---\n'),
      ActorSchema,
      'actor',
    );
    expect(one(result.diagnostics)).toMatchObject({
      line: 4,
      column: 10,
      message: 'Field "aliases" must be a list.',
      hint: 'Example: aliases: ["Aragua Train"]',
    });
  });

  it('frontmatter-invalid: a bad list item, at the item, with an example of the whole field', () => {
    const result = validateFrontmatter(
      'content/briefings/x/briefing.md',
      splitFrontmatter(
        '---\ntitle: T\nsummary: S\ntags: [venezuela, Organized Crime]\nstatus: live\n---\n',
      ),
      BriefingSchema,
      'briefing',
    );
    expect(result.diagnostics.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [
        4,
        19,
        'Field "tags.1" must be lowercase kebab-case like organized-crime.',
        'Example: tags: [venezuela, organized-crime]',
      ],
      [5, 9, 'Field "status" must be one of "published", "draft".', 'Example: status: published'],
    ]);
  });

  it('frontmatter-invalid: an empty required string', () => {
    const result = validateFrontmatter(
      'content/briefings/x/briefing.md',
      splitFrontmatter('---\ntitle: "  "\nsummary: S\n---\n'),
      BriefingSchema,
      'briefing',
    );
    expect(one(result.diagnostics)).toMatchObject({
      rule: 'frontmatter-invalid',
      line: 2,
      column: 8,
      message: 'Field "title" must not be empty.',
      hint: 'Fix the value of "title".',
    });
  });

  it('applies schema defaults', () => {
    const result = validateFrontmatter(
      'b.md',
      splitFrontmatter('---\ntitle: T\nsummary: S\n---\n'),
      BriefingSchema,
      'briefing',
    );
    expect(result).toEqual({
      data: { title: 'T', summary: 'S', tags: [], status: 'published' },
      diagnostics: [],
    });
  });
});

describe('quickFrontmatterData (js-yaml, for frontmatter that is valid)', () => {
  const schemas = { briefing: BriefingSchema, actor: ActorSchema, source: SourceSchema };

  it('reads what the full parse reads, and leaves everything else to it', () => {
    expect(
      quickFrontmatterData('title: T\nsummary: "S: \\u00e9"\ntags: [a, b-c]', BriefingSchema),
    ).toEqual({ data: { title: 'T', summary: 'S: é', tags: ['a', 'b-c'], status: 'published' } });
    // Broken YAML, a key given twice, a list, a value the schema refuses, a tab: the full parse says where.
    for (const text of [
      'title: [T',
      'title: T\ntitle: U\nsummary: S',
      '- title',
      'title: T\nsummary: S\nstatus: gone',
      'title: T\nsummary:\tS',
      'title: 12\nsummary: S',
    ]) {
      expect(quickFrontmatterData(text, BriefingSchema), text).toBeUndefined();
    }
  });

  it('on generated frontmatter, takes only what yaml reads the same and without errors', () => {
    let quick = 0;
    for (let seed = 0; seed < 30_000; seed++) {
      const { text, schema } = generateFrontmatter(seed);
      const result = quickFrontmatterData(text, schemas[schema]);
      if (!result) continue;
      quick++;
      const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
      expect(
        doc.errors.map((e) => e.message),
        text,
      ).toEqual([]);
      const full = schemas[schema].safeParse(doc.toJS());
      expect(full.success && isDeepStrictEqual(full.data, result.data), text).toBe(true);
    }
    // The generator makes enough valid frontmatter for the comparison to mean something.
    expect(quick).toBeGreaterThan(800);
  });
});
