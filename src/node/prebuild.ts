// `astro build`'s own work on a second core. Astro sets up, bundles and renders
// pages on the main thread; the content (read, checked, assembled), the data files
// and the search index depend only on the content files, so a worker thread
// (prebuild-worker.ts) does them meanwhile: it posts the assembled site, which the
// pages render from, then stages the data files and the search index in a folder
// of Astro's cacheDir, which `moveStaged` moves into the output once the pages
// are written. Main functions: `startPrebuild(input)`, `currentPrebuild()`, `moveStaged(staged, outDir)`.
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Result } from '../core/diagnostics.ts';
import type { Site } from '../core/site.ts';
import type { AssemblyOptions } from './content.ts';

export interface PrebuildInput {
  root: string;
  /** The content folder. */
  dir: string;
  options: AssemblyOptions;
  /** `site` from the Astro config; the data files need it (absolute URLs). */
  site: string | undefined;
  /** Where the worker makes its staging folder (Astro's cacheDir). */
  cacheDir: string;
}

/** What the worker posts: the site first, then the staged files, or why it failed. */
export type PrebuildMessage = { kind: 'site'; result: Result<Site> } | { kind: 'staged'; staged: Staged } | { kind: 'failed'; message: string };

export interface Staged {
  /** Holds `exports/briefings/<slug>/<file>` and `pagefind/`. */
  folder: string;
  /** Data files written. */
  exports: number;
  /** Briefings indexed for search. */
  briefings: number;
}

export interface Prebuild {
  /** The assembled site and its diagnostics. */
  site: Promise<Result<Site>>;
  /** The data files and the search index, staged; rejects when the site has errors (nothing is staged then). */
  staged: Promise<Staged>;
}

const SHARED = Symbol.for('dossier.prebuild');

type WithPrebuild = typeof globalThis & { [SHARED]?: Prebuild };

/**
 * The prebuild of this process's build, if one started. On globalThis: Astro loads
 * the integrations and the pages as separate module instances.
 */
export function currentPrebuild(): Prebuild | undefined {
  return (globalThis as WithPrebuild)[SHARED];
}

/** Starts the worker thread. */
export function startPrebuild(input: PrebuildInput): Prebuild {
  // The worker runs the project's TypeScript through Node's type stripping (on by default from Node 22.18; the flag turns it on in older 22s).
  const execArgv = process.execArgv.includes('--experimental-strip-types') ? process.execArgv : [...process.execArgv, '--experimental-strip-types'];
  const worker = new Worker(new URL('./prebuild-worker.ts', import.meta.url), { workerData: input, execArgv });
  let settleSite: { resolve: (r: Result<Site>) => void; reject: (e: Error) => void } | undefined;
  let settleStaged: { resolve: (s: Staged) => void; reject: (e: Error) => void } | undefined;
  const site = new Promise<Result<Site>>((resolve, reject) => (settleSite = { resolve, reject }));
  const staged = new Promise<Staged>((resolve, reject) => (settleStaged = { resolve, reject }));
  // Either may never be awaited (a build stopped by content errors): failures surface where they are.
  site.catch(() => undefined);
  staged.catch(() => undefined);
  let finished = false;
  const fail = (error: Error) => {
    if (finished) return;
    finished = true;
    settleSite?.reject(error);
    settleStaged?.reject(error);
  };
  worker.on('message', (message: PrebuildMessage) => {
    if (message.kind === 'site') settleSite?.resolve(message.result);
    else if (message.kind === 'staged') {
      finished = true;
      settleStaged?.resolve(message.staged);
    } else fail(new Error(`The build's content work failed:\n${message.message}`));
  });
  worker.on('error', (e) => fail(e));
  worker.on('exit', (code) => fail(new Error(`The build's content worker stopped (exit code ${code}) before it finished.`)));
  const prebuild = { site, staged };
  (globalThis as WithPrebuild)[SHARED] = prebuild;
  return prebuild;
}

/** Moves `from` to `to` (whose parent exists): a rename, or a copy across file systems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
  }
}

/**
 * Moves the staged data files into `<outDir>/briefings/<slug>/` (beside the pages
 * Astro wrote there) and the search index to `<outDir>/pagefind/`, then removes
 * the staging folder.
 */
export function moveStaged(staged: Staged, outDir: string): void {
  const briefings = path.join(staged.folder, 'exports', 'briefings');
  // No folder when nothing is published.
  const slugs = staged.exports > 0 ? readdirSync(briefings) : [];
  for (const slug of slugs) {
    const target = path.join(outDir, 'briefings', slug);
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(path.join(briefings, slug))) move(path.join(briefings, slug, file), path.join(target, file));
  }
  rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  move(path.join(staged.folder, 'pagefind'), path.join(outDir, 'pagefind'));
  rmSync(staged.folder, { recursive: true, force: true });
}
