// Node adapter: reads the content folder from disk and hands the bytes to core.
// Main functions: `readContentFiles(root, dir)` and `loadSite(root)`; `listContentFiles(dir)`.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { RawFile, Site, SiteOptions } from '../core/assembly/site.ts';
import type { Result } from '../core/diagnostics.ts';

/** The content folder: $DOSSIER_CONTENT when set (tests, benchmarks), else ./content. */
export function contentDirFromEnv(root: string): string {
  return path.resolve(root, process.env['DOSSIER_CONTENT'] ?? 'content');
}

/** The full path of every .md file under `dir`, in no particular order; none when `dir` does not exist. */
export function listContentFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Every .md file under `dir`, paths relative to `root` with forward slashes, sorted.
 * Read synchronously: the caller assembles them synchronously right after, and for
 * thousands of small files one read after another is several times faster than
 * reads in flight on libuv's thread pool (docs/performance.md).
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

/** The content folder as core names it in messages: relative to `root`, forward slashes. */
export function contentDirName(root: string, dir: string): string {
  return path.relative(root, dir).split(path.sep).join('/') || '.';
}

/**
 * Reads and assembles the whole site. Core's assembly (and the libraries it uses) is
 * loaded on first use: `astro build` loads this module with its config but
 * assembles on a worker thread (src/node/prebuild.ts), so its main thread sets up
 * without them.
 */
export async function loadSite(
  root: string,
  dir = contentDirFromEnv(root),
  options: AssemblyOptions = {},
): Promise<Result<Site>> {
  const files = await readContentFiles(root, dir);
  const { assembleSite } = await import('../core/assembly/site.ts');
  return assembleSite(files, contentDirName(root, dir), await siteOptions(options));
}
