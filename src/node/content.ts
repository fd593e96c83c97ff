// Node adapter: reads the content folder from disk and hands it to core. Main
// functions: `loadSite(root, dir, options, load)`, which assembles incrementally from
// the on-disk cache (assembly-cache.ts) and leaves it up to date, `checkContent` (the
// same, for `npm run check`: diagnostics and counts, no site), and
// `readContentFiles(root, dir)` for callers that want every file's bytes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { partCounts, RawFile, Site, SiteOptions, SiteParts } from '../core/assembly/site.ts';
import type { Diagnostic, Result } from '../core/diagnostics.ts';
import {
  assemblyCacheFile,
  contentEntries,
  readAssemblyCache,
  writeAssemblyCache,
} from './assembly-cache.ts';
import { contentDirFromEnv, contentDirName, listContentFiles } from './content-files.ts';
import { folderHistories } from './git-history.ts';

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
}

/** Core's options for `options`: the NLP module is loaded only when name warnings are wanted. */
export async function siteOptions(options: AssemblyOptions): Promise<SiteOptions> {
  if (options.nameWarnings === false) return {};
  const { findNamesWithNlp } = await import('../core/assembly/name-finder.ts');
  return { findNames: findNamesWithNlp };
}

export interface LoadOptions {
  /** Use and update the on-disk cache (default true). */
  cache?: boolean;
  /** Told after each briefing (a long first run shows progress). */
  onProgress?: (done: number, total: number) => void;
  /** Only the briefings of these slugs (and the actors): `npm run check -- <slug>`. */
  slugs?: readonly string[];
}

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
): Promise<{ parts: SiteParts; core: typeof import('../core/assembly/site.ts') }> {
  const useCache = load.cache !== false;
  const file = assemblyCacheFile(root, dir, options.nameWarnings !== false);
  const cached = useCache ? readAssemblyCache(file) : undefined;
  const { entries, files } = contentEntries(root, dir, cached?.files);
  const name = contentDirName(root, dir);
  const only = load.slugs ? new Set(load.slugs) : undefined;
  const wanted = only
    ? entries.filter((e) => {
        const slug = /\/briefings\/([^/]+)\//.exec(e.path.slice(name.length))?.[1];
        return slug === undefined ? e.path.startsWith(`${name}/actors/`) : only.has(slug);
      })
    : entries;
  const [core, finder] = await Promise.all([
    import('../core/assembly/site.ts'),
    siteOptions(options),
  ]);
  const parts = core.assembleParts(wanted, name, {
    ...finder,
    previous: cached?.memo,
    ...(load.onProgress ? { onProgress: load.onProgress } : {}),
  });
  // A run over part of the content keeps the cache of the rest: only a whole run writes it.
  if (useCache && !only && (parts.counts.assembled > 0 || !cached))
    writeAssemblyCache(file, { memo: parts.memo, files });
  return { parts, core };
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
