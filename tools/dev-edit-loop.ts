// A developer's soak loop for `npm run dev`, not a test: N fresh dev servers, each
// against its own copy of the content; in each, break the seed briefing (an unknown
// actor), wait for the error page, fix it, and poll the page until it is back. A 404
// (or any non-200) that lasts past the deadline is a lasting failure. This is the loop
// that showed the dev route cache refilled with paths read before a content change
// (src/integration/route-cache-guard.ts).
// Usage: npm run dev-loop -- [runs=200] [deadline-seconds=30]
//
// With --reloads: one dev server and the seed page open in headless Chromium; N saves,
// in turn a summary edit, a title edit (the loaders' index changes), an error and its fix,
// a briefing folder added and removed; after each, the page's loads are counted for
// 3 s: one save must reload the page exactly once (src/integration/dev-reloads.ts).
// Usage: npm run dev-loop -- --reloads [saves=50]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/free-port.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGE = '/briefings/maduro-police-cooperation/';
const reloads = process.argv[2] === '--reloads';
const args = reloads ? process.argv.slice(3) : process.argv.slice(2);
const runs = Number(args[0] ?? (reloads ? 50 : 200));
const deadline = Number(args[1] ?? 30) * 1000;

async function status(url: string): Promise<{ code: number; html: string }> {
  try {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    return { code: response.status, html: await response.text() };
  } catch {
    return { code: 0, html: '' };
  }
}

/** Polls every 100 ms until `ok`; returns the statuses seen, and whether `ok` came before `limit`. */
async function until(
  url: string,
  ok: (r: { code: number; html: string }) => boolean,
  limit: number,
): Promise<{ reached: boolean; seen: number[] }> {
  const end = Date.now() + limit;
  const seen: number[] = [];
  for (;;) {
    const r = await status(url);
    seen.push(r.code);
    if (ok(r)) return { reached: true, seen };
    if (Date.now() > end) return { reached: false, seen };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function once(run: number): Promise<{ lasting: boolean; transient404: number }> {
  const content = mkdtempSync(path.join(tmpdir(), 'dossier-loop-'));
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const file = path.join(content, 'briefings/maduro-police-cooperation/briefing.md');
  const original = readFileSync(file, 'utf8');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOSSIER_CONTENT: content,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  const server = spawn(
    process.execPath,
    [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    { cwd: ROOT, env, detached: true, stdio: 'ignore' },
  );
  try {
    const started = await until(`${base}/`, (r) => r.code === 200, 180_000);
    if (!started.reached) throw new Error(`run ${run}: the dev server did not start`);
    writeFileSync(
      file,
      original.replace('by=nicolas-maduro id=comprehensive', 'by=nicolas-madur id=comprehensive'),
    );
    const broken = await until(`${base}${PAGE}`, (r) => r.code === 500, deadline);
    if (!broken.reached) throw new Error(`run ${run}: no error page; saw ${broken.seen.join(',')}`);
    writeFileSync(file, original);
    const fixed = await until(
      `${base}${PAGE}`,
      (r) => r.code === 200 && r.html.includes('id="q-comprehensive"'),
      deadline,
    );
    return { lasting: !fixed.reached, transient404: fixed.seen.filter((c) => c === 404).length };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(content, { recursive: true, force: true });
  }
}

/** The saves of the reload soak, in turn; each returns what the page shows after it. */
function saves(content: string): { what: string; save: () => void; shows: string }[] {
  const seed = path.join(content, 'briefings/maduro-police-cooperation');
  const file = path.join(seed, 'briefing.md');
  const original = readFileSync(file, 'utf8');
  const copy = path.join(content, 'briefings/soak-copy');
  return [
    {
      what: 'summary edit',
      save: () => writeFileSync(file, original.replace(/^summary: /m, 'summary: Soaked. ')),
      shows: 'Soaked.',
    },
    {
      what: 'title edit',
      save: () => writeFileSync(file, original.replace(/^title: /m, 'title: Soaked title. ')),
      shows: 'Soaked title.',
    },
    {
      what: 'error',
      save: () =>
        writeFileSync(
          file,
          original.replace(
            'by=nicolas-maduro id=comprehensive',
            'by=nicolas-madur id=comprehensive',
          ),
        ),
      shows: 'dossier-content-errors',
    },
    { what: 'fix', save: () => writeFileSync(file, original), shows: 'id="q-comprehensive"' },
    {
      what: 'briefing added',
      save: () => cpSync(seed, copy, { recursive: true }),
      shows: 'id="q-comprehensive"',
    },
    {
      what: 'briefing removed',
      save: () => rmSync(copy, { recursive: true, force: true }),
      shows: 'id="q-comprehensive"',
    },
  ];
}

/** The reload soak: the loads of the open page after each save. */
async function soakReloads(count: number): Promise<number> {
  const { launch } = await import('../test/helpers/browser.ts');
  const content = mkdtempSync(path.join(tmpdir(), 'dossier-reloads-'));
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DOSSIER_CONTENT: content,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      detached: true,
      stdio: 'ignore',
    },
  );
  const browser = await launch();
  let wrong = 0;
  try {
    const started = await until(`${base}${PAGE}`, (r) => r.code === 200, 180_000);
    if (!started.reached) throw new Error('the dev server did not start');
    const page = await browser.context.newPage();
    const loads: number[] = [];
    page.on('load', () => loads.push(Date.now()));
    await page.goto(`${base}${PAGE}`);
    // The first content refresh and the name warnings settle before the first save.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const list = saves(content);
    const tally = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const step = list[i % list.length]!;
      loads.length = 0;
      const at = Date.now();
      step.save();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const html = await page.content().catch(() => '');
      const ok = loads.length === 1 && html.includes(step.shows);
      if (!ok) wrong++;
      tally.set(loads.length, (tally.get(loads.length) ?? 0) + 1);
      console.log(
        `save ${i + 1}/${count} (${step.what}): ${loads.length} load${loads.length === 1 ? '' : 's'}${loads.length ? ` at ${loads.map((t) => t - at).join(', ')} ms` : ''}${html.includes(step.shows) ? '' : ', NOT SHOWN'}`,
      );
    }
    const counts = [...tally].sort(([a], [b]) => a - b);
    console.log(
      `${count} saves: ${counts.map(([n, k]) => `${k} with ${n} load${n === 1 ? '' : 's'}`).join(', ')}; ${wrong} not reloaded exactly once onto the saved state`,
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(content, { recursive: true, force: true });
  }
  return wrong;
}

if (reloads) {
  process.exitCode = (await soakReloads(runs)) > 0 ? 1 : 0;
  process.exit();
}

let lasting = 0;
let transient = 0;
for (let run = 1; run <= runs; run++) {
  const result = await once(run);
  if (result.lasting) lasting++;
  if (result.transient404 > 0) transient++;
  console.log(
    `run ${run}/${runs}: ${result.lasting ? 'LASTING non-200' : 'back'}${result.transient404 ? ` after ${result.transient404} polls answered 404` : ''}`,
  );
}
console.log(`${runs} runs: ${lasting} with a lasting non-200, ${transient} with a passing 404`);
process.exitCode = lasting > 0 ? 1 : 0;
