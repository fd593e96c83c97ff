// The search index in shards (src/node/search-index.ts): a briefing's document always
// goes to the same shard; a build with the store indexes again only the shards whose
// documents changed and writes what a build without any store writes; a store entry
// that is not a shard's files is never written out; and in Chromium, the first shard
// with the others merged (as the search page does) finds what one index of every
// document finds.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import type { Briefing } from '../../src/core/assembly/model.ts';
import { searchDocument } from '../../src/core/publishing/search-records.ts';
import { outputStore } from '../../src/node/output-cache.ts';
import { outputKey } from '../../src/node/page-keys.ts';
import {
  MAX_SHARDS,
  packIndexFiles,
  shardCount,
  shardOf,
  unpackIndexFiles,
  writeSearchIndex,
} from '../../src/node/search-index.ts';
import { launch, type Browser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { shippedSite } from '../helpers/publishing-fixture.ts';

const root = process.cwd();
const seed = shippedSite().briefing('maduro-police-cooperation');
const before = process.env['DOSSIER_CACHE_DIR'];
let work: string;

/** Briefing `n` of a made-up archive: the seed's, with its own slug, title and a paragraph of its own words. */
function briefing(n: number, extra = ''): Briefing {
  const words = [
    `zq${n}x`,
    ...(n % 3 === 0 ? Array.from({ length: (n % 5) + 1 }, () => 'harbour') : []),
    ...(n % 4 === 0 ? ['election', 'ballots'] : []),
    n % 7 === 0 ? 'Valparaíso dockers' : 'ministry statement',
    extra,
  ].join(' ');
  const first = seed.paragraphs[0]!;
  return {
    ...seed,
    slug: `briefing-${n}`,
    meta: { ...seed.meta, title: `Briefing number ${n}` },
    paragraphs: [first, { ...first, text: `${words}.` }],
  };
}

const archive = Array.from({ length: 60 }, (_, n) => briefing(n));
/** Shards of this small archive: more than `shardCount` gives it, so that several are merged. */
const SHARDS = 4;

/** Every file under `dir`, by its relative path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), readFileSync(file)] as const;
      }),
  );
}

function sameTree(a: string, b: string): string[] {
  const [left, right] = [tree(a), tree(b)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)));
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'dossier-search-shards-'));
  process.env['DOSSIER_CACHE_DIR'] = path.join(work, 'cache');
});
afterAll(() => {
  if (before === undefined) delete process.env['DOSSIER_CACHE_DIR'];
  else process.env['DOSSIER_CACHE_DIR'] = before;
  rmSync(work, { recursive: true, force: true });
});

describe('the search index in shards', () => {
  it('cuts an archive in more shards only as it doubles, up to MAX_SHARDS', () => {
    expect([1, 499, 500, 999, 1000, 1001, 2000, 4000, 10_001, 100_000].map(shardCount)).toEqual([
      1, 1, 2, 2, 4, 4, 8, 16, 16, 16,
    ]);
    expect(MAX_SHARDS).toBe(16);
  });

  it('puts a slug in the same shard every time, and spreads slugs over every shard', () => {
    const counts = new Array<number>(MAX_SHARDS).fill(0);
    for (let n = 0; n < 1600; n++) {
      const shard = shardOf(`briefing-${n}`, MAX_SHARDS);
      expect(shard).toBe(shardOf(`briefing-${n}`, MAX_SHARDS));
      counts[shard]!++;
    }
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(Math.max(...counts)).toBeLessThan(150);
  });

  it('indexes again only the edited briefing’s shard, and writes what a build without a store writes', async () => {
    const store = outputStore(root);
    const first = path.join(work, 'first');
    await writeSearchIndex(archive, first, { documents: { root, store }, shards: SHARDS });
    const shards = new Set(archive.map((b) => shardOf(b.slug, SHARDS))).size;
    expect(shards).toBe(SHARDS);
    // Every document and every shard made, none reused.
    expect(store.counts).toEqual({ reused: 0, made: archive.length + shards });
    const list = JSON.parse(readFileSync(path.join(first, 'shards.json'), 'utf8')) as string[];
    expect(list).toHaveLength(shards - 1);
    // Pagefind's script is published once, with the first shard; the others hold their index.
    for (const folder of list) {
      const files = readdirSync(path.join(first, folder));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((f) => f.endsWith('.js') || f.endsWith('.pagefind'))).toEqual([]);
    }
    expect(readdirSync(first)).toContain('pagefind.js');
    expect(readdirSync(first).filter((f) => /ui\.(js|css)$|highlight/.test(f))).toEqual([]);

    const edited = archive.map((b, n) => (n === 17 ? briefing(17, 'lighthouse') : b));
    const again = outputStore(root);
    const incremental = path.join(work, 'incremental');
    await writeSearchIndex(edited, incremental, {
      documents: { root, store: again },
      shards: SHARDS,
    });
    // One document and one shard made again; every other one from the store.
    expect(again.counts).toEqual({ reused: archive.length - 1 + shards - 1, made: 2 });

    const cold = path.join(work, 'cold');
    await writeSearchIndex(edited, cold, { shards: SHARDS });
    expect(sameTree(incremental, cold)).toEqual([]);
    expect(sameTree(first, cold)).not.toEqual([]);
  }, 120_000);

  it('never writes a store entry that is not a shard’s files: the shard is indexed again', async () => {
    const shard = archive.filter(
      (b) => shardOf(b.slug, SHARDS) === shardOf(archive[0]!.slug, SHARDS),
    );
    const key = outputKey(
      root,
      'search index',
      shard.map((b) => searchDocument(b)),
      'index',
    );
    const store = outputStore(root);
    const damaged = packIndexFiles([{ path: '../outside.txt', content: Buffer.from('x') }]);
    store.put(key, damaged);
    expect(unpackIndexFiles(damaged)).toBeUndefined();
    expect(unpackIndexFiles(Buffer.from('[["a",5]]\nabc'))).toBeUndefined();
    expect(unpackIndexFiles(Buffer.from('not json\n'))).toBeUndefined();
    const out = path.join(work, 'after-damage');
    await writeSearchIndex(archive, out, {
      documents: { root, store: outputStore(root) },
      shards: SHARDS,
    });
    const cold = path.join(work, 'cold-again');
    await writeSearchIndex(archive, cold, { shards: SHARDS });
    expect(sameTree(out, cold)).toEqual([]);
    expect(readdirSync(work)).not.toContain('outside.txt');
  }, 120_000);
});

describe('searching the shards in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  const site = () => path.join(work, 'site');

  beforeAll(async () => {
    // The same documents as one index (/single/pagefind/) and in shards (/pagefind/).
    await writeSearchIndex(archive, path.join(site(), 'pagefind'), { shards: SHARDS });
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    for (const document of archive.map((b) => searchDocument(b)))
      await index.addHTMLFile({ url: document.url, content: document.content });
    await index.writeFiles({ outputPath: path.join(site(), 'single/pagefind') });
    await pagefind.close();
    writeFileSync(
      path.join(site(), 'index.html'),
      '<!doctype html><html lang="en"><title>t</title></html>',
    );
    server = await serveStatic(site());
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The briefing URLs a query finds, in Pagefind's order: from one index, or from the first shard with the others merged. */
  async function search(query: string, sharded: boolean): Promise<string[]> {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    // A script as text: a function here would have its import() rewritten by Vitest.
    const found = (await page.evaluate(`(async () => {
      const base = ${JSON.stringify(sharded ? '/pagefind/' : '/single/pagefind/')};
      const api = await import(base + 'pagefind.js');
      await api.options({ excerptLength: 24 });
      await api.init();
      if (${sharded}) {
        const shards = await (await fetch('/pagefind/shards.json')).json();
        for (const shard of shards) await api.mergeIndex('/pagefind/' + shard, { excerptLength: 24 });
      }
      const { results } = await api.search(${JSON.stringify(query)});
      return Promise.all(results.map(async (r) => (await r.data()).url));
    })()`)) as string[];
    await page.close();
    return found;
  }

  it('finds the same briefings as one index of every document', async () => {
    for (const query of [
      'harbour',
      'election ballots',
      'Valparaíso',
      'Maduro',
      'zq17x',
      'ministry',
    ]) {
      // Pagefind puts a bundle's folder before its URLs: /single/… for the single index.
      const one = (await search(query, false)).map((url) => url.replace(/^\/single\//, '/'));
      const shards = await search(query, true);
      if (process.env['SHOW']) console.log(query, one.join(' '), '\n', shards.join(' '));
      expect(one.length, query).toBeGreaterThan(0);
      expect([...shards].sort(), query).toEqual([...one].sort());
    }
    // A word one briefing has: that briefing alone.
    expect(await search('zq17x', true)).toEqual(['/briefings/briefing-17/']);
  }, 120_000);
});
