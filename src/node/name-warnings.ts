// The name warnings of `npm run dev` (`actor-unregistered`: people and organisations the
// registry lacks), found off the main thread: the NLP costs about 25 ms a briefing on a
// first run, and the dev server must serve pages meanwhile. Pages and the error page
// use the site assembled without it (as `astro build` does); this reports the warnings
// in the terminal when they are ready, and again after edits that change them.
// Main function: `watchNameWarnings(root, dir, report)`.
import { startTypeScriptWorker } from './typescript-worker.ts';
import type { Diagnostic } from '../core/diagnostics.ts';

type Outcome = { ok: true; diagnostics: Diagnostic[] } | { ok: false; message: string };

/** One run of the worker: the name warnings of the content as it is now. */
export function findNameWarnings(root: string, dir: string): Promise<Diagnostic[]> {
  const worker = startTypeScriptWorker(new URL('./name-warnings-worker.ts', import.meta.url), {
    root,
    dir,
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (outcome: Outcome) => {
      if (outcome.ok) resolve(outcome.diagnostics);
      else reject(new Error(outcome.message));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Finds the warnings now and after every `changed()` (runs never overlap: a change
 * during a run starts one more when it ends), and calls `report` with each result.
 */
export function watchNameWarnings(
  root: string,
  dir: string,
  report: (warnings: Diagnostic[]) => void,
  failed: (error: Error) => void,
): { changed(): void } {
  let running = false;
  let again = false;
  const run = () => {
    running = true;
    again = false;
    findNameWarnings(root, dir)
      .then(report, failed)
      .finally(() => {
        running = false;
        if (again) run();
      });
  };
  run();
  return {
    changed: () => {
      if (running) again = true;
      else run();
    },
  };
}
