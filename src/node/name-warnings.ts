// The name warnings of `npm run dev` (`actor-unregistered`: people and organisations the
// registry lacks), found off the main thread: the NLP costs about 25 ms a briefing on a
// first run, and the dev server must serve pages meanwhile. Pages and the error page
// use the site assembled without it (as `astro build` does); this reports the warnings
// in the terminal when they are ready, and again after edits that change them. One
// worker (name-warnings-worker.ts) lives as long as the dev server and keeps its
// assembly in memory; it starts only when `start()` is called (dev calls it once its
// own first assembly is done, so the two do not share the machine's cores at start-up).
// Main function: `watchNameWarnings(root, dir, report, failed)`.
import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from './typescript-worker.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { NameWarningsRequest } from './name-warnings-worker.ts';

type Outcome = { ok: true; diagnostics: Diagnostic[] } | { ok: false; message: string };

export interface NameWarnings {
  /** Starts the worker and its first run (later calls do nothing). */
  start(): void;
  /** A watcher event under the content folder: the worker looks at that file on its next run. */
  noteChange(event: string, file: string): void;
  /** Finds the warnings again (runs never overlap: a call during a run starts one more when it ends). */
  changed(): void;
  /** Stops the worker. */
  close(): Promise<void>;
}

/** Finds the warnings once started, and after every `changed()`, and calls `report` with each result. */
export function watchNameWarnings(
  root: string,
  dir: string,
  report: (warnings: Diagnostic[]) => void,
  failed: (error: Error) => void,
): NameWarnings {
  let worker: Worker | undefined;
  let started = false;
  let running = false;
  let again = false;
  const send = (request: NameWarningsRequest) => worker?.postMessage(request);
  const run = () => {
    running = true;
    again = false;
    send({ type: 'run' });
  };
  const finished = () => {
    running = false;
    if (again) run();
  };
  const launch = () => {
    worker = startTypeScriptWorker(new URL('./name-warnings-worker.ts', import.meta.url), {
      root,
      dir,
    });
    // The dev server ends when Astro's does, whatever the worker is doing.
    worker.unref();
    worker.on('message', (outcome: Outcome) => {
      if (outcome.ok) report(outcome.diagnostics);
      else failed(new Error(outcome.message));
      finished();
    });
    // A worker that died is started afresh by the next change.
    worker.on('error', (e) => {
      failed(e);
      worker = undefined;
      running = false;
    });
    run();
  };
  return {
    start() {
      if (started) return;
      started = true;
      launch();
    },
    noteChange(event, file) {
      send({ type: 'change', event, file });
    },
    changed() {
      if (!started) return;
      if (!worker) launch();
      else if (running) again = true;
      else run();
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
