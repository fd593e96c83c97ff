// The incremental build's guarantee: after any edits, `astro build` with the last
// build's caches writes the same bytes, every file of the output, as a build with no
// cache of any kind. A copy of the project (with its own content, caches and outputs,
// under .cache/runs/) is built cold, edited at random (a source, annotations, an
// actor's name or alias, the rating scale, a further source, a component, a config
// option, the code that writes the data files or the search index), built again with its caches and built
// cold; the two outputs must be equal. Then each part of a key (src/node/page-keys.ts)
// is left out in turn ($DOSSIER_KEY_OMIT) and a build must come out wrong: each part is
// needed. Few builds on small content, as CI runs it on every push.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContent, SITE_ROOT } from '../global-setup.ts';
import { seededRandom } from '../helpers/random.ts';

const work = (() => {
  mkdirSync(path.join(SITE_ROOT, '.cache/runs'), { recursive: true });
  return mkdtempSync(path.join(SITE_ROOT, '.cache/runs/incremental-'));
})();
afterAll(() => rmSync(work, { recursive: true, force: true }));

const project = path.join(work, 'project');
const PORT = 'content/briefings/valparaiso-port-strike';
const SEED = 'content/briefings/maduro-police-cooperation';

/** The project's code and the test content, in a folder of its own that edits may change. */
function copyProject(): void {
  mkdirSync(project, { recursive: true });
  for (const name of [
    'src',
    'public',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
  ])
    cpSync(path.join(SITE_ROOT, name), path.join(project, name), { recursive: true });
  symlinkSync(path.join(SITE_ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  fixtureContent(path.join(project, 'content'));
}

/** Every cache a build keeps: Astro's (with the share images and data files beside it) and the assembly's. */
interface Caches {
  astro: string;
  assembly: string;
}

/** This process's environment without the variables a build here sets or must not see. */
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      ![
        'DOSSIER_CONTENT',
        'DOSSIER_KEY_OMIT',
        'DOSSIER_CACHE_DIR',
        'DOSSIER_SEARCH_SHARDS',
      ].includes(name),
  ),
);

let builds = 0;
/** Builds the project into a new folder with the given caches; returns the folder. */
function build(caches: Caches, env: Record<string, string> = {}): string {
  const out = path.join(work, `out-${++builds}`);
  try {
    execFileSync(
      process.execPath,
      [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
      {
        cwd: project,
        env: {
          ...inherited,
          ASTRO_TELEMETRY_DISABLED: '1',
          DOSSIER_CACHE_DIR: caches.astro,
          DOSSIER_ASSEMBLY_CACHE: caches.assembly,
          // The two briefings in two shards of the search index (src/node/search-index.ts).
          DOSSIER_SEARCH_SHARDS: '4',
          ...env,
        },
        stdio: 'pipe',
      },
    );
  } catch (e) {
    const output = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `astro build failed:\n${output.stderr?.toString() ?? ''}\n${output.stdout?.toString().slice(-3000) ?? ''}`,
    );
  }
  return out;
}

let caches = 0;
const freshCaches = (): Caches => {
  const n = ++caches;
  return { astro: path.join(work, `cache-${n}`), assembly: path.join(work, `assembly-${n}`) };
};
/** Every file under `dir`, relative, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), readFileSync(full));
  }
  return files;
}

/** The files that differ between two outputs (missing on either side, or other bytes). */
function differences(a: string, b: string): string[] {
  const left = tree(a);
  const right = tree(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names]
    .filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)))
    .sort();
}

/** Replaces `from` by `to` in a file of the project; fails the test if `from` is not there. */
function replace(file: string, from: string, to: string): void {
  const full = path.join(project, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}" to replace`);
  writeFileSync(full, text.replace(from, to));
}

/** Edits of every kind an editor or a developer makes between two builds. */
const EDITS: [string, () => void][] = [
  [
    'a source: a paragraph added',
    () =>
      writeFileSync(
        path.join(project, SEED, 'source.md'),
        `${readFileSync(path.join(project, SEED, 'source.md'), 'utf8').trimEnd()}\n\nA paragraph the editor added at the end.\n`,
      ),
  ],
  [
    'annotations: an event’s note',
    () =>
      replace(
        `${PORT}/timeline.md`,
        'Talks on the collective contract break down',
        'Talks on the contract collapse',
      ),
  ],
  [
    'annotations: a summary',
    () => replace(`${PORT}/briefing.md`, 'summary: A nine-day', 'summary: A ten-day'),
  ],
  [
    'an actor’s name',
    () =>
      replace(
        'content/actors/tren-de-aragua.md',
        'name: Tren de Aragua',
        'name: Tren de Aragua gang',
      ),
  ],
  [
    'an actor’s alias',
    () =>
      replace(
        'content/actors/tren-de-aragua.md',
        'aliases: [Aragua Train]',
        'aliases: [Aragua Train, TdA]',
      ),
  ],
  [
    'the rating scale',
    () =>
      writeFileSync(
        path.join(project, 'content/ratings.md'),
        '---\nratings:\n  - id: accurate\n    label: Correct\n    meaning: The evidence backs it.\n  - id: disputed\n    label: Contested\n    meaning: The sources argue over it.\n  - id: unsupported\n    label: Unbacked\n    meaning: Nothing but the claimant’s word.\n---\n',
      ),
  ],
  [
    'a further source',
    () => {
      mkdirSync(path.join(project, PORT, 'sources'), { recursive: true });
      writeFileSync(
        path.join(project, PORT, 'sources/harbour-daily.md'),
        '---\ntitle: "Invented test article: the port reopens"\noutlet: Harbour Daily (invented)\npublished: 2026-03-14\nlanguage: en\n---\n\nAn invented article for the tests: the port of Valparaíso reopened on Friday.\n\nShips queued outside the breakwater for a second day.\n',
      );
    },
  ],
  [
    'a component',
    () =>
      replace(
        'src/components/BriefingCard.astro',
        '<p class="counts">',
        '<p class="counts tally">',
      ),
  ],
  [
    'a config option',
    () =>
      replace(
        'astro.config.mjs',
        "site: 'https://dossier.example.org'",
        "site: 'https://news.example.net'",
      ),
  ],
  // Changes the search index and no search document: only the data version says so.
  [
    'the code that writes the search index',
    () =>
      replace(
        'src/node/search-index.ts',
        'const INDEX_OPTIONS: pagefind.PagefindServiceConfig = {};',
        "const INDEX_OPTIONS: pagefind.PagefindServiceConfig = { forceLanguage: 'es' };",
      ),
  ],
  // Changes every briefing.json and nothing any page shows: only the data version says so.
  [
    'the code that writes the data files',
    () =>
      replace(
        'src/core/publishing/briefing-exports.ts',
        'JSON.stringify(toBriefingJson(briefing, site), null, 2)',
        'JSON.stringify(toBriefingJson(briefing, site), null, 1)',
      ),
  ],
];

/** Edits of the content alone: they change no code and no configuration. */
const CONTENT = new Set([
  'annotations: an event’s note',
  'annotations: a summary',
  'an actor’s name',
  'an actor’s alias',
  'the rating scale',
  'a further source',
]);

describe('the incremental build', () => {
  it('writes what a cold build writes after random edits, and needs every part of its keys', () => {
    const seed = Number(process.env['DOSSIER_TEST_SEED'] ?? Date.now() % 100_000);
    const next = seededRandom(seed);
    const pool = [...EDITS];
    const pick = (among: (name: string) => boolean = () => true) => {
      const choices = pool.filter(([name]) => among(name));
      const chosen = choices[Math.floor(next() * choices.length)]!;
      pool.splice(pool.indexOf(chosen), 1);
      return chosen;
    };
    const take = (name: string) => pick((n) => n === name);
    const round = (edits: [string, () => void][], cache: Caches) => {
      for (const [, apply] of edits) apply();
      const why = `seed ${seed}: ${edits.map(([n]) => n).join('; ')}`;
      const incremental = build(cache);
      const cold = build(freshCaches());
      for (const slug of ['maduro-police-cooperation', 'valparaiso-port-strike'])
        expect(readdirSync(path.join(cold, 'briefings', slug)), why).toContain('index.html');
      expect(differences(incremental, cold), why).toEqual([]);
      return { cold, why };
    };
    copyProject();
    // A key without one of its parts is a different key, so each drop is tried on caches
    // of its own, made by builds that leave that part out from the start.
    const cache = freshCaches();
    const original = build(cache);
    const noInput = freshCaches();
    build(noInput, { DOSSIER_KEY_OMIT: 'input' });
    // The search index's shards are keyed on their documents alone (the route is one for
    // all): without them, an edited briefing's shard is the old one.
    const noIndexInput = freshCaches();
    build(noIndexInput, { DOSSIER_KEY_OMIT: 'index:input' });
    const shards = JSON.parse(readFileSync(path.join(original, 'pagefind/shards.json'), 'utf8'));
    expect(shards, 'the two briefings in two shards').toHaveLength(1);
    // Without the route, a briefing's three data files share one key: the second build
    // takes the bytes the first stored under it (annotations.jsonld's) for all three.
    const noRoute = freshCaches();
    build(noRoute, { DOSSIER_KEY_OMIT: 'route' });
    const routeless = differences(build(noRoute, { DOSSIER_KEY_OMIT: 'route' }), original);
    expect(routeless).toContain(path.join('briefings', 'valparaiso-port-strike', 'briefing.json'));

    // 1. Content only. Without the input in the key, the edited briefing's page is the old
    // one, and so is its search document (from the build's output store): the index differs.
    const first = round(
      [
        take('a source: a paragraph added'),
        pick((n) => CONTENT.has(n)),
        pick((n) => CONTENT.has(n)),
      ],
      cache,
    );
    const inputless = differences(build(noInput, { DOSSIER_KEY_OMIT: 'input' }), first.cold);
    expect(inputless, first.why).toContain(
      path.join('briefings', 'maduro-police-cooperation', 'index.html'),
    );
    expect(
      inputless.filter((file) => file.startsWith(`pagefind${path.sep}`)),
      first.why,
    ).not.toEqual([]);

    const indexless = differences(
      build(noIndexInput, { DOSSIER_KEY_OMIT: 'index:input' }),
      first.cold,
    );
    expect(
      indexless.filter((file) => file.startsWith(`pagefind${path.sep}`)),
      first.why,
    ).not.toEqual([]);
    expect(indexless, first.why).not.toContain(
      path.join('briefings', 'maduro-police-cooperation', 'index.html'),
    );

    // 2. Code: the data files', the search index's and a component's. Without the data
    // version, every briefing.json stays the old code's (no page shows it, so Astro's keys
    // miss it too), and so does the search index (its documents are unchanged).
    const noData = freshCaches();
    build(noData, { DOSSIER_KEY_OMIT: 'data' });
    const noIndexData = freshCaches();
    build(noIndexData, { DOSSIER_KEY_OMIT: 'index:data' });
    const second = round(
      [
        take('the code that writes the data files'),
        take('the code that writes the search index'),
        take('a component'),
      ],
      cache,
    );
    const stale = differences(build(noData, { DOSSIER_KEY_OMIT: 'data' }), second.cold);
    expect(stale, second.why).toContain(
      path.join('briefings', 'valparaiso-port-strike', 'briefing.json'),
    );
    const staleIndex = differences(
      build(noIndexData, { DOSSIER_KEY_OMIT: 'index:data' }),
      second.cold,
    );
    expect(
      staleIndex.filter((file) => file.startsWith(`pagefind${path.sep}`)),
      second.why,
    ).not.toEqual([]);
    expect(staleIndex, second.why).not.toContain(
      path.join('briefings', 'valparaiso-port-strike', 'briefing.json'),
    );

    // 3. The configuration, and every edit left.
    round(pool.splice(0), cache);
  }, 1_200_000);
});
