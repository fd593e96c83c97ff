// Keeps `astro dev`'s route cache from outliving a content change. Astro caches each
// route's getStaticPaths and clears the cache when its data store module is
// invalidated ("astro:content-changed"). A page request whose getStaticPaths read the
// old store but finished after that clear puts the old paths back, and a briefing
// added or fixed meanwhile stays a 404 until the next edit. Main function:
// `guardRouteCache(server)`, which returns the wrapper for one page request.
import type { ViteDevServer } from 'vite';

/** Astro's virtual module holding the data store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The Vite environments Astro renders pages in during `astro dev`. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'];

/**
 * Returns `track(res)`: call it when a page request starts. When the response ends, if
 * the data store was invalidated while it was being served, the route cache is cleared
 * once more, so whatever paths that request computed from the old store are dropped.
 */
export function guardRouteCache(server: ViteDevServer): (res: { once(event: 'close', listener: () => void): unknown }) => void {
  const environments = PAGE_ENVIRONMENTS.map((name) => server.environments[name]).filter((e) => e !== undefined);
  const epoch = (): string => environments.map((e) => e.moduleGraph.getModuleById(DATA_STORE_MODULE)?.lastInvalidationTimestamp ?? 0).join(':');
  return (res) => {
    const started = epoch();
    res.once('close', () => {
      if (epoch() === started) return;
      for (const environment of environments) environment.hot.send('astro:content-changed', {});
    });
  };
}
