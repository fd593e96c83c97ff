// Node adapter: reads the content folder from disk and hands it to core. Main
// functions: `loadSite(root, dir, options, load)`, which assembles incrementally from
// the on-disk cache (assembly-cache.ts) and leaves it up to date, `checkContent` (the
// same, for `npm run check`: diagnostics and counts, no site), and
// `readContentFiles(root, dir)` for callers that want every file's bytes.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type {
  ContentEntry,
  partCounts,
  RawFile,
  Site,
  SiteOptions,
  SiteParts,
} from '../core/assembly/site.ts';
import type { Diagnostic, Result } from '../core/diagnostics.ts';
import {
  assemblyCacheFile,
  contentEntries,
  readAssemblyCache,
  receiveRecords,
  serialiseNow,
  writeAssemblyCache,
  type AssemblyCache,
  type FileState,
} from './assembly-cache.ts';
import { contentDirFromEnv, contentDirName, listContentFiles } from './content-files.ts';
import { folderHistories } from './git-history.ts';
import type {
  AssemblyShare,
  AssemblyWorkerInput,
  AssemblyWorkerOutcome,
} from './assembly-worker.ts';
import { startTypeScriptWorker } from './typescript-worker.ts';
import type { BriefingRecord, SiteMemo } from '../core/assembly/incremental.ts';
import { commonWordLists } from './common-words.ts';

export { contentDirFromEnv, contentDirName, isInside, listContentFiles } from './content-files.ts';

/**
 * Every .md file under `dir`, paths relative to `root` with forward slashes, sorted.
 * Read synchronously: for thousands of small files one read after another is several
 * times faster than reads in flight on libuv's thread pool (docs/performance.md).
 */
export async function readContentFiles(root: string, dir: string): Promise<RawFile[]> {
  return listContentFiles(dir)
    .map((full) => ({
      path: path.relative(root, full).split(path.sep).join('/'),
      bytes: new Uint8Array(readFileSync(full)),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** How a Node process assembles the site: plain data, so it can be compared and sent to a worker thread. */
export interface AssemblyOptions {
  /** Report people and organisations the registry lacks (`actor-unregistered`, NLP); default true. */
  nameWarnings?: boolean;
  /** `'draft'` in `astro dev` only: the live preview's placeholders show flagged (core's SiteOptions); default `'error'`. */
  placeholders?: 'error' | 'draft';
}

/**
 * Core's options for `options`: the word-frequency lists of the alias check always, the
 * NLP module only when name warnings are wanted.
 */
export async function siteOptions(options: AssemblyOptions): Promise<SiteOptions> {
  const commonWords = commonWordLists();
  const placeholders = options.placeholders ? { placeholders: options.placeholders } : {};
  if (options.nameWarnings === false) return { commonWords, ...placeholders };
  const { findNamesWithNlp } = await import('./name-finder.ts');
  return { findNames: findNamesWithNlp, commonWords, ...placeholders };
}

export interface LoadOptions {
  /** Use and update the on-disk cache (default true). */
  cache?: boolean;
  /** Told after each briefing (a long first run shows progress). */
  onProgress?: (done: number, total: number) => void;
  /** Only the briefings of these slugs (and the actors): `npm run check -- <slug>`. */
  slugs?: readonly string[];
  /**
   * With name warnings, when many briefings must be assembled (a first run over an
   * archive), they are shared between up to `threads` threads (assembly-worker.ts),
   * each taking at least `minimum`: the NLP is most of the cost, and each briefing's
   * is independent. `npm run check` asks for it (`SPLIT`); the build and dev already
   * assemble beside other work.
   */
  split?: { threads: number; minimum: number };
  /**
   * The files' states and digests as another thread already read them (a split
   * assembly's helpers get the main thread's): a file whose stat is unchanged is then
   * read only if its briefing is assembled here. Used when there is no cache to read.
   */
  known?: ReadonlyMap<string, FileState>;
  /** A helper thread's side of a queue of briefings shared with other threads (`queueShare`). */
  take?: (slug: string) => boolean;
}

/**
 * How `npm run check` shares a long assembly: a thread per core, up to 8 (each loads
 * its own NLP model and holds its briefings until the end), each with at least 100
 * briefings (fewer are not worth a thread's start, about half a second).
 */
export const SPLIT = { threads: Math.min(availableParallelism(), 8), minimum: 100 };

/**
 * Reads and assembles the content's parts (core's `assembleParts`), reassembling only
 * what changed since the cache was written, and leaves the cache up to date. Core's
 * assembly is loaded on first use: `astro build` loads this module with its config but
 * assembles on a worker thread (src/node/prebuild.ts).
 */
async function loadParts(
  root: string,
  dir: string,
  options: AssemblyOptions,
  load: LoadOptions,
): Promise<{
  parts: SiteParts;
  core: typeof import('../core/assembly/site.ts');
  files: Map<string, FileState>;
}> {
  const useCache = load.cache !== false;
  const file = assemblyCacheFile(root, dir, options.nameWarnings !== false, options.placeholders);
  const cached = useCache ? readAssemblyCache(file) : undefined;
  const listed = listContentFiles(dir);
  // A first run over an archive (no cache: every briefing is to assemble) starts its
  // helper threads before reading the files, so they load their modules meanwhile.
  const early =
    load.split && options.nameWarnings !== false && !cached
      ? startHelpers(
          root,
          dir,
          options,
          load.split,
          load.slugs?.length ?? briefingFolders(dir, listed),
        )
      : undefined;
  const { entries, files } = contentEntries(root, dir, cached?.files ?? load.known, listed);
  const name = contentDirName(root, dir);
  const [core, finder] = await Promise.all([
    import('../core/assembly/site.ts'),
    siteOptions(options),
  ]);
  const slugOf = (entry: ContentEntry) => core.briefingSlug(name, entry.path);
  const only = load.slugs ? new Set(load.slugs) : undefined;
  // Actors and the rating scale stay whatever briefings are asked for.
  const wanted = only
    ? entries.filter((e) => {
        const slug = slugOf(e);
        return slug === undefined || only.has(slug);
      })
    : entries;
  let split: Helpers | undefined;
  if (load.split && finder.findNames) {
    const stale = staleSlugs(wanted, slugOf, cached);
    split = early ?? startHelpers(root, dir, options, load.split, stale.length);
    split?.share(stale, files);
  }
  const take = split?.take ?? load.take;
  const onProgress = load.onProgress;
  const first = core.assembleParts(wanted, name, {
    ...finder,
    previous: cached?.memo,
    // A thread sharing an assembly serialises each briefing as it goes (for the message
    // or the cache file), instead of all of them once the queue is empty.
    ...(take ? { take, onAssembled: (_: string, r: BriefingRecord) => serialiseNow(r) } : {}),
    ...(onProgress
      ? { onProgress: (n, total) => onProgress(n + (split?.done() ?? 0), total) }
      : {}),
  });
  // The other threads' briefings join the memo; the whole is then taken from it.
  let parts = first;
  if (split) {
    const briefings = new Map(first.memo.briefings);
    let helped = 0;
    for (const records of await split.records) {
      helped += records.size;
      for (const [slug, record] of records) briefings.set(slug, record);
    }
    parts = core.assembleParts(wanted, name, {
      ...finder,
      previous: { ...first.memo, briefings },
    });
    parts.counts = {
      assembled: first.counts.assembled + helped,
      reused: first.counts.reused,
    };
  }
  // A run over part of the content keeps the cache of the rest: only a whole run writes it.
  if (useCache && !only && (parts.counts.assembled > 0 || !cached))
    writeAssemblyCache(file, { memo: parts.memo, files });
  return { parts, core, files };
}

/** Reads and assembles the site, reassembling only what changed since the cache was written. */
export async function loadSite(
  root: string,
  dir = contentDirFromEnv(root),
  options: AssemblyOptions = {},
  load: LoadOptions = {},
): Promise<Result<Site>> {
  const [{ parts, core }, { withFolderHistory }] = await Promise.all([
    loadParts(root, dir, options, load),
    import('../core/assembly/briefing-dates.ts'),
  ]);
  const result = core.siteFromParts(parts);
  // The dates briefing.md leaves out come from git, after the memo: history is not content.
  return { ...result, value: withFolderHistory(result.value, folderHistories(dir)) };
}

/**
 * What `npm run check` reports: every diagnostic, and how many briefings, drafts and
 * actors there are, without building the site (nor reading the briefings the cache
 * holds unchanged).
 */
export async function checkContent(
  root: string,
  dir = contentDirFromEnv(root),
  options: AssemblyOptions = {},
  load: LoadOptions = {},
): Promise<{ diagnostics: Diagnostic[]; counts: ReturnType<typeof partCounts> }> {
  const { parts, core } = await loadParts(root, dir, options, load);
  return { diagnostics: parts.diagnostics, counts: core.partCounts(parts) };
}

/** Briefings whose files are new or changed since the cache (any briefing when there is none). */
function staleSlugs(
  entries: readonly ContentEntry[],
  slugOf: (entry: ContentEntry) => string | undefined,
  cached: AssemblyCache | undefined,
): string[] {
  const stale = new Set<string>();
  for (const entry of entries) {
    const slug = slugOf(entry);
    if (slug === undefined) continue;
    if (!cached?.memo.briefings.has(slug) || cached.files.get(entry.path)?.digest !== entry.digest)
      stale.add(slug);
  }
  return [...stale].sort();
}

/** How many briefing folders `listed` (full paths, as `listContentFiles` gives them) holds files in. */
function briefingFolders(dir: string, listed: readonly string[]): number {
  const folders = new Set<string>();
  for (const full of listed) {
    const m = /^briefings[\\/]([^\\/]+)[\\/]/.exec(path.relative(dir, full));
    if (m?.[1]) folders.add(m[1]);
  }
  return folders.size;
}

/**
 * Helper threads sharing an assembly with this one (`startHelpers`): `share` gives them
 * the briefings to assemble, a queue every thread takes from (`take` is this thread's
 * side); their records once the queue is empty, and how many they have done meanwhile.
 */
interface Helpers {
  share: (queue: readonly string[], files: ReadonlyMap<string, FileState>) => void;
  take: (slug: string) => boolean;
  records: Promise<Map<string, BriefingRecord>[]>;
  done: () => number;
}

/**
 * Starts the threads that share an assembly of about `briefings` stale briefings with
 * this one (`split`: a thread per `minimum` briefings, up to `threads` in all; assembly-worker.ts).
 * Undefined when one thread is all it is worth. Each thread, this one too, takes the
 * queue's next briefing whenever it is free, so they finish together whatever each
 * briefing costs and however late a helper started.
 */
function startHelpers(
  root: string,
  dir: string,
  options: AssemblyOptions,
  split: NonNullable<LoadOptions['split']>,
  briefings: number,
): Helpers | undefined {
  const threads = Math.min(split.threads, Math.floor(briefings / split.minimum));
  if (threads < 2) return undefined;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const helpers = Array.from({ length: threads - 1 }, () =>
    assembleOnWorker(root, dir, options, next),
  );
  let take: (slug: string) => boolean = () => true;
  return {
    share: (queue, files) => {
      for (const helper of helpers) helper.share(queue, files);
      take = queueShare(queue, next);
    },
    take: (slug) => take(slug),
    records: Promise.all(helpers.map((h) => h.records)),
    done: () => helpers.reduce((sum, h) => sum + h.done(), 0),
  };
}

/**
 * A thread's side of a queue of briefings shared between threads (`queue`, in the
 * order `assembleParts` walks the slugs; `next`, the queue's next index, shared): when
 * the thread comes to a briefing of the queue and has none of its own waiting, it takes
 * the queue's next; it assembles the ones it took and leaves the others, which other
 * threads took. A briefing not in the queue is this thread's.
 */
export function queueShare(queue: readonly string[], next: Int32Array): (slug: string) => boolean {
  const position = new Map(queue.map((slug, i) => [slug, i]));
  let mine = -1;
  return (slug) => {
    const at = position.get(slug);
    if (at === undefined) return true;
    if (mine < at) mine = Atomics.add(next, 0, 1);
    return mine === at;
  };
}

/** A helper thread of a shared assembly (assembly-worker.ts): its records, and its progress meanwhile. */
function assembleOnWorker(
  root: string,
  dir: string,
  options: AssemblyOptions,
  next: Int32Array,
): {
  share: (queue: readonly string[], files: ReadonlyMap<string, FileState>) => void;
  records: Promise<Map<string, BriefingRecord>>;
  done: () => number;
} {
  const progress = new SharedArrayBuffer(4);
  const counter = new Int32Array(progress);
  const worker = startTypeScriptWorker(new URL('./assembly-worker.ts', import.meta.url), {
    root,
    dir,
    options,
    slugs: 'queue',
    next: next.buffer as SharedArrayBuffer,
    progress,
  } satisfies AssemblyWorkerInput);
  const records = workerOutcome(worker, 'no records', (outcome) =>
    'briefings' in outcome ? receiveRecords(outcome.briefings) : undefined,
  );
  return {
    share: (queue, files) => worker.postMessage({ queue, files } satisfies AssemblyShare),
    records,
    done: () => Atomics.load(counter, 0),
  };
}

/**
 * What the assembly thread posts, taken by `take` (undefined when the outcome is not of
 * the kind asked for: `missing` says so); the thread is ended once it has posted.
 */
function workerOutcome<T>(
  worker: Worker,
  missing: string,
  take: (outcome: Extract<AssemblyWorkerOutcome, { ok: true }>) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (outcome: AssemblyWorkerOutcome) => {
      const taken = outcome.ok ? take(outcome) : undefined;
      if (taken !== undefined) resolve(taken);
      else
        reject(
          new Error(
            `assembling on a second thread failed: ${outcome.ok ? missing : outcome.message}`,
          ),
        );
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * The whole content's memo and file states as `loadSite` leaves them (the on-disk cache
 * read, what changed assembled, the cache written), assembled on a thread of its own
 * (assembly-worker.ts): `npm run dev`'s first assembly, so Astro's thread serves pages
 * meanwhile (site-cache.ts). The memo's records are taken as they are by the main
 * thread's assembly, which then assembles nothing again.
 */
export function assembleAllOnWorker(
  root: string,
  dir: string,
  options: AssemblyOptions,
): Promise<AssemblyCache> {
  const worker = startTypeScriptWorker(new URL('./assembly-worker.ts', import.meta.url), {
    root,
    dir,
    options,
    slugs: 'all',
    progress: new SharedArrayBuffer(4),
  } satisfies AssemblyWorkerInput);
  return new Promise<AssemblyCache>((resolve, reject) => {
    worker.once('exit', (code) =>
      reject(new Error(`the assembly thread stopped (exit code ${code})`)),
    );
    workerOutcome(worker, 'no file states', (outcome) =>
      'memo' in outcome ? { memo: outcome.memo, files: outcome.files } : undefined,
    ).then(resolve, reject);
  });
}

/** `assembleAllOnWorker`'s work, on the worker: the memo and file states of the whole content. */
export async function assembleAll(
  root: string,
  dir: string,
  options: AssemblyOptions,
): Promise<AssemblyCache> {
  const { parts, files } = await loadParts(root, dir, options, {});
  return { memo: parts.memo, files };
}

/**
 * A helper thread's share of a shared assembly (`startHelpers`): the records of the
 * briefings it takes from `share.queue` (`next`, shared with the other threads),
 * assembled afresh (no cache) with the whole registry and rating scale.
 */
export async function assembleShare(
  root: string,
  dir: string,
  options: AssemblyOptions,
  share: AssemblyShare,
  next: Int32Array,
  onProgress: (done: number) => void,
): Promise<SiteMemo> {
  const { parts } = await loadParts(root, dir, options, {
    cache: false,
    slugs: share.queue,
    known: share.files,
    take: queueShare(share.queue, next),
    onProgress: (done) => onProgress(done),
  });
  return parts.memo;
}

/**
 * What a share needs whatever its briefings, loaded while the helper thread waits for
 * them: core's assembly and, with name warnings, the name finder and its model.
 */
export async function prepareAssembly(options: AssemblyOptions): Promise<void> {
  await import('../core/assembly/site.ts');
  if (options.nameWarnings === false) return;
  await siteOptions(options);
  const { usesFirstPass } = await import('./name-finder.ts');
  usesFirstPass();
}
