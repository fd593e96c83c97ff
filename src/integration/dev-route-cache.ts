// `astro dev` caches each route's getStaticPaths until its content changes (Astro
// clears the cache on "astro:content-changed"). Pages here take their paths from the
// site the integration pins per page request (src/node/site-cache.ts), so the
// integration clears the cache itself whenever it pins a new site, and again when a
// request that started before that ends, in case it put paths from the older site
// back. Main function: `devRouteCache(server)`.
import type { ViteDevServer } from 'vite';

/** The Vite environments Astro renders pages in during `astro dev`. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'];

export interface DevRouteCache {
  /** Clears Astro's route cache; resolves once the page environments have been told. */
  clear(): Promise<void>;
}

export function devRouteCache(server: ViteDevServer): DevRouteCache {
  const environments = PAGE_ENVIRONMENTS.map((name) => server.environments[name]).filter(
    (e) => e !== undefined,
  );
  return {
    clear: async () => {
      for (const environment of environments) environment.hot.send('astro:content-changed', {});
      // The environments' listeners run as the event is dispatched; one turn of the
      // event loop lets any that were queued run before a page renders.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
