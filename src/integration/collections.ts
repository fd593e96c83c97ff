// Typed access to the assembled content for pages. `astro build` renders from the
// site its worker thread assembled, in this process, not from a copy in Astro's data
// store: serialising thousands of briefings into it, bundling and parsing them back
// cost more time and memory than rendering them (docs/performance.md). `npm run dev`
// renders from the site the integration checked and pinned for the page request
// (src/node/site-cache.ts, src/integration/dossier.ts), so a page and its paths never
// come from older content than the files, whatever Astro's data store and route
// cache still hold. Values and order are the site's (src/core/assembly/site.ts).
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../core/diagnostics.ts';
import type { Briefing } from '../core/assembly/model.ts';
import type { Site, SiteActor, TimelineEntry } from '../core/assembly/site.ts';
import type { ClaimEntry } from '../core/assembly/claims.ts';
import { isBuild, loadSiteCached, pinnedSite } from '../node/site-cache.ts';
import type { TagEntry } from './loader.ts';
import { siteIdentity } from '../node/site-identity.ts';
import type { SiteIdentity } from '../schema/site-options.ts';

/** The newsroom's name, description, language and logo: dossier()'s options in astro.config.mjs. */
export function getSiteIdentity(): SiteIdentity {
  return siteIdentity();
}

/** The site pages render: the build's, or in dev the one pinned for this request (else the files' current one). */
async function renderedSite(): Promise<Site> {
  const pinned = isBuild() ? undefined : pinnedSite();
  const { value, diagnostics } = pinned ?? (await loadSiteCached(fileURLToPath(root)));
  // The build has stopped with the full report already; dev shows the report instead of pages.
  if (hasErrors(diagnostics)) throw new Error('Content errors (npm run check lists them).');
  return value;
}

/** The published briefings, newest first; `npm run dev` previews the drafts too, after them (marked "Draft" by the pages). */
export async function getBriefings(): Promise<Briefing[]> {
  const site = await renderedSite();
  return isBuild() || !import.meta.env.DEV
    ? [...site.briefings]
    : [...site.briefings, ...site.drafts];
}

/** `getStaticPaths` of the routes under /briefings/<slug>/: one per published briefing, which it gets as a prop. */
export async function briefingPaths(): Promise<
  { params: { slug: string }; props: { briefing: Briefing } }[]
> {
  return (await getBriefings()).map((briefing) => ({
    params: { slug: briefing.slug },
    props: { briefing },
  }));
}

export async function getActors(): Promise<SiteActor[]> {
  return [...(await renderedSite()).actors];
}

export async function getTimeline(): Promise<TimelineEntry[]> {
  return [...(await renderedSite()).timeline];
}

/** Every published claim, by the date it appeared. */
export async function getClaims(): Promise<ClaimEntry[]> {
  return [...(await renderedSite()).claims];
}

export async function getTags(): Promise<TagEntry[]> {
  return [...(await renderedSite()).tags].map(([tag, slugs]) => ({ tag, slugs }));
}
