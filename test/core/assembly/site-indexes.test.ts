// The cross-briefing indexes (briefing order, actors' appearances, timeline, tags) kept
// up to date after each edit against building them afresh, on an archive of many
// briefings where order matters: random edits to published dates, tags, titles, event
// dates, draft status, whole briefings deleted and restored, and actor files renamed,
// added and deleted. And they must be updated, not rebuilt: what an edit does not touch
// keeps its very objects.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteMemo } from '../../../src/core/assembly/incremental.ts';
import { assembleSiteFrom, type ContentEntry } from '../../../src/core/assembly/site.ts';
import { ROOT } from '../../helpers/cli.ts';
import { seedFiles } from '../../helpers/seed-fixture.ts';
import { seededRandom } from '../../helpers/random.ts';

const encoder = new TextEncoder();
type Files = Map<string, string>;

function entries(files: Files): ContentEntry[] {
  return [...files].map(([p, text]) => {
    const bytes = encoder.encode(text);
    return { path: p, digest: createHash('sha1').update(bytes).digest('hex'), bytes: () => bytes };
  });
}

const TAGS = ['venezuela', 'chile', 'ports', 'security', 'labour', 'migration', 'energy'];
const SEED = 'content/briefings/maduro-police-cooperation';
const PORT = 'content/briefings/valparaiso-port-strike';

/** The two shipped briefings' folders, each copied `copies` times under its own slug. */
function archive(copies: number): { files: Files; slugs: string[]; templates: Files } {
  const templates: Files = new Map(seedFiles());
  const fixture = path.join(ROOT, 'test/fixtures/second-briefing');
  for (const entry of readdirSync(fixture, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    templates.set(
      `content/${path.relative(fixture, full).split(path.sep).join('/')}`,
      readFileSync(full, 'utf8'),
    );
  }
  const files: Files = new Map();
  const slugs: string[] = [];
  for (const [p, text] of templates) if (p.startsWith('content/actors/')) files.set(p, text);
  for (let i = 0; i < copies; i++)
    for (const [from, name] of [
      [SEED, `seed-${i}`],
      [PORT, `port-${i}`],
    ] as const) {
      slugs.push(name);
      for (const [p, text] of templates)
        if (p.startsWith(`${from}/`)) files.set(p.replace(from, `content/briefings/${name}`), text);
    }
  return { files, slugs, templates };
}

function folderOf(slug: string): string {
  return `content/briefings/${slug}`;
}

/** Replaces a frontmatter line (`key: …`) of one of the briefing's files. */
function setLine(files: Files, file: string, key: string, value: string | undefined): void {
  const text = files.get(file);
  if (text === undefined) return;
  const line = new RegExp(`^${key}: .*\\n`, 'm');
  const next = line.test(text)
    ? text.replace(line, value === undefined ? '' : `${key}: ${value}\n`)
    : value === undefined
      ? text
      : text.replace(/^---\n/, `---\n${key}: ${value}\n`);
  files.set(file, next);
}

describe('the cross-briefing indexes, kept up to date', () => {
  it('equal building them afresh after every edit of a random sequence', () => {
    const { files: start, slugs, templates } = archive(10);
    for (const seed of [11, 12, 13]) {
      const next = seededRandom(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
      const date = () =>
        `20${pick(['19', '21', '24', '25', '26'])}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      const files: Files = new Map(start);
      const edits: [string, () => void][] = [
        [
          'published date',
          () => setLine(files, `${folderOf(pick(slugs))}/source.md`, 'published', date()),
        ],
        [
          'same published date as another briefing',
          () => setLine(files, `${folderOf(pick(slugs))}/source.md`, 'published', '2025-12-06'),
        ],
        [
          'tags',
          () =>
            setLine(
              files,
              `${folderOf(pick(slugs))}/briefing.md`,
              'tags',
              `[${TAGS.filter(() => next() < 0.3).join(', ')}]`,
            ),
        ],
        [
          'title',
          () => setLine(files, `${folderOf(pick(slugs))}/briefing.md`, 'title', `Title ${next()}`),
        ],
        [
          'event date',
          () => {
            const file = `${folderOf(pick(slugs.filter((s) => s.startsWith('seed'))))}/events.md`;
            const text = files.get(file);
            if (text) files.set(file, text.replace(/date="[^"]*"/, `date="${date()}"`));
          },
        ],
        ['draft', () => setLine(files, `${folderOf(pick(slugs))}/briefing.md`, 'status', 'draft')],
        [
          'published again',
          () => setLine(files, `${folderOf(pick(slugs))}/briefing.md`, 'status', undefined),
        ],
        [
          'delete a briefing',
          () => {
            const dir = `${folderOf(pick(slugs))}/`;
            for (const p of [...files.keys()]) if (p.startsWith(dir)) files.delete(p);
          },
        ],
        [
          'restore a briefing',
          () => {
            const slug = pick(slugs);
            const from = slug.startsWith('seed') ? SEED : PORT;
            for (const [p, text] of templates)
              if (p.startsWith(`${from}/`)) files.set(p.replace(from, folderOf(slug)), text);
          },
        ],
        [
          'rename an actor',
          () =>
            setLine(
              files,
              pick(['content/actors/dockworkers-union.md', 'content/actors/venezuela.md']),
              'name',
              pick(['Zeta Union', 'Alpha Country', 'Venezuela', 'Dockworkers Union']),
            ),
        ],
        [
          'add an actor no briefing names',
          () =>
            files.set('content/actors/nobody.md', '---\nname: Nobody Known\nkind: person\n---\n'),
        ],
        ['delete it', () => files.delete('content/actors/nobody.md')],
        ['delete an actor briefings name', () => files.delete('content/actors/venezuela.md')],
        [
          'restore it',
          () =>
            files.set(
              'content/actors/venezuela.md',
              templates.get('content/actors/venezuela.md') ?? '',
            ),
        ],
      ];
      let memo: SiteMemo = assembleSiteFrom(entries(files), 'content').memo;
      for (let step = 0; step < 30; step++) {
        const [name, apply] = pick(edits);
        apply();
        const incremental = assembleSiteFrom(entries(files), 'content', { previous: memo });
        const fresh = assembleSiteFrom(entries(files), 'content');
        expect(incremental.result, `seed ${seed}, step ${step}: ${name}`).toStrictEqual(
          fresh.result,
        );
        // Maps compare without order above: the tags' order is the site's too.
        expect([...incremental.result.value.tags.keys()]).toEqual([
          ...fresh.result.value.tags.keys(),
        ]);
        memo = incremental.memo;
      }
    }
  });

  it('keeps what an edit does not touch: the same objects, not rebuilt ones', () => {
    const { files } = archive(5);
    const first = assembleSiteFrom(entries(files), 'content');
    setLine(files, `${folderOf('seed-2')}/briefing.md`, 'title', 'A new title');
    const second = assembleSiteFrom(entries(files), 'content', { previous: first.memo });
    const before = first.result.value;
    const after = second.result.value;
    // The port briefings' actors appear in no seed copy: the edit leaves them alone.
    const union = (site: typeof before) => site.actors.find((a) => a.id === 'dockworkers-union');
    expect(union(after)).toBeDefined();
    expect(union(after)).toBe(union(before));
    expect(after.tags.get('chile')).toBe(before.tags.get('chile'));
    // Maduro appears in the edited briefing: his appearances are new, with the new title.
    const maduro = (site: typeof before) => site.actors.find((a) => a.id === 'nicolas-maduro');
    expect(maduro(after)).not.toBe(maduro(before));
    expect(maduro(after)?.appearances.find((a) => a.slug === 'seed-2')?.title).toBe('A new title');
    expect(after.timeline.filter((e) => e.slug === 'seed-2').map((e) => e.briefingTitle)).toContain(
      'A new title',
    );
  });
});
