// Node adapter: the search index. Pagefind (a process of its own) indexes one
// small HTML document per briefing (src/core/publishing/search-records.ts), a section per
// quote, actor and event under a heading with the page's id for it, and writes
// the index the search page loads on first use. One document per briefing, not a
// record per item: Pagefind's cost grows with the square of the number of documents
// (DEVELOPERS.md, Search).
//
// Pagefind cannot update an index, so the index is cut in shards: a briefing's document
// goes to one of several indexes by a stable rule (the digest of its slug; `shardCount`
// says how many, from the archive's size), and a shard
// is indexed again only when one of its documents changed; an unchanged shard's files
// come from the build's output store under a key on its documents (src/node/page-keys.ts,
// output-cache.ts). The first shard is written to `pagefind/` with Pagefind's script,
// worker and WebAssembly; every other to `pagefind/shard/<name>/` (its name a digest of
// its key, so its files never change under one address), listed in `pagefind/shards.json`,
// which the search page merges into the first with Pagefind's `mergeIndex`
// (src/browser/search.ts). A briefing's document is taken from the store too when the
// briefing is unchanged, so only changed briefings are made into documents. Main
// functions: `startSearchIndex()` (Pagefind's process starts while the site is
// assembled), `writeSearchIndex(briefings, outputPath, options)`, `shardOf(slug)`.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Briefing } from '../core/assembly/model.ts';
import { searchDocument, type SearchDocument } from '../core/publishing/search-records.ts';
import type { OutputStore } from './output-cache.ts';
import { outputKey } from './page-keys.ts';

/** Documents sent before their answers come back: keeps Pagefind busy without queueing every document in memory. */
const IN_FLIGHT = 16;

/** The most shards the index is cut in. */
export const MAX_SHARDS = 16;
/** About the fewest documents a shard holds once the index is cut. */
const SHARD_SIZE = 250;

/**
 * How many shards an index of `count` documents is cut in: the largest power of two
 * up to `count / SHARD_SIZE`, at most MAX_SHARDS (1 up to 499 briefings, 4 at 1,000, 16
 * from 4,000). A republish indexes again the shards of the changed briefings, about
 * 1/shards of the archive for one edit. Each shard ranks its documents by its own word
 * counts (Pagefind's BM25), so shards are kept large: the merged order stays close to one
 * index's, and a small archive keeps one index. A power of two, so the count changes only
 * when the archive doubles (every shard is then indexed again, once).
 */
export function shardCount(count: number): number {
  let shards = 1;
  while (shards * 2 <= MAX_SHARDS && shards * 2 * SHARD_SIZE <= count) shards *= 2;
  return shards;
}

/** Where the shards other than the first are written, under the index's folder. */
const SHARD_FOLDER = 'shard';
/** The list of those shards, which the search page reads. */
export const SHARD_LIST = 'shards.json';

/** What the options of Pagefind's indexes are; part of the data version, like all of src/node. */
const INDEX_OPTIONS: pagefind.PagefindServiceConfig = {};

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index: the
 * search page has its own (src/browser/search.ts) and loads only `pagefind.js`, its
 * worker and the index, so these are not published.
 */
const UNUSED_UI_FILES = new Set([
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]);

/** Pagefind's script, its worker and its WebAssembly: loaded from the first shard only (`mergeIndex` reuses them). */
const isBundleFile = (file: string) =>
  file === 'pagefind.js' || file === 'pagefind-worker.js' || /^wasm\.[^/]+\.pagefind$/.test(file);

type Index = Awaited<ReturnType<typeof pagefind.createIndex>>;

/**
 * Starts Pagefind's process and an empty index: called before the site is assembled, so
 * the process is up when the documents come. `writeSearchIndex` takes the result.
 */
export function startSearchIndex(): Promise<Index> {
  const started = pagefind.createIndex(INDEX_OPTIONS);
  // Awaited by writeSearchIndex; a build that stops before it still ends (close()).
  started.catch(() => undefined);
  return started;
}

/** Stops Pagefind's process when no index is written (a build stopped by content errors). */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}

/** Where a briefing's search document and a shard's files come from: made now, or the store's copy under their key. */
export interface SearchDocuments {
  root: string;
  store: OutputStore;
}

/**
 * A briefing's search document: from `store` under its key (the briefing, as the
 * document is made from it alone), else made and stored.
 */
export function storedSearchDocument(
  { root, store }: SearchDocuments,
  briefing: Briefing,
): SearchDocument {
  const key = outputKey(root, `search document ${briefing.slug}`, briefing);
  const stored = store.get(key);
  if (stored) {
    try {
      const document = JSON.parse(stored.toString('utf8')) as SearchDocument;
      if (typeof document.url === 'string' && typeof document.content === 'string') return document;
    } catch {
      // Not a document: made afresh below.
    }
  }
  const document = searchDocument(briefing);
  store.put(key, JSON.stringify(document));
  return document;
}

/**
 * `$DOSSIER_SEARCH_SHARDS`: a shard count for the tests alone (test/build/incremental.test.ts,
 * the fixture site of test/global-setup.ts), whose two briefings would otherwise share one
 * index. Never set it for a real build.
 */
function testShards(): number | undefined {
  const value = Number(process.env['DOSSIER_SEARCH_SHARDS']);
  return Number.isInteger(value) && value >= 1 && value <= MAX_SHARDS ? value : undefined;
}

/** The shard of a briefing's document among `shards`: the first 32 bits of its slug's SHA-256, modulo `shards`. */
export function shardOf(slug: string, shards: number): number {
  return createHash('sha256').update(slug).digest().readUInt32BE(0) % shards;
}

/** One index file: its path inside the index's folder (`/`-separated) and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * A shard's files as one store entry: a line of JSON naming each file and its length,
 * then their bytes in that order.
 */
export function packIndexFiles(files: readonly IndexFile[]): Buffer {
  const head = JSON.stringify(files.map((f) => [f.path, f.content.length]));
  return Buffer.concat([Buffer.from(`${head}\n`), ...files.map((f) => f.content)]);
}

/** The files of a store entry made by `packIndexFiles`; undefined for anything else. */
export function unpackIndexFiles(bytes: Buffer): IndexFile[] | undefined {
  const end = bytes.indexOf(0x0a);
  if (end < 0) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(bytes.toString('utf8', 0, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(head)) return undefined;
  const files: IndexFile[] = [];
  let at = end + 1;
  for (const entry of head as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [file, length] = entry as unknown[];
    if (typeof file !== 'string' || !isIndexPath(file)) return undefined;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return undefined;
    if (at + length > bytes.length) return undefined;
    files.push({ path: file, content: bytes.subarray(at, at + length) });
    at += length;
  }
  return at === bytes.length && files.length > 0 ? files : undefined;
}

/** A relative path that stays inside the index's folder. */
const isIndexPath = (file: string) =>
  file !== '' &&
  !file.startsWith('/') &&
  file
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'));

/** The briefings of each shard that has any, in shard order, each in the archive's order. */
function shardsOf(briefings: readonly Briefing[], count: number): Briefing[][] {
  const shards: Briefing[][] = Array.from({ length: count }, () => []);
  for (const briefing of briefings) shards[shardOf(briefing.slug, count)]!.push(briefing);
  const used = shards.filter((shard) => shard.length > 0);
  // No briefing: one empty index, so the search page finds an index and nothing in it.
  return used.length > 0 ? used : [[]];
}

/**
 * Indexes the briefings and writes the index into `outputPath` (awaited only once
 * every shard is made: Pagefind indexes while the output folder is made ready). With
 * `documents`, a shard whose documents are all unchanged is taken from the store, and
 * a shard made now is stored. In a shard the documents go in order, a bounded number
 * in flight (the index is the same as sending them one by one), each made (or taken
 * from the store) when it is sent. `shards` overrides `shardCount` (tests). Stops
 * Pagefind's process when done.
 */
export async function writeSearchIndex(
  briefings: readonly Briefing[],
  outputPath: string | Promise<string>,
  options: { documents?: SearchDocuments; index?: Promise<Index>; shards?: number } = {},
): Promise<void> {
  try {
    let started = options.index;
    const newIndex = async () => {
      const { index, errors } = await (started ?? pagefind.createIndex(INDEX_OPTIONS));
      started = undefined;
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    };
    const documentOf = (briefing: Briefing) =>
      options.documents
        ? storedSearchDocument(options.documents, briefing)
        : searchDocument(briefing);
    const made: { name: string; files: IndexFile[] }[] = [];
    const count = options.shards ?? testShards() ?? shardCount(briefings.length);
    for (const shard of shardsOf(briefings, count)) {
      const documents = shard.map(documentOf);
      // The route is the same for every shard: its documents (their URLs) tell shards apart.
      const key = outputKey(
        options.documents?.root ?? process.cwd(),
        'search index',
        documents,
        'index',
      );
      const name = createHash('sha256').update(key).digest('hex').slice(0, 20);
      const stored = options.documents?.store.get(key);
      let files = stored && unpackIndexFiles(stored);
      if (!files) {
        files = await indexShard(await newIndex(), documents);
        options.documents?.store.put(key, packIndexFiles(files));
      }
      made.push({ name, files });
    }
    const folder = await outputPath;
    const writes: Promise<void>[] = [];
    const write = (file: string, content: Uint8Array | string) =>
      writes.push(
        mkdir(path.dirname(file), { recursive: true }).then(() => writeFile(file, content)),
      );
    made.forEach(({ name, files }, n) => {
      const base = n === 0 ? folder : path.join(folder, SHARD_FOLDER, name);
      for (const file of files)
        if (n === 0 || !isBundleFile(file.path))
          write(path.join(base, ...file.path.split('/')), file.content);
    });
    write(
      path.join(folder, SHARD_LIST),
      `${JSON.stringify(made.slice(1).map(({ name }) => `${SHARD_FOLDER}/${name}/`))}\n`,
    );
    await Promise.all(writes);
  } finally {
    await pagefind.close();
  }
}

/** A shard's index: its documents indexed by `index`, its files (without the unused interfaces); the index is then deleted. */
async function indexShard(
  index: pagefind.PagefindIndex,
  documents: readonly SearchDocument[],
): Promise<IndexFile[]> {
  let next = 0;
  const send = async () => {
    for (let document = documents[next++]; document; document = documents[next++]) {
      const added = await index.addHTMLFile({ url: document.url, content: document.content });
      if (added.errors.length > 0)
        throw new Error(`Pagefind rejected ${document.url}: ${added.errors.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, documents.length) }, send));
  const { files, errors } = await index.getFiles();
  if (errors.length > 0)
    throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
  await index.deleteIndex();
  return files
    .map((f) => ({ path: f.path.split(path.sep).join('/'), content: f.content }))
    .filter((f) => !UNUSED_UI_FILES.has(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
