import { describe, expect, it } from 'vitest';
import { assembleSite, decodeContent, type RawFile } from '../../../src/core/assembly/site.ts';
import { sortDiagnostics } from '../../../src/core/diagnostics.ts';
import {
  BRIEFING,
  DIR,
  EVENTS,
  SOURCE,
  replaceOnce,
  seedFiles,
  toRaw,
} from '../../helpers/seed-fixture.ts';

const encoder = new TextEncoder();
const errorsOf = (raw: RawFile[]) =>
  assembleSite(raw).diagnostics.filter((d) => d.severity === 'error');

describe('decodeContent', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Nicolás')]);
    expect(decodeContent({ path: 'a.md', bytes })).toEqual({
      value: { path: 'a.md', text: 'Nicolás' },
      diagnostics: [],
    });
  });

  it('file-encoding: invalid UTF-8 is an error at the first bad byte’s line and column', () => {
    const bytes = new Uint8Array([
      ...encoder.encode('---\nname: Jos'),
      0xe9,
      ...encoder.encode('\nkind: person\n---\n'),
    ]);
    expect(decodeContent({ path: 'content/actors/jose.md', bytes })).toEqual({
      value: undefined,
      diagnostics: [
        {
          file: 'content/actors/jose.md',
          line: 2,
          column: 10,
          rule: 'file-encoding',
          severity: 'error',
          message: 'The file is not valid UTF-8, so its text cannot be read safely.',
          hint: 'Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8).',
        },
      ],
    });
  });
});

describe('assembleSite on the seed', () => {
  const { value: site, diagnostics } = assembleSite(toRaw(seedFiles()));

  it('assembles one published briefing and seven actors with no errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(site.briefings.map((b) => b.slug)).toEqual(['maduro-police-cooperation']);
    expect(site.drafts).toEqual([]);
    expect(site.actors.map((a) => a.id)).toEqual([
      'europa-press',
      'venezuelan-government',
      'nicolas-maduro',
      'tren-de-aragua',
      'tren-del-llano',
      'united-states',
      'venezuela',
    ]);
  });

  it('gives every actor its appearances across briefings', () => {
    const maduro = site.actors.find((a) => a.id === 'nicolas-maduro');
    expect(
      maduro?.appearances.map((a) => [
        a.slug,
        a.title,
        a.mentions.length,
        a.quotes.length,
        a.events.map((e) => e.id),
      ]),
    ).toEqual([
      [
        'maduro-police-cooperation',
        'Maduro offers police cooperation to neighbours',
        3,
        4,
        ['e-police-cooperation-offer'],
      ],
    ]);
    expect('file' in (maduro ?? {})).toBe(false);
  });

  it('puts every event on one chronological timeline', () => {
    expect(site.timeline.map((t) => [t.event.date.edtf, t.slug])).toEqual([
      ['2025-11', 'maduro-police-cooperation'],
      ['2025-11', 'maduro-police-cooperation'],
      ['2025-12-05', 'maduro-police-cooperation'],
      ['../2025-12-06', 'maduro-police-cooperation'],
      ['../2025-12-06', 'maduro-police-cooperation'],
    ]);
  });

  it('indexes tags, sorted', () => {
    expect([...site.tags]).toEqual([
      ['organized-crime', ['maduro-police-cooperation']],
      ['security', ['maduro-police-cooperation']],
      ['venezuela', ['maduro-police-cooperation']],
    ]);
  });

  it('gives the same result whatever order the files come in', () => {
    const reversed = assembleSite(toRaw(seedFiles()).reverse());
    expect(reversed.value.briefings[0]?.quotes.map((q) => q.id)).toEqual(
      site.briefings[0]?.quotes.map((q) => q.id),
    );
    expect(reversed.diagnostics).toEqual(diagnostics);
  });
});

describe('assembleSite: several briefings', () => {
  const second = (
    files: Map<string, string>,
    slug: string,
    published: string,
    status = 'published',
  ) => {
    const dir = `content/briefings/${slug}`;
    files.set(
      `${dir}/source.md`,
      replaceOnce(files.get(SOURCE) ?? '', 'published: 2025-12-06', `published: ${published}`),
    );
    files.set(
      `${dir}/briefing.md`,
      replaceOnce(
        files.get(BRIEFING) ?? '',
        'tags: [venezuela, organized-crime, security]',
        `tags: [venezuela, ${slug}]\nstatus: ${status}`,
      ),
    );
    files.set(`${dir}/events.md`, files.get(EVENTS) ?? '');
  };

  it('lists published briefings newest first, keeps drafts apart, and merges the timeline', () => {
    const files = seedFiles();
    second(files, 'older-briefing', '2024-06-01');
    second(files, 'draft-briefing', '2026-01-01', 'draft');
    const { value: site, diagnostics } = assembleSite(toRaw(files));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(site.briefings.map((b) => b.slug)).toEqual([
      'maduro-police-cooperation',
      'older-briefing',
    ]);
    expect(site.drafts.map((b) => b.slug)).toEqual(['draft-briefing']);
    expect(site.tags.get('venezuela')).toEqual(['maduro-police-cooperation', 'older-briefing']);
    expect(site.tags.has('draft-briefing')).toBe(false);
    // "On Friday" in a paper of Saturday 2024-06-01 is 2024-05-31: the older briefing's events come first.
    expect(site.timeline.slice(0, 3).map((t) => [t.slug, t.event.date.edtf])).toEqual([
      ['older-briefing', '2024-05'],
      ['older-briefing', '2024-05'],
      ['older-briefing', '2024-05-31'],
    ]);
    expect(
      site.actors.find((a) => a.id === 'tren-de-aragua')?.appearances.map((a) => a.slug),
    ).toEqual(['maduro-police-cooperation', 'older-briefing']);
  });
});

describe('assembleSite: mistakes', () => {
  it('file-encoding: invalid UTF-8 bytes in an annotation file', () => {
    const raw = toRaw(seedFiles()).map((f) =>
      f.path === EVENTS
        ? {
            path: f.path,
            bytes: new Uint8Array([...f.bytes.slice(0, 5), 0xff, ...f.bytes.slice(5)]),
          }
        : f,
    );
    expect(errorsOf(raw).map((d) => [d.file, d.line, d.column, d.rule])).toEqual([
      [EVENTS, 1, 6, 'file-encoding'],
    ]);
  });

  it('source-missing: a folder without source.md', () => {
    const files = seedFiles();
    files.delete(SOURCE);
    expect(errorsOf(toRaw(files))).toEqual([
      {
        file: `${DIR}/`,
        line: 1,
        column: 1,
        rule: 'source-missing',
        severity: 'error',
        message: 'The briefing folder "maduro-police-cooperation" has no source.md.',
        hint: 'Add content/briefings/maduro-police-cooperation/source.md with the article (or import it: npm run new -- article.txt).',
      },
    ]);
  });

  it('slug-invalid: a folder name that cannot be a URL', () => {
    const files = new Map(
      [...seedFiles()].map(([path, text]) => [
        path.replace(DIR, 'content/briefings/Maduro Police'),
        text,
      ]),
    );
    expect(errorsOf(toRaw(files))).toEqual([
      {
        file: 'content/briefings/Maduro Police/',
        line: 1,
        column: 1,
        rule: 'slug-invalid',
        severity: 'error',
        message:
          'The briefing folder name "Maduro Police" is not a valid slug; it becomes the page\'s URL.',
        hint: 'Rename the folder to lowercase kebab-case, e.g. maduro-police-cooperation.',
      },
    ]);
  });

  it('content-unexpected-file: a markdown file outside actors/ and briefings/<slug>/ is a warning', () => {
    const files = seedFiles();
    files.set('content/notes.md', 'Scratch notes.\n');
    const { diagnostics } = assembleSite(toRaw(files));
    expect(diagnostics.find((d) => d.rule === 'content-unexpected-file')).toEqual({
      file: 'content/notes.md',
      line: 1,
      column: 1,
      rule: 'content-unexpected-file',
      severity: 'warning',
      message: 'This file is not where Dossier reads content, so it is not published.',
      hint: 'Actors go in content/actors/<id>.md; briefings in content/briefings/<slug>/.',
    });
  });

  it('an invalid actor file is reported once, not again as "unknown actor, there is no file" wherever it is used', () => {
    const files = seedFiles();
    files.set(
      'content/actors/united-states.md',
      replaceOnce(
        files.get('content/actors/united-states.md') ?? '',
        'kind: country',
        'kind: nation',
      ),
    );
    expect(errorsOf(toRaw(files)).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/actors/united-states.md:3:7 frontmatter-invalid',
    ]);
  });

  it('an actor file that is not UTF-8 is reported once, not again as an unknown actor', () => {
    const raw = toRaw(seedFiles()).map((f) =>
      f.path === 'content/actors/united-states.md'
        ? { path: f.path, bytes: new Uint8Array([0xff, ...f.bytes]) }
        : f,
    );
    expect(errorsOf(raw).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/actors/united-states.md:1:1 file-encoding',
    ]);
  });

  it('a source.md that is not UTF-8 is reported once, not again as a missing source', () => {
    const raw = toRaw(seedFiles()).map((f) =>
      f.path === SOURCE
        ? {
            path: f.path,
            bytes: new Uint8Array([...f.bytes.slice(0, 3), 0xc3, 0x28, ...f.bytes.slice(3)]),
          }
        : f,
    );
    expect(errorsOf(raw).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      `${SOURCE}:1:4 file-encoding`,
    ]);
  });

  it('a briefing.md that is not UTF-8 is reported once, not again as a missing briefing.md', () => {
    const raw = toRaw(seedFiles()).map((f) =>
      f.path === BRIEFING ? { path: f.path, bytes: new Uint8Array([0xfe, ...f.bytes]) } : f,
    );
    expect(errorsOf(raw).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      `${BRIEFING}:1:1 file-encoding`,
    ]);
  });

  it('reports every mistake of every file in one run', () => {
    const files = seedFiles();
    files.set(
      BRIEFING,
      replaceOnce(
        files.get(BRIEFING) ?? '',
        '> It is a success that we place',
        '> It is a triumph that we place',
      ),
    );
    files.set(
      EVENTS,
      replaceOnce(files.get(EVENTS) ?? '', 'date="On Friday"', 'date="someday soon"'),
    );
    files.set('content/actors/bad id.md', '---\nname: Bad\nkind: person\n---\n');
    const raw = toRaw(files);
    raw.push({
      path: 'content/actors/latin1.md',
      bytes: new Uint8Array([
        ...encoder.encode('---\nname: Jos'),
        0xe9,
        ...encoder.encode('\nkind: person\n---\n'),
      ]),
    });
    expect(
      sortDiagnostics(errorsOf(raw)).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`),
    ).toEqual([
      'content/actors/bad id.md:1:1 actor-id-invalid',
      'content/actors/latin1.md:2:10 file-encoding',
      `${BRIEFING}:15:1 quote-not-found`,
      `${EVENTS}:1:10 date-unresolvable`,
    ]);
  });

  it('reads a content folder other than ./content', () => {
    const files = new Map(
      [...seedFiles()].map(([path, text]) => [
        path.replace(/^content\//, '../../tmp/dossier-x.y/'),
        text,
      ]),
    );
    const { value, diagnostics } = assembleSite(toRaw(files), '../../tmp/dossier-x.y');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(value.briefings[0]?.source.file).toBe(
      '../../tmp/dossier-x.y/briefings/maduro-police-cooperation/source.md',
    );
    expect(value.actors).toHaveLength(7);
  });
});
