// One save, one reload in `npm run dev`. The integration reloads the browser itself as
// soon as an edit is assembled (src/integration/dossier.ts); two other reloads of the
// same save came from Astro's content layer, whose collections the pages never read
// (collections.ts), and are dropped here; every other reload (the integration's, Vite's
// for a changed component or style) passes:
// - Astro rewrites its data store when the loaders' index changes (a title, a tag, a
//   briefing added or gone, src/integration/loader.ts), then tells the page environments
//   "astro:content-changed" and, in the same tick, sends the browser a full reload
//   (invalidateDataStore in Astro's vite-plugin-content-virtual-mod), about half a second
//   after the integration's reload. `dropStoreReloads` drops that one.
// - Astro writes `.astro/content-assets.mjs` (and `content-modules.mjs`) as an empty map
//   in two spellings, `new Map()` and `new Map([])`, and switches between them when an
//   entry is deleted and at the next content refresh; Vite then reloads the page for a
//   changed server module, a second after the save. An empty map rewritten as an empty map
//   changes nothing: `quietEmptyContentModules` drops that update.
// And no save without its reload: `pageReloads` reloads each open page whose content is
// older than the files, page by page, never through Vite's broadcast. A broadcast sent
// while no page is connected is kept by Vite and handed to the next page that connects,
// which then reloads once more for nothing; one sent while a page is between documents
// (its old connection closed or closing, its new one not yet open) reaches no page, and
// that page keeps showing the content before the save. Each page says which state of the
// content it was rendered from as soon as it connects (src/browser/dev-reload.ts), and is
// reloaded then if the content changed meanwhile.
// `npm run dev-loop -- --reloads 50` counts the reloads per save (tools/dev-edit-loop.ts).
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/** The event a page sends when it connects: `{ site }`, from its Server-Timing entry. */
export const SHOWN_EVENT = 'dossier:shown';
/** The Server-Timing entry naming the state of the content a page was rendered from. */
export const SITE_TIMING = 'dossier-site';

/** A page connected to the dev server, as Vite's hot channel hands it to listeners. */
interface PageClient {
  send(payload: { type: 'full-reload'; path: string }): void;
}

export interface PageReloads {
  /** The Server-Timing header of a page rendered from `site`. */
  serverTiming(site: object): string;
  /** Reloads every open page rendered from another state of the content than `site`. */
  reload(site: object): void;
  /**
   * Reloads every open page rendered from another state of the content than the one
   * `current` gives for what it shows (dev's pages rendered from a site of their own
   * briefing are compared with that briefing's site now, not with the whole site).
   */
  recheck(): void;
  /**
   * A page rendered from `shown` is one rendered from `site`: it is not reloaded onto
   * `site` (dev's first page, rendered from a site of its own briefing before the whole
   * site was assembled, when the whole site gives the same page).
   */
  same(shown: object, site: object): void;
}

/**
 * Reloads of the open pages after an edit. `current` gives the site the files give now
 * (one object per state of the content). Each connected page is, until it says what it
 * shows, `pending` (it says so as soon as it connects, and is reloaded then if that is
 * not `current`); `unknown` when it was not rendered from the content (reloaded on every
 * edit, as Vite would); `reloading` once it has been sent a reload (it is leaving: a
 * second look at the same save must not reload it again, and its next connection says
 * what it shows anew); otherwise the number of the state it shows.
 */
export function pageReloads(
  server: ViteDevServer,
  current: (shown: object | undefined) => Promise<object>,
): PageReloads {
  const numbers = new WeakMap<object, string>();
  /** A state's number → the state, while anything else holds it. */
  const states = new Map<string, WeakRef<object>>();
  let count = 0;
  const numberOf = (site: object): string => {
    let n = numbers.get(site);
    if (n === undefined) {
      numbers.set(site, (n = String(++count)));
      states.set(n, new WeakRef(site));
    }
    return n;
  };
  const pages = new Map<PageClient, string | 'pending' | 'unknown' | 'reloading'>();
  /** A state's number → the number of the state its pages are the same as (`same`). */
  const sameAs = new Map<string, string>();
  const resolved = (shows: string) => sameAs.get(shows) ?? shows;
  const send = (page: PageClient) => {
    if (pages.has(page)) pages.set(page, 'reloading');
    try {
      page.send({ type: 'full-reload', path: '*' });
    } catch {
      // A connection closing as the page leaves: that page is being replaced anyway.
    }
  };
  const hot = server.environments.client.hot;
  hot.on('vite:client:connect', (_data: unknown, page: PageClient) => pages.set(page, 'pending'));
  hot.on('vite:client:disconnect', (_data: unknown, page: PageClient) => pages.delete(page));
  hot.on(SHOWN_EVENT, (data: unknown, page: PageClient) => {
    const site = (data as { site?: unknown } | null)?.site;
    const shows = typeof site === 'string' && /^\d{1,12}$/.test(site) ? site : 'unknown';
    if (!pages.has(page)) return;
    pages.set(page, shows);
    if (shows === 'unknown') return;
    check(page, shows);
  });
  /** Reloads `page`, which shows state `shows`, if `current` gives another for it. */
  const check = (page: PageClient, shows: string) =>
    current(states.get(shows)?.deref()).then(
      (now) => {
        if (pages.get(page) === shows && numberOf(now) !== resolved(shows)) send(page);
      },
      () => undefined,
    );
  return {
    serverTiming: (site) => `${SITE_TIMING};desc="${numberOf(site)}"`,
    reload(site) {
      const now = numberOf(site);
      for (const [page, shows] of pages)
        if (shows !== 'pending' && shows !== 'reloading' && resolved(shows) !== now) send(page);
    },
    recheck() {
      for (const [page, shows] of pages) {
        if (shows === 'pending' || shows === 'reloading') continue;
        if (shows === 'unknown') send(page);
        else void check(page, shows);
      }
    },
    same(shown, site) {
      sameAs.set(numberOf(shown), numberOf(site));
    },
  };
}

/** The Vite environments Astro renders pages in; the store's signal goes to them first. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'];

export function dropStoreReloads(server: ViteDevServer): void {
  /** Set between Astro's "astro:content-changed" and the end of that tick. */
  let storeRewritten = false;
  for (const name of PAGE_ENVIRONMENTS) {
    const hot = server.environments[name]?.hot;
    if (!hot) continue;
    const send = hot.send.bind(hot) as (...args: unknown[]) => void;
    hot.send = ((...args: unknown[]) => {
      if (args[0] === 'astro:content-changed' && !storeRewritten) {
        storeRewritten = true;
        queueMicrotask(() => (storeRewritten = false));
      }
      send(...args);
    }) as typeof hot.send;
  }
  const client = server.environments.client.hot;
  const send = client.send.bind(client) as (...args: unknown[]) => void;
  client.send = ((...args: unknown[]) => {
    const [payload] = args;
    const reload =
      typeof payload === 'object' &&
      payload !== null &&
      (payload as { type?: unknown }).type === 'full-reload';
    if (storeRewritten && reload) return;
    send(...args);
  }) as typeof client.send;
}

/** The modules Astro's content layer writes into `.astro/`. */
const CONTENT_MODULES = new Set(['content-assets.mjs', 'content-modules.mjs']);
/** Either spelling of an empty map. */
const EMPTY_MAP = /^\s*export default new Map\(\s*(?:\[\s*\])?\s*\);?\s*$/;

/** A Vite plugin: no update (so no reload) when a content module is rewritten as an empty map. */
export function quietEmptyContentModules(): Plugin {
  return {
    name: 'dossier:quiet-empty-content-modules',
    enforce: 'pre',
    hotUpdate: {
      order: 'pre',
      async handler({ file, read }) {
        if (!CONTENT_MODULES.has(path.basename(file))) return;
        if (path.basename(path.dirname(file)) !== '.astro') return;
        return EMPTY_MAP.test(await read()) ? [] : undefined;
      },
    },
  };
}
