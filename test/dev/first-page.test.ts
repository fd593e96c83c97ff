// `npm run dev`'s first page over an archive: a briefing's page asked for first is served
// before the whole site is assembled, rendered from that briefing alone (site-cache.ts,
// `briefingSiteCached`), and it is the page the whole site gives once it is there; the
// edits saved after it show (the content folder's own watcher, src/node/content-watcher.ts;
// an edit saved before that watcher is ready: test/node/site-cache.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent, SEED_SLUG } from '../../bench/generate.ts';
import { ROOT, startDevServer, Temps, until, type DevServer } from '../helpers/cli.ts';

const temps = new Temps();
const content = temps.dir('first-page');
generateContent(ROOT, content, 60);
const PAGE = `/briefings/${SEED_SLUG}/`;
let dev: DevServer;

async function get(route: string): Promise<{ status: number; scope: string | null; html: string }> {
  const response = await fetch(`${dev.base}${route}`, { headers: { accept: 'text/html' } });
  return {
    status: response.status,
    scope: response.headers.get('x-dossier-site'),
    html: await response.text(),
  };
}

beforeAll(async () => {
  // No grace: the whole site is assembled once the first page has been served, whatever
  // the machine's load makes of the first page's time.
  dev = await startDevServer(content, {
    ready: PAGE,
    env: { DOSSIER_FIRST_PAGE_GRACE_MS: '600000' },
  });
}, 200_000);

afterAll(() => {
  dev?.stop();
  temps.cleanup();
});

describe("npm run dev's first page", () => {
  it('is served from its briefing alone before the whole site, and is the page the whole site gives', async () => {
    const first = dev.first;
    expect(first?.headers.get('x-dossier-site')).toBe('briefing');
    expect(first?.html).toMatch(/<h1[^>]*>Maduro offers police cooperation to neighbours<\/h1>/);
    // The whole site comes from the worker thread once the first page has been served.
    const whole = await until(
      async () => {
        const page = await get(PAGE);
        return page.status === 200 && page.scope === null && page;
      },
      'the whole site',
      { timeout: 120_000, said: () => dev.output },
    );
    expect(whole.html).toBe(first?.html);
    // Assembled on the worker thread, not after falling back to Astro's.
    expect(dev.output).not.toMatch(/assembled on Astro's thread/);
    // Pages the whole site gives: another briefing, the index.
    const other = await get('/');
    expect(other.status).toBe(200);
    expect(other.scope).toBeNull();
  }, 180_000);

  it('shows each edit saved after it', async () => {
    const file = path.join(content, 'briefings', SEED_SLUG, 'briefing.md');
    const text = readFileSync(file, 'utf8');
    for (const words of ['Saved at the start.', 'Saved later.']) {
      writeFileSync(file, text.replace(/^summary: /m, `summary: ${words} `));
      await until(async () => (await get(PAGE)).html.includes(words), `"${words}" in the preview`, {
        timeout: 60_000,
        said: () => dev.output,
      });
    }
    writeFileSync(file, text);
  }, 150_000);
});
