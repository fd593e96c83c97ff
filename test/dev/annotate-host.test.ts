// Annotating from the preview is off when the dev server listens beyond this machine:
// `astro dev --host` (every address) on a copy of the content. The toolbar has no
// annotate app, the page has no menu, and the channel answers nothing and writes
// nothing, even to a message the loopback preview would write
// (test/dev/annotate.test.ts shows the same message writing there).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { fileDigests, ROOT, startDevServer, type DevServer } from '../helpers/cli.ts';
import { openHmrSocket } from '../helpers/hmr-socket.ts';

const content = mkdtempSync(path.join(tmpdir(), 'dossier-annotate-host-'));
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
const PAGE = '/briefings/maduro-police-cooperation/';
let dev: DevServer;
let base = '';

/** Every file of the content copy, path → digest. */
const snapshot = () => fileDigests(content);

beforeAll(async () => {
  dev = await startDevServer(content, { host: true, ready: PAGE });
  base = dev.base;
}, 240_000);

afterAll(() => {
  dev?.stop();
  rmSync(content, { recursive: true, force: true });
});

describe('astro dev --host', () => {
  it('says in the terminal that annotating is off, and registers no annotate app', async () => {
    expect(dev.output).toContain(
      'annotating from the preview is off: the dev server listens beyond this machine (--host).',
    );
    // The toolbar's list of apps, as the page imports it.
    const toolbar = await (await fetch(`${base}/@id/astro:toolbar:internal`)).text();
    expect(toolbar).toContain('loadDevToolbarApps');
    expect(toolbar).not.toContain('annotate-app');
    expect(toolbar).not.toContain('dossier-annotate');
  });

  it('shows no menu on a selection in the browser', async () => {
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}${PAGE}`);
      await page.waitForFunction(() => document.querySelector('astro-dev-toolbar') !== null, null, {
        timeout: 60_000,
      });
      await page.evaluate(() => {
        const text = document
          .createTreeWalker(document.getElementById('p4')!, NodeFilter.SHOW_TEXT)
          .nextNode()!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 9);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      });
      expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Therefore');
      // The toolbar loads its apps when the browser is idle: give it the time it takes
      // on the loopback preview to show the menu (test/dev/annotate.test.ts).
      await page.waitForTimeout(3000);
      expect(await page.locator('dossier-annotate').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Quote', exact: true }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('answers nothing on the channel and writes no file', async () => {
    const files = snapshot();
    const channel = await openHmrSocket(base);
    try {
      // A message the loopback preview writes (test/dev/annotate.test.ts), then one asking
      // only for a guess, which it answers.
      const note = {
        request: 'host-write',
        action: 'write',
        slug: 'maduro-police-cooperation',
        source: '',
        paragraph: 4,
        start: 0,
        end: 9,
        words: 'Therefore',
        kind: 'note',
      };
      channel.send('dossier:annotate', note);
      channel.send('dossier:annotate', { ...note, request: 'host-guess', action: 'guess' });
      // The loopback preview answers within a second; nothing comes here.
      await new Promise((r) => setTimeout(r, 5000));
      expect(channel.received.filter((m) => m.event?.startsWith('dossier:'))).toEqual([]);
      expect(dev.output).not.toContain('annotate: wrote');
      expect(snapshot()).toEqual(files);
    } finally {
      channel.close();
    }
  }, 60_000);
});
