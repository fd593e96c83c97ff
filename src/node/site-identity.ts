// The site's identity (the integration's options, src/schema/site-options.ts) for every
// module instance of the process: the integration sets it from astro.config.mjs at config
// setup, the pages read it (src/integration/collections.ts). Main functions:
// `setSiteIdentity(identity)`, `siteIdentity()`, `resetSiteIdentity()`.
import { DEFAULT_SITE_IDENTITY, type SiteIdentity } from '../schema/site-options.ts';
import { processState } from './process-state.ts';

const state = processState<{ identity: SiteIdentity }>('site-identity', () => ({
  identity: DEFAULT_SITE_IDENTITY,
}));

export function setSiteIdentity(identity: SiteIdentity): void {
  state.get().identity = identity;
}

/** The identity astro.config.mjs gave, else the defaults. */
export function siteIdentity(): SiteIdentity {
  return state.get().identity;
}

export function resetSiteIdentity(): void {
  state.reset();
}
