// `npm run dev` against a copy of the content: an edit shows in the preview; a
// content error shows the same diagnostic (file:line:col, rule, message, hint) in the
// terminal and in the browser; fixing the file recovers without a restart. The
// briefing's data files, which `astro build` writes without routes, are served too,
// a further source's text among them (the seed gets test/fixtures/two-sources/).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BRIEFING_EXPORT_FILES,
  briefingExports,
} from '../../src/core/publishing/briefing-exports.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { loadSite } from '../../src/node/content.ts';
import { readSourceText } from '../../src/node/source-text.ts';
import { byId, toString } from '../helpers/html.ts';
import { ROOT, startDevServer, type DevServer } from '../helpers/cli.ts';
import { launch } from '../helpers/browser.ts';

const content = mkdtempSync(path.join(tmpdir(), 'dossier-dev-'));
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
const TWO_SOURCES = path.join(ROOT, 'test/fixtures/two-sources');
const seedDir = path.join(content, 'briefings/maduro-police-cooperation');
mkdirSync(path.join(seedDir, 'sources'));
cpSync(path.join(TWO_SOURCES, 'coastal-wire.md'), path.join(seedDir, 'sources/coastal-wire.md'));
cpSync(path.join(TWO_SOURCES, 'claims.md'), path.join(seedDir, 'claims-two-sources.md'));
const briefing = path.join(content, 'briefings/maduro-police-cooperation/briefing.md');
const original = readFileSync(briefing, 'utf8');
let dev: DevServer;
let base = '';

async function get(route: string): Promise<{ status: number; html: string }> {
  try {
    const response = await fetch(`${base}${route}`, { headers: { accept: 'text/html' } });
    return { status: response.status, html: await response.text() };
  } catch (e) {
    return { status: 0, html: String((e as Error).cause ?? e) };
  }
}

/** Polls until `check` passes (a dev server reacts to a save within a second or two). */
async function eventually<T>(
  probe: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
  timeout = 60_000,
): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await probe();
  while (!check(last)) {
    if (Date.now() > until)
      throw new Error(
        `timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 500)}; dev server said:\n${dev.output.slice(-3000)}`,
      );
    await new Promise((r) => setTimeout(r, 300));
    last = await probe();
  }
  return last;
}

const PAGE = '/briefings/maduro-police-cooperation/';

beforeAll(async () => {
  dev = await startDevServer(content);
  base = dev.base;
}, 200_000);

afterAll(() => {
  dev?.stop();
  rmSync(content, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it("serves each briefing's data files with the bytes and types the build writes", async () => {
    const { value: site } = await loadSite(ROOT, content);
    const seed = site.briefings.find((b) => b.slug === 'maduro-police-cooperation')!;
    const expected = briefingExports(
      seed,
      new URL('https://dossier.example.org'),
      readSourceText(ROOT, seed),
    );
    expect(expected.map((e) => e.file)).toEqual([...BRIEFING_EXPORT_FILES]);
    for (const { file, body, contentType } of expected) {
      const response = await fetch(`${base}${PAGE}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(contentType);
      expect(await response.text(), file).toBe(body);
    }
  }, 60_000);

  it("serves a further source's text at sources/<id>.txt, as the build writes it, for the offsets of briefing.json", async () => {
    const response = await fetch(`${base}${PAGE}sources/coastal-wire.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    // The fixture's body after its frontmatter, byte for byte.
    const fixture = readFileSync(path.join(TWO_SOURCES, 'coastal-wire.md'), 'utf8');
    expect(text).toBe(fixture.slice(fixture.indexOf('\n---\n', 4) + '\n---\n'.length));
    expect(text).toContain('officials in Caracas repeated that the Tren de Aragua gang');
    const json = (await (await fetch(`${base}${PAGE}briefing.json`)).json()) as {
      furtherSources: {
        id: string;
        text: string;
        paragraphs: { n: number; text: string; start: number; end: number }[];
      }[];
    };
    const [wire] = json.furtherSources;
    expect(wire?.id).toBe('coastal-wire');
    expect(wire?.text).toBe(
      'https://dossier.example.org/briefings/maduro-police-cooperation/sources/coastal-wire.txt',
    );
    const points = [...text];
    expect(wire?.paragraphs).toHaveLength(4);
    for (const p of wire?.paragraphs ?? [])
      expect(points.slice(p.start, p.end).join(''), `¶${p.n}`).toBe(p.text);
    expect((await fetch(`${base}${PAGE}sources/no-such-source.txt`)).status).toBe(404);
  }, 60_000);

  it('shows an edit to a content file', async () => {
    writeFileSync(
      briefing,
      original.replace(
        'How Maduro describes the police system Venezuela built.',
        'How Maduro describes the police model he built.',
      ),
    );
    const page = await eventually(
      () => get(PAGE),
      (r) => r.html.includes('How Maduro describes the police model he built.'),
      'the edit in the preview',
    );
    expect(page.status).toBe(200);
  }, 90_000);

  it('reloads the page open in the browser when a save changes it, onto the error page and back', async () => {
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}${PAGE}`);
      const shows = (text: string) =>
        page.waitForFunction((t) => document.documentElement.innerHTML.includes(t), text, {
          timeout: 60_000,
        });
      // Nothing but the save: the page reloads by itself.
      writeFileSync(briefing, original.replace(/^summary: /m, 'summary: Reloaded by the save. '));
      await shows('Reloaded by the save.');
      writeFileSync(
        briefing,
        original.replace('by=nicolas-maduro id=comprehensive', 'by=nicolas-madur id=comprehensive'),
      );
      await shows('dossier-content-errors');
      writeFileSync(briefing, original);
      await shows('id="q-comprehensive"');
      expect(await page.content()).not.toContain('Reloaded by the save.');
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('reloads a page that a save reached before its connection to the dev server opened', async () => {
    const browser = await launch();
    try {
      // Another page is open and connected, so the save's reload has somewhere to go at once.
      const other = await browser.context.newPage();
      let otherLoads = 0;
      other.on('load', () => otherLoads++);
      await other.goto(`${base}/`);
      await other.waitForFunction(() => document.querySelector('astro-dev-toolbar') !== null);
      // This page's connection waits: Vite's client, which opens it, is held back.
      const page = await browser.context.newPage();
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let reached = () => {};
      const held = new Promise<void>((resolve) => (reached = resolve));
      await page.route('**/@vite/client', async (route) => {
        reached();
        await released;
        await route.continue();
      });
      await page.goto(`${base}${PAGE}`, { waitUntil: 'commit' });
      await held;
      expect(await page.content()).not.toContain('Saved while the page loaded.');
      writeFileSync(
        briefing,
        original.replace(/^summary: /m, 'summary: Saved while the page loaded. '),
      );
      // The dev server has the save (a fresh request shows it) and the open page reloaded.
      await eventually(
        () => get(PAGE),
        (r) => r.html.includes('Saved while the page loaded.'),
        'the save in the preview',
      );
      await eventually(
        async () => otherLoads,
        (n) => n >= 2,
        'the other page to reload',
      );
      release();
      await page.waitForFunction(
        () => document.documentElement.innerHTML.includes('Saved while the page loaded.'),
        null,
        { timeout: 60_000 },
      );
    } finally {
      writeFileSync(briefing, original);
      await browser.close();
    }
  }, 120_000);

  it('does not reload a page opened after a save for that save', async () => {
    writeFileSync(briefing, original.replace(/^summary: /m, 'summary: Saved with no page open. '));
    await eventually(
      () => get(PAGE),
      (r) => r.html.includes('Saved with no page open.'),
      'the save in the preview',
    );
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      const frames: string[] = [];
      page.on('websocket', (ws) =>
        ws.on('framereceived', (frame) => frames.push(String(frame.payload))),
      );
      let loads = 0;
      page.on('load', () => loads++);
      await page.goto(`${base}${PAGE}`);
      expect(await page.content()).toContain('Saved with no page open.');
      await eventually(
        async () => frames,
        (f) => f.some((frame) => frame.includes('"connected"')),
        'the connection to the dev server',
      );
      // A reload kept for the next page to connect comes right after "connected"; give
      // the page's own report of what it shows (dev-reload.ts) time to be answered too.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(frames.filter((frame) => frame.includes('full-reload'))).toEqual([]);
      expect(loads).toBe(1);
    } finally {
      writeFileSync(briefing, original);
      await browser.close();
    }
  }, 120_000);

  it('reports the names missing from the registry in the terminal, found off the main thread', async () => {
    await eventually(
      async () => dev.output,
      (o) =>
        /name warnings \(npm run check lists them too\):\n.*actor-unregistered {2}warning .*"Venezuelan television"/s.test(
          o,
        ),
      'the name warnings in the terminal',
    );
  }, 90_000);

  it('reports a name a saved source adds, and its end when the source is put back, from the same worker', async () => {
    await eventually(
      async () => dev.output,
      (o) => o.includes('name warnings (npm run check lists them too)'),
      'the first name warnings',
    );
    const source = path.join(seedDir, 'source.md');
    const text = readFileSync(source, 'utf8');
    const at = dev.output.length;
    writeFileSync(
      source,
      `${text.trimEnd()}\n\nCarlos Mendoza, a spokesman for the Andean Port Authority, said the talks would continue.\n`,
    );
    try {
      await eventually(
        async () => dev.output.slice(at),
        (o) => /name warnings[^]*actor-unregistered {2}warning [^\n]*"Carlos Mendoza"/.test(o),
        'the new name in the terminal',
      );
    } finally {
      writeFileSync(source, text);
    }
    const back = dev.output.length;
    await eventually(
      async () => dev.output.slice(back),
      (o) =>
        /name warnings \(npm run check lists them too\):\n/.test(o) &&
        !o.includes('Carlos Mendoza'),
      'the name warnings without the name once the source is put back',
    );
  }, 120_000);

  it('previews a draft, marked as a draft, and leaves it off nothing else', async () => {
    const draftDir = path.join(content, 'briefings/seed-draft');
    cpSync(path.join(content, 'briefings/maduro-police-cooperation'), draftDir, {
      recursive: true,
    });
    const draftBriefing = path.join(draftDir, 'briefing.md');
    writeFileSync(
      draftBriefing,
      readFileSync(draftBriefing, 'utf8').replace('tags:', 'status: draft\ntags:'),
    );
    const page = await eventually(
      () => get('/briefings/seed-draft/'),
      (r) => r.status === 200,
      'the draft preview',
    );
    expect(page.html).toContain('Draft · not published');
    expect((await get(PAGE)).html).not.toContain('Draft · not published');
    // A broken annotation in the draft: its page shows the problem as a published page
    // would, marked as a draft's, instead of leaving the annotation out; the rest previews.
    writeFileSync(
      draftBriefing,
      readFileSync(draftBriefing, 'utf8').replace(
        'by=nicolas-maduro id=comprehensive',
        'by=nicolas-madur id=comprehensive',
      ),
    );
    const broken = await eventually(
      () => get('/briefings/seed-draft/'),
      (r) => r.html.includes('actor-unknown'),
      'the draft’s error',
    );
    expect(broken.status).toBe(500);
    expect(broken.html).toContain('Draft · not published');
    expect(broken.html).toMatch(
      /seed-draft\/briefing\.md:\d+:\d+ {2}actor-unknown {2}\(draft\) Unknown actor &quot;nicolas-madur&quot;/,
    );
    expect((await get(PAGE)).status).toBe(200);
    rmSync(draftDir, { recursive: true, force: true });
    await eventually(
      () => get('/briefings/seed-draft/'),
      (r) => r.status === 404,
      'the draft to go',
    );
  }, 90_000);

  it('shows a content error in the terminal and the browser alike, and recovers once it is fixed', async () => {
    writeFileSync(
      briefing,
      original.replace('by=nicolas-maduro id=comprehensive', 'by=nicolas-madur id=comprehensive'),
    );
    const { diagnostics } = await loadSite(ROOT, content);
    const error = diagnostics.find((d) => d.severity === 'error');
    expect(error?.rule).toBe('actor-unknown');
    const expected = formatDiagnostic(error!);
    expect(expected).toMatch(
      /briefings\/maduro-police-cooperation\/briefing\.md:22:10 {2}actor-unknown {2}Unknown actor "nicolas-madur": .*\n {4}hint: Did you mean "nicolas-maduro"\?/,
    );

    const broken = await eventually(
      () => get(PAGE),
      (r) => r.status === 500,
      'the error page',
    );
    const shown = toString(byId(fromHtml(broken.html), 'dossier-content-errors')!);
    expect(shown).toContain(expected);
    expect((await get('/')).status).toBe(500);
    await eventually(
      async () => dev.output,
      (o) => o.includes(expected),
      'the diagnostic in the terminal',
    );

    writeFileSync(briefing, original);
    const fixed = await eventually(
      () => get(PAGE),
      (r) => r.status === 200 && r.html.includes('id="q-comprehensive"'),
      'the page to come back',
    );
    expect(fixed.html).not.toContain('dossier-content-errors');
    await eventually(
      async () => dev.output,
      (o) => o.includes('content errors fixed; the preview is up to date.'),
      'the recovery in the terminal',
    );
    expect(dev.process.exitCode).toBeNull();
  }, 120_000);
});
