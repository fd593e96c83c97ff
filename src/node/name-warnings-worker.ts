// A worker thread of `npm run dev` (started by name-warnings.ts), alive as long as the
// dev server: assembles the content with the NLP name finder and posts back the
// warnings only it gives, for people and organisations the registry lacks. Its first
// run starts from its own assembly cache on disk (the one `npm run check` uses); later
// runs reassemble in memory only the briefings whose files the main thread's watcher
// reported (a `change` message), as the dev server's own site cache does
// (site-cache.ts), so an edit costs the NLP of the one briefing, not a read of the
// whole archive's cache.
import { parentPort, workerData } from 'node:worker_threads';
import { initSiteCache, loadSiteCached, noteContentChange, watchContent } from './site-cache.ts';

/** What the main thread sends: a watcher event under the content folder, or a request for the warnings. */
export type NameWarningsRequest = { type: 'change'; event: string; file: string } | { type: 'run' };

const port = parentPort;
if (!port)
  throw new Error('name-warnings-worker.ts runs as a worker thread (name-warnings.ts starts it).');
const { root, dir } = workerData as { root: string; dir: string };
initSiteCache({ nameWarnings: true });
watchContent(dir);
port.on('message', (request: NameWarningsRequest) => {
  if (request.type === 'change') {
    noteContentChange(request.event, request.file);
    return;
  }
  loadSiteCached(root, dir).then(
    ({ diagnostics }) =>
      port.postMessage({
        ok: true,
        diagnostics: diagnostics.filter((d) => d.rule === 'actor-unregistered'),
      }),
    (e: unknown) =>
      port.postMessage({
        ok: false,
        message: e instanceof Error ? (e.stack ?? e.message) : String(e),
      }),
  );
});
