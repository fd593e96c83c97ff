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
// `npm run dev-loop -- --reloads 50` counts the reloads per save (tools/dev-edit-loop.ts).
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

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
