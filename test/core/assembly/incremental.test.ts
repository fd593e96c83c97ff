// Incremental assembly (assembleSiteFrom with the last run's memo) against assembling
// everything afresh: random sequences of edits to sources, annotation files and actor
// files (names, aliases, kinds, new and deleted actors, unreadable bytes, new and
// deleted briefings) must give the same site and diagnostics every time, with the
// real name finder. And it must be incremental: an edit to one briefing reassembles
// that briefing only; an actor edit reassembles only the briefings it can change.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNamesWithNlp } from '../../../src/node/name-finder.ts';
import type { SiteMemo } from '../../../src/core/assembly/incremental.ts';
import { assembleSiteFrom, type ContentEntry } from '../../../src/core/assembly/site.ts';
import { ROOT } from '../../helpers/cli.ts';
import { seedFiles } from '../../helpers/seed-fixture.ts';
import { seededRandom } from '../../helpers/random.ts';

const encoder = new TextEncoder();
type Files = Map<string, string | Uint8Array>;

function entries(files: Files): ContentEntry[] {
  return [...files].map(([p, content]) => {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    return { path: p, digest: createHash('sha1').update(bytes).digest('hex'), bytes: () => bytes };
  });
}

/** The seed content plus the second test briefing and its actors, under content/. */
function startingFiles(): Files {
  const files: Files = new Map(seedFiles());
  const fixture = path.join(ROOT, 'test/fixtures/second-briefing');
  for (const entry of readdirSync(fixture, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(
      `content/${path.relative(fixture, full).split(path.sep).join('/')}`,
      readFileSync(full, 'utf8'),
    );
  }
  return files;
}

const SEED = 'content/briefings/maduro-police-cooperation';
const PORT = 'content/briefings/valparaiso-port-strike';

/** One edit: a name and what it does to the files (a no-op when what it changes is gone). */
type Edit = [string, (files: Files) => void];

function replaceIn(file: string, from: string, to: string): (files: Files) => void {
  return (files) => {
    const text = files.get(file);
    if (typeof text === 'string' && text.includes(from)) files.set(file, text.replace(from, to));
  };
}

function edits(original: Files): Edit[] {
  const restore = (file: string) => (files: Files) => {
    const text = original.get(file);
    if (text === undefined) files.delete(file);
    else files.set(file, text);
  };
  return [
    [
      'misquote in the seed source',
      replaceIn(`${SEED}/source.md`, 'It is a success', 'It is a triumph'),
    ],
    ['restore the seed source', restore(`${SEED}/source.md`)],
    ['unknown speaker', replaceIn(`${SEED}/briefing.md`, 'by=nicolas-maduro', 'by=nicolas-madur')],
    ['restore the seed briefing', restore(`${SEED}/briefing.md`)],
    [
      'new summary in the port briefing',
      replaceIn(`${PORT}/briefing.md`, 'summary: A nine-day', 'summary: A ten-day'),
    ],
    ['restore the port briefing', restore(`${PORT}/briefing.md`)],
    [
      'port quote by a misspelt maduro',
      replaceIn(`${PORT}/briefing.md`, 'by=jose-nancupil', 'by=nicolas-madur'),
    ],
    [
      'alias that contains an unregistered name',
      replaceIn(
        'content/actors/ministry-of-transport.md',
        'kind:',
        'aliases: [Venezuelan television network]\nkind:',
      ),
    ],
    [
      'alias the seed mentions but no name finder finds',
      replaceIn(
        'content/actors/ministry-of-transport.md',
        'kind:',
        'aliases: [organized crime]\nkind:',
      ),
    ],
    ['restore the ministry', restore('content/actors/ministry-of-transport.md')],
    [
      'alias that covers an unregistered name',
      replaceIn(
        'content/actors/venezuela.md',
        'kind: country',
        'kind: country\naliases: [Venezuelan television]',
      ),
    ],
    [
      'alias that mentions the port',
      replaceIn(
        'content/actors/venezuela.md',
        'kind: country',
        'kind: country\naliases: [Valparaíso]',
      ),
    ],
    ['restore venezuela', restore('content/actors/venezuela.md')],
    [
      'rename Tren de Aragua',
      replaceIn('content/actors/tren-de-aragua.md', 'name: Tren de Aragua', 'name: Aragua Gang'),
    ],
    [
      'drop its alias',
      replaceIn('content/actors/tren-de-aragua.md', 'aliases: [Aragua Train]', 'aliases: []'),
    ],
    ['restore tren-de-aragua', restore('content/actors/tren-de-aragua.md')],
    [
      'invalid kind for maduro',
      replaceIn('content/actors/nicolas-maduro.md', 'kind: person', 'kind: politician'),
    ],
    [
      'unreadable maduro',
      (files) =>
        files.set(
          'content/actors/nicolas-maduro.md',
          new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]),
        ),
    ],
    ['restore maduro', restore('content/actors/nicolas-maduro.md')],
    ['delete the union', (files) => files.delete('content/actors/dockworkers-union.md')],
    ['restore the union', restore('content/actors/dockworkers-union.md')],
    [
      'add nicolas-madur',
      (files) =>
        files.set(
          'content/actors/nicolas-madur.md',
          '---\nname: Nicolás Madur\nkind: person\n---\n',
        ),
    ],
    ['delete nicolas-madur', (files) => files.delete('content/actors/nicolas-madur.md')],
    [
      'add an actor the port source names',
      (files) =>
        files.set(
          'content/actors/san-antonio.md',
          '---\nname: San Antonio\nkind: other\n---\nA port.\n',
        ),
    ],
    ['delete it', (files) => files.delete('content/actors/san-antonio.md')],
    [
      'copy the seed as a draft',
      (files) => {
        for (const [p, text] of original)
          if (p.startsWith(`${SEED}/`))
            files.set(
              p.replace(SEED, 'content/briefings/seed-copy'),
              typeof text === 'string' ? text.replace('tags:', 'status: draft\ntags:') : text,
            );
      },
    ],
    [
      'delete the copy',
      (files) => {
        for (const p of [...files.keys()])
          if (p.startsWith('content/briefings/seed-copy/')) files.delete(p);
      },
    ],
    ['stray file', (files) => files.set('content/notes.md', 'a note')],
    ['remove the stray file', (files) => files.delete('content/notes.md')],
  ];
}

describe('incremental assembly', () => {
  const options = { findNames: findNamesWithNlp };

  it('equals assembling afresh after every edit of a random sequence', () => {
    const original = startingFiles();
    const pool = edits(original);
    for (const seed of [1, 2, 3, 4]) {
      const next = seededRandom(seed);
      const files: Files = new Map(original);
      let memo: SiteMemo | undefined = assembleSiteFrom(entries(files), 'content', options).memo;
      let reused = 0;
      for (let step = 0; step < 25; step++) {
        const [name, apply] = pool[Math.floor(next() * pool.length)] ?? pool[0]!;
        apply(files);
        const incremental = assembleSiteFrom(entries(files), 'content', {
          ...options,
          previous: memo,
        });
        const fresh = assembleSiteFrom(entries(files), 'content', options);
        expect(incremental.result, `seed ${seed}, step ${step}: ${name}`).toStrictEqual(
          fresh.result,
        );
        reused += incremental.counts.reused;
        memo = incremental.memo;
      }
      expect(reused, `seed ${seed}: some briefings were taken from the memo`).toBeGreaterThan(0);
    }
  }, 120_000);

  it.each([
    ['port quote by a misspelt maduro', 'unreadable maduro', 'restore maduro'],
    ['alias that contains an unregistered name', 'restore the ministry'],
    ['alias the seed mentions but no name finder finds', 'restore the ministry'],
    ['alias that covers an unregistered name', 'copy the seed as a draft', 'restore venezuela'],
  ])('equals assembling afresh after: %s, %s…', (...names: string[]) => {
    const original = startingFiles();
    const pool = new Map(edits(original));
    const files: Files = new Map(original);
    let memo = assembleSiteFrom(entries(files), 'content', options).memo;
    for (const name of names) {
      pool.get(name)?.(files);
      expect(pool.has(name), name).toBe(true);
      const incremental = assembleSiteFrom(entries(files), 'content', {
        ...options,
        previous: memo,
      });
      expect(incremental.result, name).toStrictEqual(
        assembleSiteFrom(entries(files), 'content', options).result,
      );
      memo = incremental.memo;
    }
  });

  it('reassembles only the edited briefing, and only the briefings an actor edit can change', () => {
    const files = startingFiles();
    const first = assembleSiteFrom(entries(files), 'content', options);
    expect(first.counts).toEqual({ assembled: 2, reused: 0 });

    const unchanged = assembleSiteFrom(entries(files), 'content', {
      ...options,
      previous: first.memo,
    });
    expect(unchanged.counts).toEqual({ assembled: 0, reused: 2 });

    replaceIn(`${PORT}/briefing.md`, 'summary: A nine-day', 'summary: A ten-day')(files);
    const briefingEdit = assembleSiteFrom(entries(files), 'content', {
      ...options,
      previous: unchanged.memo,
    });
    expect(briefingEdit.counts).toEqual({ assembled: 1, reused: 1 });

    // Tren de Aragua is in the seed only; the port briefing neither names nor mentions it.
    replaceIn(
      'content/actors/tren-de-aragua.md',
      'aliases: [Aragua Train]',
      'aliases: [Aragua Train, TdA]',
    )(files);
    const actorEdit = assembleSiteFrom(entries(files), 'content', {
      ...options,
      previous: briefingEdit.memo,
    });
    expect(actorEdit.counts).toEqual({ assembled: 1, reused: 1 });
    expect(actorEdit.result).toStrictEqual(
      assembleSiteFrom(entries(files), 'content', options).result,
    );
  });

  it('does not use a memo made with other options or another content folder', () => {
    const files = startingFiles();
    const withNames = assembleSiteFrom(entries(files), 'content', options);
    expect(
      assembleSiteFrom(entries(files), 'content', { previous: withNames.memo }).counts.reused,
    ).toBe(0);
  });
});
