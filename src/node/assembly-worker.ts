// Another thread for a long assembly. `npm run check`'s first run over an archive: it
// assembles its share of the briefings, with the name finder, and posts back their
// records (each briefing serialised on its own) for the main thread to take into its memo (content.ts, `loadParts`). Its
// progress goes into a shared counter, so the main thread can show it while it
// assembles its own share. `npm run dev`'s first assembly (`slugs: 'all'`): the whole
// content, with the on-disk cache, posted back with the files' states
// (content.ts, `assembleAllOnWorker`), while Astro's thread serves the first page.
import { parentPort, workerData } from 'node:worker_threads';
import type { SiteMemo } from '../core/assembly/incremental.ts';
import { sendRecords, type FileState, type SentRecords } from './assembly-cache.ts';
import { assembleAll, assembleSlugs, type AssemblyOptions } from './content.ts';

export interface AssemblyWorkerInput {
  root: string;
  dir: string;
  options: AssemblyOptions;
  /** The briefings to assemble, or `'all'`: the whole content, cache included. */
  slugs: string[] | 'all';
  /** The main thread's file states: the files of other threads' briefings are not read here. */
  files: ReadonlyMap<string, FileState>;
  /** One Int32: how many of `slugs` are done. */
  progress: SharedArrayBuffer;
}

/**
 * A share's briefings' records (each briefing serialised on its own: `sendRecords`); for
 * `slugs: 'all'`, the whole memo and the files' states; or why it failed.
 */
export type AssemblyWorkerOutcome =
  | { ok: true; briefings: SentRecords }
  | { ok: true; memo: SiteMemo; files: Map<string, FileState> }
  | { ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('assembly-worker.ts runs as a worker thread (content.ts starts it).');
const input = workerData as AssemblyWorkerInput;
const done = new Int32Array(input.progress);
try {
  if (input.slugs === 'all') {
    const { memo, files } = await assembleAll(input.root, input.dir, input.options);
    port.postMessage({ ok: true, memo, files } satisfies AssemblyWorkerOutcome);
  } else {
    const memo = await assembleSlugs(
      input.root,
      input.dir,
      input.options,
      input.slugs,
      input.files,
      (n) => Atomics.store(done, 0, n),
    );
    port.postMessage({
      ok: true,
      briefings: sendRecords(memo.briefings),
    } satisfies AssemblyWorkerOutcome);
  }
} catch (e) {
  port.postMessage({
    ok: false,
    message: e instanceof Error ? (e.stack ?? e.message) : String(e),
  } satisfies AssemblyWorkerOutcome);
}
