// One `npm run dev` start, timed as bench/editor.ts times it: from the spawn of
// `astro dev` (a cache folder of its own, so a cold start) until the seed briefing's
// page answers 200. Prints the seconds and exits: run it in turn on two trees or two
// content folders, a few pairs, for a paired ratio (docs/performance.md):
//   npx tsx bench/dev-first-page.ts . content
//   npx tsx bench/dev-first-page.ts . /tmp/content-10000
// Arguments: the project root (whose astro runs) and the content folder.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/helpers/free-port.ts';
import { poll, startDevServer } from './dev-server.ts';
import { SEED_SLUG } from './generate.ts';

const [rootArg = '.', contentArg = 'content'] = process.argv.slice(2);
const root = path.resolve(rootArg);
const content = path.resolve(contentArg);
const cache = mkdtempSync(path.join(os.tmpdir(), 'dossier-dev-first-page-'));
const port = await freePort();
const page = `http://127.0.0.1:${port}/briefings/${SEED_SLUG}/`;
const started = performance.now();
const server = startDevServer(root, port, {
  ...process.env,
  DOSSIER_CONTENT: content,
  DOSSIER_CACHE_DIR: cache,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
});
try {
  await poll(page, (status) => status === 200, 3_600_000, server.exited);
  console.log(`first page ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  server.stop();
  rmSync(cache, { recursive: true, force: true });
}
