// One assembled site per content state: the integration, the content loaders and
// the pages share it (process-state.ts: one per process, whichever module instance
// asks). Lifecycle: `initSiteCache(options)` says how this process assembles (the
// integration calls it at config setup); `loadSiteCached(root)` gets the site; in
// `astro build` the site is the one the build's worker thread assembles
// (`adoptBuildSite`, src/node/prebuild.ts); in `npm run dev` the integration pins the
// site each page request was checked against (`pinSite`), and pages render that one;
// `resetSiteCache()` forgets it all. Keyed by every content file's digest (a file is
// read again only when its stat changed, assembly-cache.ts); an edit in `npm run dev`
// reassembles incrementally, only the briefings it can change (core's
// assembleSiteFrom, with the last assembly's memo); concurrent callers share one assembly.
// In `npm run dev` the first assembly runs on a worker thread, and a briefing page asked
// for before it is done renders from a site of that one briefing (`briefingSiteCached`):
// at 10,000 briefings the first page no longer waits for the whole archive.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Result } from '../core/diagnostics.ts';
import type { Site } from '../core/assembly/site.ts';
import {
  assemblyCacheFile,
  contentEntries,
  readAssemblyCache,
  sameDigests,
  updateContentEntries,
  writeAssemblyCacheSoon,
  type AssemblyCache,
  type FileState,
} from './assembly-cache.ts';
import type { ContentEntry } from '../core/assembly/site.ts';
import {
  assembleAllOnWorker,
  contentDirFromEnv,
  contentDirName,
  isInside,
  listContentFiles,
  siteOptions,
  type AssemblyOptions,
} from './content.ts';
import { folderHistories } from './git-history.ts';
import { processState } from './process-state.ts';
import type { FolderHistory } from '../core/assembly/briefing-dates.ts';

export interface CacheOptions extends AssemblyOptions {
  /**
   * This process is an `astro build`: the site is assembled once and reused without
   * looking at the files again (pages read it a dozen times), and pages read it
   * directly rather than through the content collections (src/integration/collections.ts).
   * Off by default: `npm run dev` reassembles after every edit.
   */
  build?: boolean;
  /**
   * This process is `npm run dev`: its first assembly runs on a worker thread
   * (`assembleAllOnWorker`, with the on-disk cache), and until it is done a briefing page
   * renders from a site of that briefing alone (`briefingSiteCached`).
   */
  dev?: boolean;
}

interface SiteCache {
  key?: string | undefined;
  result?: Promise<Result<Site>>;
  options: CacheOptions;
  /** In dev: the site the current page request was checked against. */
  pinned?: Result<Site>;
  /**
   * The file states and entries (by path) of the content the cached result is for: set
   * when an assembly starts, then kept up to date in place as the watcher reports.
   */
  content?: { settings: string; files: Map<string, FileState>; entries: Map<string, ContentEntry> };
  /** The memo of the last assembly that finished, for the next. */
  memo?: { settings: string; memo: AssemblyCache['memo'] };
  /** In dev: the content folder a watcher reports on, and the files it reported since the last look. */
  watch?: { dir: string; changed: Set<string> | 'all' };
  /** The git history of the content folder's briefings (git-history.ts), read once per folder. */
  history?: { dir: string; histories: Map<string, FolderHistory> };
  /** Settles when the first assembly of this process has (`firstAssembly`). */
  first?: { done: Promise<void>; settle: () => void };
  /** In dev: settles when the first page has been served (`holdUntilFirstPage`). */
  firstPage?: { served: Promise<void>; settle: () => void };
  /** In dev: the first assembly on a worker thread, settled once its memo and file states are taken. */
  worker?: Promise<void>;
  /** In dev: why the worker thread failed; the main thread assembles (the same site, only later). */
  noWorker?: Error;
  /** In dev: the first assembly's memo came from the worker thread. */
  fromWorker?: boolean;
  /** The settings of the last whole site that was assembled: from then on pages render whole sites. */
  whole?: string;
  /** In dev, before the whole site: the last site of each briefing asked for, by the digests of its files. */
  partials?: Map<string, { key: string; result: Result<Site> }>;
}

const state = processState<SiteCache>('site-cache', () => ({ options: {} }));

/**
 * How the cached site is assembled from now on in this process: `astro build` turns
 * off the NLP name warnings (`npm run check` lists them) and assembles once — see
 * docs/performance.md. A cached site assembled otherwise is not reused.
 */
export function initSiteCache(options: CacheOptions): void {
  state.get().options = options;
}

/** Forgets the cached, adopted and pinned site and the options. */
export function resetSiteCache(): void {
  state.reset();
}

/** True in an `astro build` (the integration said so): pages read the assembled site directly. */
export function isBuild(): boolean {
  return state.get().options.build === true;
}

/** The part of the cache key that is not the files' state: the options and the folder. */
function settingsKey(
  cache: SiteCache,
  dir: string,
): { build: boolean; options: AssemblyOptions; settings: string } {
  const { build = false, dev: _dev, ...options } = cache.options;
  return { build, options, settings: `${JSON.stringify(options)}|${dir}|` };
}

/**
 * In `astro build`: the site of `dir` is `result`, assembled elsewhere (the build's
 * worker thread, src/node/prebuild.ts); every later read gets it.
 */
export function adoptBuildSite(dir: string, result: Promise<Result<Site>>): void {
  const cache = state.get();
  const { build, settings } = settingsKey(cache, dir);
  if (!build)
    throw new Error('adoptBuildSite is for astro build: initSiteCache({ build: true }) first.');
  cache.key = settings;
  cache.result = result;
}

export async function loadSiteCached(
  root: string,
  dir = contentDirFromEnv(root),
): Promise<Result<Site>> {
  const cache = state.get();
  const { build, options, settings } = settingsKey(cache, dir);
  if (build && cache.result && cache.key?.startsWith(settings)) return cache.result;
  const content = cache.content?.settings === settings ? cache.content : undefined;
  const nameWarnings = options.nameWarnings !== false;
  // The first time, the on-disk cache of an earlier run (check, build, dev) is the starting point.
  const file = assemblyCacheFile(root, dir, nameWarnings, options.placeholders);
  const memo = cache.memo?.settings === settings ? cache.memo.memo : undefined;
  // Dev's first assembly: on a worker thread (it reads the on-disk cache and writes it
  // back there), then taken from its memo below, with every file looked at again.
  if (cache.options.dev && !build && !memo && !content && !cache.noWorker) {
    cache.worker ??= assembleOnWorker(cache, root, dir, settings, options);
    return cache.worker.then(() => loadSiteCached(root, dir));
  }
  const stored = memo || content ? undefined : readAssemblyCache(file);
  const current = cache.result && cache.key === settings ? cache.result : undefined;
  // Watched (dev): only the files the watcher reported are looked at; otherwise all are stat'ed.
  const watch = cache.watch?.dir === dir ? cache.watch : undefined;
  if (watch && content && current && watch.changed !== 'all' && watch.changed.size === 0)
    return current;
  const changed = watch?.changed;
  if (watch) watch.changed = new Set();
  if (content && changed && changed !== 'all') {
    // Nothing the watcher reported changed any bytes: no new site.
    // A file caught while it is written stays to be looked at: the watcher's second look at
    // a change (below) and the integration's at the page come after it has settled.
    const writing = new Set<string>();
    const updated = updateContentEntries(root, content.entries, content.files, changed, {
      writing,
    });
    if (watch && watch.changed !== 'all') for (const file of writing) watch.changed.add(file);
    if (!updated && current) return current;
  } else {
    const read = contentEntries(root, dir, content?.files ?? stored?.files);
    const same = content !== undefined && sameDigests(read.files, content.files);
    cache.content = {
      settings,
      files: read.files,
      entries: new Map(read.entries.map((e) => [e.path, e])),
    };
    if (same && current) return current;
  }
  const { files, entries: byPath } = cache.content ?? {
    files: new Map<string, FileState>(),
    entries: new Map<string, ContentEntry>(),
  };
  const entries = [...byPath.values()];
  const previous = memo ?? stored?.memo;
  const firstRun = memo === undefined;
  // Core's assembly is loaded on first use (see loadSite in content.ts).
  const result = Promise.all([
    siteOptions(options),
    import('../core/assembly/site.ts'),
    import('../core/assembly/briefing-dates.ts'),
  ]).then(([core, { assembleSiteFrom }, { withFolderHistory }]) => {
    const assembled = assembleSiteFrom(entries, contentDirName(root, dir), {
      ...core,
      previous,
    });
    cache.memo = { settings, memo: assembled.memo };
    // Written once per process (the next start begins from it); later edits stay in
    // memory. Written after the site is handed over, a batch of briefings at a time: at
    // 10,000 briefings serialising it takes seconds, which no page request waits for.
    // In dev, after the first page: serialising 10,000 briefings takes seconds of this
    // thread, and a page's modules load between its batches.
    if (firstRun && assembled.counts.assembled > 0) {
      const written = { memo: assembled.memo, files: new Map(files) };
      // A cache that cannot be written only makes the next start assemble everything.
      void afterFirstPage()
        .then(() => writeAssemblyCacheSoon(file, written))
        .catch(() => undefined);
    }
    // The git history is read once per process and folder: commits seldom land mid-session.
    if (cache.history?.dir !== dir) cache.history = { dir, histories: folderHistories(dir) };
    return {
      ...assembled.result,
      value: withFolderHistory(assembled.result.value, cache.history.histories),
    };
  });
  cache.key = settings;
  cache.result = result;
  const settle = () => firstOf(cache).settle();
  result.then(settle, settle);
  result.then(
    () => {
      if (cache.key === settings) cache.whole = settings;
    },
    () => undefined,
  );
  // A failed read is not cached: the next call tries again, looking at every file.
  result.catch(() => {
    if (cache.result === result) cache.key = undefined;
    if (cache.watch) cache.watch.changed = 'all';
  });
  return result;
}

/**
 * Dev's first assembly on a worker thread (content.ts, `assembleAllOnWorker`): its memo
 * and the file states it read become this thread's, so the next assembly here takes
 * every briefing from the memo. If the thread fails, this one assembles instead.
 */
async function assembleOnWorker(
  cache: SiteCache,
  root: string,
  dir: string,
  settings: string,
  options: AssemblyOptions,
): Promise<void> {
  try {
    const { memo, files } = await assembleAllOnWorker(root, dir, options);
    if (state.get() !== cache) return;
    const entries = new Map<string, ContentEntry>();
    for (const [relative, { digest }] of files) {
      const full = path.resolve(root, relative);
      let bytes: Uint8Array | undefined;
      const read = () => (bytes ??= new Uint8Array(readFileSync(full)));
      entries.set(relative, { path: relative, digest, bytes: read });
    }
    cache.content = { settings, files, entries };
    cache.memo = { settings, memo };
    cache.fromWorker = true;
    // Every file is looked at again (by stat) before the site is made: an edit saved
    // while the worker read the files is not lost.
    if (cache.watch) cache.watch.changed = 'all';
  } catch (e) {
    // The same site comes from this thread's assembly, only later.
    cache.noWorker = e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * In `npm run dev`, until the first whole site is assembled: the site of the briefing
 * `slug` alone, with every actor file and the rating scale, which is all its page
 * renders from (core's `briefingPages` gives it the briefing; the briefing is assembled
 * from its own files, the registry and the scale: the same object the whole site holds,
 * test/node/site-cache.test.ts). Its diagnostics are those of these files only: an
 * error in another briefing shows once the whole site is there (the open page is then
 * reloaded, dev-reloads.ts). Undefined once a whole site has been assembled, or when
 * there is no such briefing folder: the caller takes `loadSiteCached`'s site.
 */
export async function briefingSiteCached(
  root: string,
  slug: string,
  dir = contentDirFromEnv(root),
): Promise<Result<Site> | undefined> {
  const cache = state.get();
  const { build, options, settings } = settingsKey(cache, dir);
  if (build || !cache.options.dev || cache.whole === settings) {
    delete cache.partials;
    return undefined;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return undefined;
  const folder = path.join(dir, 'briefings', slug);
  try {
    if (!statSync(folder).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const ratings = path.join(dir, 'ratings.md');
  const listed = [
    ...listContentFiles(path.join(dir, 'actors')),
    ...listContentFiles(folder),
    ...(existsSync(ratings) ? [ratings] : []),
  ];
  const { entries } = contentEntries(root, dir, cache.content?.files, listed);
  // The same files give the same site, the very object: its page is not rendered anew
  // for each request while the whole site is assembled.
  const key = `${settings}\n${entries.map((e) => `${e.path} ${e.digest}`).join('\n')}`;
  cache.partials ??= new Map();
  const known = cache.partials.get(slug);
  if (known?.key === key) return known.result;
  const [core, { assembleSiteFrom }, { withFolderHistory }] = await Promise.all([
    siteOptions(options),
    import('../core/assembly/site.ts'),
    import('../core/assembly/briefing-dates.ts'),
  ]);
  const { result } = assembleSiteFrom(entries, contentDirName(root, dir), core);
  if (cache.history?.dir !== dir) cache.history = { dir, histories: folderHistories(dir) };
  const partial = { ...result, value: withFolderHistory(result.value, cache.history.histories) };
  cache.partials?.set(slug, { key, result: partial });
  return partial;
}

/**
 * In dev, where the first assembly was made: `'worker'`, or `'this thread'` with the
 * reason the worker thread failed; undefined before it is done.
 */
export function firstAssemblyThread():
  { thread: 'worker' } | { thread: 'this thread'; because: Error } | undefined {
  const cache = state.get();
  if (cache.fromWorker) return { thread: 'worker' };
  return cache.noWorker ? { thread: 'this thread', because: cache.noWorker } : undefined;
}

function firstOf(cache: SiteCache): NonNullable<SiteCache['first']> {
  if (!cache.first) {
    let settle = () => {};
    const done = new Promise<void>((resolve) => (settle = resolve));
    cache.first = { done, settle };
  }
  return cache.first;
}

/**
 * Settles once this process has assembled a site (or failed to), whoever asked for it:
 * in `npm run dev`, work that can wait (the name warnings) starts after it, so the
 * first page does not share the machine's cores with it.
 */
export function firstAssembly(): Promise<void> {
  return firstOf(state.get()).done;
}

/**
 * How long work that no page needs waits for a first page that nobody asks for, once
 * called for. `$DOSSIER_FIRST_PAGE_GRACE_MS` sets another (tests: a first page served
 * before the whole site, whatever the machine's load).
 */
export const FIRST_PAGE_GRACE_MS = 10_000;

/**
 * In `npm run dev`: work that no page needs (writing the assembly cache to disk, the name
 * warnings' worker) waits for the first page to be served (`notePageServed`), so an
 * editor's first page shares the machine with nothing but Astro; at most
 * `FIRST_PAGE_GRACE_MS` after it is called for, if no page is asked for.
 */
export function holdUntilFirstPage(): void {
  const cache = state.get();
  if (cache.firstPage) return;
  let settle = () => {};
  const served = new Promise<void>((resolve) => (settle = resolve));
  cache.firstPage = { served, settle };
}

/** A page has been served (dev's page requests call this as each one ends). */
export function notePageServed(): void {
  state.get().firstPage?.settle();
}

/** Settles once the first page is served (`holdUntilFirstPage`); at once when nothing holds. */
export function afterFirstPage(): Promise<void> {
  const held = state.get().firstPage;
  if (!held) return Promise.resolve();
  return Promise.race([
    held.served,
    new Promise<void>((resolve) =>
      setTimeout(
        resolve,
        Number(process.env['DOSSIER_FIRST_PAGE_GRACE_MS'] ?? FIRST_PAGE_GRACE_MS),
      ).unref(),
    ),
  ]);
}

/**
 * In `npm run dev`: from now on a file watcher reports changes under `dir`
 * (`noteContentChange`), so the site is looked at again only where it reports, not by
 * a stat of every file on every request (at thousands of briefings that costs more than
 * the page).
 */
export function watchContent(dir: string): void {
  state.get().watch = { dir, changed: 'all' };
}

/**
 * No watcher reports on the content folder (yet): from now on each look at the site
 * stats every file again, until `watchContent`.
 */
export function stopWatchingContent(): void {
  delete state.get().watch;
}

/**
 * A watcher event under the watched folder. A file is looked at again once more a
 * little later too: a save in two writes can reach the watcher as one event.
 */
export function noteContentChange(event: string, file: string): void {
  const watch = state.get().watch;
  if (!watch || !isInside(watch.dir, file)) return;
  if (event === 'addDir' || event === 'unlinkDir') {
    watch.changed = 'all';
    // A file written into a new folder before the watcher watches that folder is never
    // reported (a folder copied in, as `cp -r` does): every file is looked at again a
    // little later, and once more after a second.
    for (const delay of [250, 1000])
      setTimeout(() => {
        if (state.get().watch === watch) watch.changed = 'all';
      }, delay).unref();
    return;
  }
  if (!file.endsWith('.md')) return;
  if (watch.changed !== 'all') watch.changed.add(file);
  setTimeout(() => {
    const now = state.get().watch;
    if (now === watch && now.changed !== 'all') now.changed.add(file);
  }, 250).unref();
}

/**
 * In `npm run dev`: the site a page request was checked against (the integration pins
 * it before the page renders), so every part of the page, its paths included, renders
 * from one content state, never from one older than the files.
 */
export function pinSite(result: Result<Site>): void {
  state.get().pinned = result;
}

/** The pinned site, if a page request pinned one. */
export function pinnedSite(): Result<Site> | undefined {
  return state.get().pinned;
}
