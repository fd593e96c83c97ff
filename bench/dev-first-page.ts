// One `npm run dev` start, timed as bench/editor.ts times it: from the spawn of
// `astro dev` (a cache folder of its own, so a cold start) until the seed briefing's
// page answers 200. Prints the seconds and exits: run it in turn on two trees or two
// content folders, a few pairs, for a paired ratio (docs/performance.md):
//   npx tsx bench/dev-first-page.ts . content
//   npx tsx bench/dev-first-page.ts . /tmp/content-10000
// Arguments: the project root (whose astro runs) and the content folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/helpers/free-port.ts';
import { SEED_SLUG } from './generate.ts';

const [rootArg = '.', contentArg = 'content'] = process.argv.slice(2);
const root = path.resolve(rootArg);
const content = path.resolve(contentArg);
const cache = mkdtempSync(path.join(os.tmpdir(), 'dossier-dev-first-page-'));
const port = await freePort();
const page = `http://127.0.0.1:${port}/briefings/${SEED_SLUG}/`;
const started = performance.now();
const server = spawn(
  process.execPath,
  [
    path.join(root, 'node_modules/astro/bin/astro.mjs'),
    'dev',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--ignore-lock',
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      DOSSIER_CONTENT: content,
      DOSSIER_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let output = '';
const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
server.stdout.on('data', keep);
server.stderr.on('data', keep);
try {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    const response = await fetch(page, { headers: { accept: 'text/html' } }).catch(() => undefined);
    if (response?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.log(`first page ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(cache, { recursive: true, force: true });
}
