// Another thread for a long assembly. `npm run check`'s first run over an archive
// (`slugs: 'queue'`): started before the main thread reads the files, it loads the
// assembly and the name finder, then receives the briefings to assemble (`AssemblyShare`:
// a queue shared with the main thread and any other helper, each taking the next
// briefing when free), and posts back the records of those it took (each briefing
// serialised on its own) for the main thread to take into its memo (content.ts,
// `loadParts`). Its progress goes into a shared counter, so the main thread can show it
// while it assembles its own. `npm run dev`'s first assembly (`slugs: 'all'`): the whole
// content, with the on-disk cache, posted back with the files' states (content.ts,
// `assembleAllOnWorker`), while Astro's thread serves the first page.
import { parentPort, workerData } from 'node:worker_threads';
import type { SiteMemo } from '../core/assembly/incremental.ts';
import { sendRecords, type FileState, type SentRecords } from './assembly-cache.ts';
import { assembleAll, assembleShare, prepareAssembly, type AssemblyOptions } from './content.ts';

export type AssemblyWorkerInput = {
  root: string;
  dir: string;
  options: AssemblyOptions;
  /** One Int32: how many briefings this thread has assembled. */
  progress: SharedArrayBuffer;
} & (
  | {
      /** The whole content, cache included. */
      slugs: 'all';
    }
  | {
      /** Briefings from a queue shared with other threads, given by an `AssemblyShare` message. */
      slugs: 'queue';
      /** One Int32: the queue's next index, taken with `Atomics.add` (content.ts, `queueShare`). */
      next: SharedArrayBuffer;
    }
);

/** The main thread's message to a `'queue'` thread once it has read the files. */
export interface AssemblyShare {
  /** The briefings to assemble, in slug order, shared by every thread. */
  queue: readonly string[];
  /** The main thread's file states: the files of other threads' briefings are not read here. */
  files: ReadonlyMap<string, FileState>;
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
    const shared = new Promise<AssemblyShare>((resolve) => port.once('message', resolve));
    await prepareAssembly(input.options);
    const share = await shared;
    const memo =
      share.queue.length === 0
        ? undefined
        : await assembleShare(
            input.root,
            input.dir,
            input.options,
            share,
            new Int32Array(input.next),
            (n) => Atomics.store(done, 0, n),
          );
    port.postMessage({
      ok: true,
      briefings: sendRecords(memo?.briefings ?? new Map()),
    } satisfies AssemblyWorkerOutcome);
  }
} catch (e) {
  port.postMessage({
    ok: false,
    message: e instanceof Error ? (e.stack ?? e.message) : String(e),
  } satisfies AssemblyWorkerOutcome);
}
