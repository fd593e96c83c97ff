// A worker thread of `npm run dev` (started by name-warnings.ts): assembles the content
// with the NLP name finder (incrementally, from its own assembly cache) and posts back
// the warnings only it gives, for people and organisations the registry lacks.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSite } from './content.ts';

const port = parentPort;
if (!port)
  throw new Error('name-warnings-worker.ts runs as a worker thread (name-warnings.ts starts it).');
const { root, dir } = workerData as { root: string; dir: string };
try {
  const { diagnostics } = await loadSite(root, dir, { nameWarnings: true });
  port.postMessage({
    ok: true,
    diagnostics: diagnostics.filter((d) => d.rule === 'actor-unregistered'),
  });
} catch (e) {
  port.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
