// The worker thread of `astro build` (started by src/node/prebuild.ts): reads and
// assembles the content (incrementally, from the assembly cache) and posts the site back, then writes everything the build
// publishes besides Astro's pages, made from the site alone: every briefing's data
// files and the search index, into the output folder once the main thread says
// Astro has emptied it (Pagefind's process is started first, and is given the search
// documents before the folder is ready). Runs while Astro sets up, bundles and renders on the main
// thread.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { hasErrors } from '../core/diagnostics.ts';
import { requireSite } from '../core/publishing/public-urls.ts';
import { loadSite } from './content.ts';
import { canonical, madeDigests, type DigestTable } from './page-keys.ts';
import type { PrebuildInput, PrebuildMessage, PrebuildSignal } from './prebuild.ts';

const port = parentPort;
if (!port)
  throw new Error('prebuild-worker.ts runs as a worker thread (src/node/prebuild.ts starts it).');
const post = (message: PrebuildMessage) => port.postMessage(message);
const input = workerData as PrebuildInput;
const outputReady = new Promise<string>((resolve) => {
  const listen = (signal: PrebuildSignal) => {
    if (signal.kind !== 'output-ready') return;
    port.off('message', listen);
    resolve(signal.outDir);
  };
  port.on('message', listen);
});

// Pagefind's process starts while the site is assembled: it is up when the documents come.
const search = await import('./search-index.ts');
const index = search.startSearchIndex();
let indexing = false;

try {
  // Incremental: only briefings changed since the last build, check or dev run (of the same options) are assembled.
  const result = await loadSite(input.root, input.dir, input.options);
  // The site goes first: the main thread deserialises it while this thread digests every
  // briefing (and its quotes, events…), which the data files' and search documents' keys
  // below need; the digests follow, so the pages' keys take them instead of serialising
  // the briefings again. The pages wait for both.
  post({ kind: 'site', result });
  let digests: DigestTable[] = [];
  if (!hasErrors(result.diagnostics)) {
    for (const briefing of result.value.briefings) canonical(briefing);
    digests = madeDigests(result.value.briefings);
  }
  post({ kind: 'digests', digests });
  if (!hasErrors(result.diagnostics)) {
    const { briefings } = result.value;
    // Loaded only now: the pages wait for the site, not for these.
    const [{ writeBriefingExports }, { outputStore }] = await Promise.all([
      import('./export-files.ts'),
      import('./output-cache.ts'),
    ]);
    const site = requireSite(input.site === undefined ? undefined : new URL(input.site));
    // One store for the data files and the search documents, pruned once both are written.
    const store = outputStore(input.root);
    // The search documents (from the store, for unchanged briefings) go to Pagefind at
    // once, before the output folder is ready; Pagefind indexes them in its own process
    // while this thread writes the data files.
    indexing = true;
    const searched = search.writeSearchIndex(
      briefings,
      outputReady.then((outDir) => path.join(outDir, 'pagefind')),
      { documents: { root: input.root, store }, index },
    );
    // Its failure is reported below, with the data files'.
    searched.catch(() => undefined);
    const outDir = await outputReady;
    const [exports] = await Promise.all([
      writeBriefingExports(input.root, outDir, site, briefings, store),
      searched,
    ]);
    store.prune();
    post({ kind: 'written', written: { exports, briefings: briefings.length } });
  }
} catch (e) {
  post({ kind: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
} finally {
  // No index is written (content errors, or a failure before it): Pagefind's process stops.
  if (!indexing) await search.closeSearchIndex().catch(() => undefined);
  // Nothing more to wait for (content errors, or done): let the thread end.
  port.unref();
}
