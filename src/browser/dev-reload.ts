// `npm run dev` only (src/integration/dossier.ts injects it into every page in `astro
// dev`; nothing of it is in the build): tells the dev server which state of the content
// this page was rendered from, the `dossier-site` entry of its response's Server-Timing
// header. The server reloads the page at once if the content changed since, so a save
// that lands while the page loads, before its connection to the dev server opens, is
// not missed (src/integration/dev-reloads.ts, `pageReloads`).
/// <reference types="vite/client" />

const entry = performance.getEntriesByType('navigation')[0] as
  PerformanceNavigationTiming | undefined;
const site = entry?.serverTiming.find((timing) => timing.name === 'dossier-site')?.description;
// The event's name is the integration's SHOWN_EVENT.
import.meta.hot?.send('dossier:shown', { site: site ?? '' });
