// One Chromium and one static server per browser test file, over a built site:
// started before the file's tests, closed after them.
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, type Browser } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

/** Where browser tests write screenshots for people to look at. */
export const SHOTS = path.resolve(import.meta.dirname, '../../.cache/shots');

export interface BrowsedSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Registers the hooks; the returned handle is usable inside the file's tests. */
export function browseBuiltSite(dist: () => string): BrowsedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    server = await serveStatic(dist());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is used before beforeAll started it`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'the browser');
    },
    get server() {
      return started(server, 'the server');
    },
  };
}
