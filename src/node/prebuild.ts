// `astro build`'s own work on a second core. Astro sets up, bundles and renders
// pages on the main thread; the content (read, checked, assembled), the data files
// and the search index depend only on the content files, so a worker thread
// (prebuild-worker.ts) does them meanwhile: it posts the assembled site, which the
// pages render from, then writes the data files and the search index into the
// output folder, beside the pages, once `outputReady()` says Astro has emptied it.
// Main functions: `startPrebuild(input)`, `currentPrebuild()`, `resetPrebuild()`.
import type { Result } from '../core/diagnostics.ts';
import type { Site } from '../core/assembly/site.ts';
import type { AssemblyOptions } from './content.ts';
import { adoptDigests, type DigestTable } from './page-keys.ts';
import { processState } from './process-state.ts';
import { startTypeScriptWorker } from './typescript-worker.ts';

export interface PrebuildInput {
  root: string;
  /** The content folder. */
  dir: string;
  options: AssemblyOptions;
  /** `site` from the Astro config; the data files need it (absolute URLs). */
  site: string | undefined;
}

/**
 * What the worker posts: the site first, then its briefings' digests (this thread
 * deserialises the site while the worker makes them), then what it wrote, or why it failed.
 */
export type PrebuildMessage =
  | { kind: 'site'; result: Result<Site> }
  | { kind: 'digests'; digests: DigestTable[] }
  | { kind: 'written'; written: Written }
  | { kind: 'failed'; message: string };

/**
 * What the main thread posts: the output folder is emptied and may be written (the
 * data files go to `<outDir>/briefings/<slug>/`, the index to `<outDir>/pagefind/`).
 */
export type PrebuildSignal = { kind: 'output-ready'; outDir: string };

export interface Written {
  /** Data files written. */
  exports: number;
  /** Briefings indexed for search. */
  briefings: number;
}

export interface Prebuild {
  /** The assembled site and its diagnostics. */
  site: Promise<Result<Site>>;
  /**
   * Lets the worker write into the output folder (it waits for this: Astro empties
   * the folder before it bundles). Call it once that is done; calling it again does nothing.
   */
  outputReady(outDir: string): void;
  /** The data files and the search index, written; rejects when the site has errors (nothing is written then). */
  written: Promise<Written>;
}

/** The prebuild of this process's build: one per process, whichever module instance asks (process-state.ts). */
const state = processState<{ current?: Prebuild }>('prebuild', () => ({}));

/** The prebuild of this process's build, if one started. */
export function currentPrebuild(): Prebuild | undefined {
  return state.get().current;
}

/** Forgets the current prebuild (its worker runs on until it ends). */
export function resetPrebuild(): void {
  state.reset();
}

/** Starts the worker thread. */
export function startPrebuild(input: PrebuildInput): Prebuild {
  const worker = startTypeScriptWorker(new URL('./prebuild-worker.ts', import.meta.url), input);
  let settleSite: { resolve: (r: Result<Site>) => void; reject: (e: Error) => void } | undefined;
  let settleWritten: { resolve: (s: Written) => void; reject: (e: Error) => void } | undefined;
  const site = new Promise<Result<Site>>((resolve, reject) => (settleSite = { resolve, reject }));
  const written = new Promise<Written>((resolve, reject) => (settleWritten = { resolve, reject }));
  // Either may never be awaited (a build stopped by content errors): failures surface where they are.
  site.catch(() => undefined);
  written.catch(() => undefined);
  let finished = false;
  const fail = (error: Error) => {
    if (finished) return;
    finished = true;
    settleSite?.reject(error);
    settleWritten?.reject(error);
  };
  let arrived: Result<Site> | undefined;
  worker.on('message', (message: PrebuildMessage) => {
    if (message.kind === 'site') arrived = message.result;
    else if (message.kind === 'digests') {
      if (!arrived)
        return fail(new Error("The build's content worker sent digests before the site."));
      // The briefings' digests, made by the worker for its keys, serve the pages' keys.
      adoptDigests(arrived.value.briefings, message.digests);
      settleSite?.resolve(arrived);
    } else if (message.kind === 'written') {
      finished = true;
      settleWritten?.resolve(message.written);
    } else fail(new Error(`The build's content work failed:\n${message.message}`));
  });
  worker.on('error', (e) => fail(e));
  worker.on('exit', (code) =>
    fail(new Error(`The build's content worker stopped (exit code ${code}) before it finished.`)),
  );
  let ready = false;
  const outputReady = (outDir: string) => {
    if (ready) return;
    ready = true;
    worker.postMessage({ kind: 'output-ready', outDir } satisfies PrebuildSignal);
  };
  const prebuild = { site, outputReady, written };
  state.get().current = prebuild;
  return prebuild;
}
