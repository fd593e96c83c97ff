// One assembled site per content state: the integration, the content loaders and
// the pages share it (process-state.ts: one per process, whichever module instance
// asks). Lifecycle: `initSiteCache(options)` says how this process assembles (the
// integration calls it at config setup); `loadSiteCached(root)` gets the site; in
// `astro build` the site is the one the build's worker thread assembles
// (`adoptBuildSite`, src/node/prebuild.ts); in `npm run dev` the integration pins the
// site each page request was checked against (`pinSite`), and pages render that one;
// `resetSiteCache()` forgets it all. Keyed by every file's path, size and mtime (read
// with stat, without reading the files; synchronously, which for thousands of small
// files is several times faster than in flight), so an edit in `npm run dev`
// reassembles; concurrent callers share one assembly.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Result } from '../core/diagnostics.ts';
import type { Site } from '../core/assembly/site.ts';
import {
  contentDirFromEnv,
  contentDirName,
  listContentFiles,
  readContentFiles,
  siteOptions,
  type AssemblyOptions,
} from './content.ts';
import { processState } from './process-state.ts';

export interface CacheOptions extends AssemblyOptions {
  /**
   * This process is an `astro build`: the site is assembled once and reused without
   * looking at the files again (pages read it a dozen times), and pages read it
   * directly rather than through the content collections (src/integration/collections.ts).
   * Off by default: `npm run dev` reassembles after every edit.
   */
  build?: boolean;
}

interface SiteCache {
  key?: string | undefined;
  result?: Promise<Result<Site>>;
  options: CacheOptions;
  /** In dev: the site the current page request was checked against. */
  pinned?: Result<Site>;
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

/** `path:size:mtime` of every .md file under `dir`, sorted: changes whenever a file does. */
function contentStamp(root: string, dir: string): string {
  return listContentFiles(dir)
    .map((full) => {
      const s = statSync(full);
      return `${path.relative(root, full)}:${s.size}:${s.mtimeMs}`;
    })
    .sort()
    .join('|');
}

/** The part of the cache key that is not the files' state: the options and the folder. */
function settingsKey(
  cache: SiteCache,
  dir: string,
): { build: boolean; options: AssemblyOptions; settings: string } {
  const { build = false, ...options } = cache.options;
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
  const key = `${settings}${contentStamp(root, dir)}`;
  if (cache.key === key && cache.result) return cache.result;
  // Core's assembly is loaded on first use (see loadSite in content.ts).
  const result = Promise.all([
    readContentFiles(root, dir),
    siteOptions(options),
    import('../core/assembly/site.ts'),
  ]).then(([files, core, { assembleSite }]) =>
    assembleSite(files, contentDirName(root, dir), core),
  );
  cache.key = key;
  cache.result = result;
  // A failed read is not cached: the next call tries again.
  result.catch(() => {
    if (cache.result === result) cache.key = undefined;
  });
  return result;
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
