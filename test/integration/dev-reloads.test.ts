// The dev server's reloads of open pages (src/integration/dev-reloads.ts): a page rendered
// from older content is reloaded once per save, whichever look at the save comes first; a
// page that connects after a save is reloaded only if it shows older content.
import { describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import { pageReloads, SHOWN_EVENT } from '../../src/integration/dev-reloads.ts';

type Listener = (data: unknown, client: Page) => void;

/** An open page's connection, counting the reloads sent to it. */
class Page {
  reloads = 0;
  send(payload: { type: string }) {
    if (payload.type === 'full-reload') this.reloads++;
  }
}

/** The part of Vite's dev server pageReloads listens on: the client environment's hot channel. */
function fakeServer() {
  const listeners = new Map<string, Listener[]>();
  const server = {
    environments: {
      client: {
        hot: {
          on(event: string, listener: Listener) {
            listeners.set(event, [...(listeners.get(event) ?? []), listener]);
          },
        },
      },
    },
  } as unknown as ViteDevServer;
  const emit = (event: string, data: unknown, page: Page) => {
    for (const listener of listeners.get(event) ?? []) listener(data, page);
  };
  return { server, emit };
}

const siteNumber = (timing: string) => /desc="(\d+)"/.exec(timing)![1];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pageReloads', () => {
  it('reloads a page on older content once, though the save is looked at twice', async () => {
    const before = {};
    const after = {};
    let now: object = before;
    const { server, emit } = fakeServer();
    const reloads = pageReloads(server, async () => now);
    const page = new Page();
    emit('vite:client:connect', undefined, page);
    emit(SHOWN_EVENT, { site: siteNumber(reloads.serverTiming(before)) }, page);
    await settle();
    expect(page.reloads).toBe(0);

    now = after;
    reloads.reload(after); // the first look at the save
    reloads.reload(after); // the second look, while the page is still leaving
    expect(page.reloads).toBe(1);

    // The page comes back on a new connection showing the saved content: no more reloads.
    emit('vite:client:disconnect', undefined, page);
    const back = new Page();
    emit('vite:client:connect', undefined, back);
    emit(SHOWN_EVENT, { site: siteNumber(reloads.serverTiming(after)) }, back);
    await settle();
    reloads.reload(after);
    expect(back.reloads).toBe(0);

    // The next save reloads it again, once.
    const later = {};
    now = later;
    reloads.reload(later);
    reloads.reload(later);
    expect(back.reloads).toBe(1);
  });

  it('reloads a page that connects showing older content, and not one showing the current', async () => {
    const before = {};
    const after = {};
    const { server, emit } = fakeServer();
    const reloads = pageReloads(server, async () => after);
    const stale = new Page();
    const fresh = new Page();
    for (const page of [stale, fresh]) emit('vite:client:connect', undefined, page);
    // Until a page says what it shows, a save does not reload it.
    reloads.reload(after);
    expect([stale.reloads, fresh.reloads]).toEqual([0, 0]);
    emit(SHOWN_EVENT, { site: siteNumber(reloads.serverTiming(before)) }, stale);
    emit(SHOWN_EVENT, { site: siteNumber(reloads.serverTiming(after)) }, fresh);
    await settle();
    expect([stale.reloads, fresh.reloads]).toEqual([1, 0]);
    reloads.reload(after);
    expect([stale.reloads, fresh.reloads]).toEqual([1, 0]);
  });

  it('rechecks each page against what it shows now, and leaves a page the whole site renders the same', async () => {
    // Dev's start: two pages rendered from sites of their own briefing, then the whole site.
    const one = {};
    const two = {};
    let oneNow: object = one;
    const whole = {};
    let wholeReady = false;
    const { server, emit } = fakeServer();
    const reloads = pageReloads(server, async (shown) =>
      wholeReady ? whole : shown === one ? oneNow : shown === two ? two : whole,
    );
    const first = new Page();
    const second = new Page();
    emit('vite:client:connect', undefined, first);
    emit('vite:client:connect', undefined, second);
    emit(SHOWN_EVENT, { site: siteNumber(reloads.serverTiming(one)) }, first);
    emit(SHOWN_EVENT, { site: siteNumber(reloads.serverTiming(two)) }, second);
    await settle();
    expect([first.reloads, second.reloads]).toEqual([0, 0]);
    // A save to the first page's briefing: that page only.
    oneNow = {};
    reloads.recheck();
    await settle();
    expect([first.reloads, second.reloads]).toEqual([1, 0]);
    // The whole site renders the second page the same: it stays.
    wholeReady = true;
    reloads.same(two, whole);
    reloads.recheck();
    await settle();
    expect(second.reloads).toBe(0);
    // A later whole site is another state: it reloads.
    reloads.reload({});
    expect(second.reloads).toBe(1);
  });
});
