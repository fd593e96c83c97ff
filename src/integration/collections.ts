// Typed access to the assembled content for pages. In `npm run dev` pages read the
// content collections, which the loaders fill from the assembled site and refresh on
// every edit; each loader declares its data's type (src/integration/loader.ts). In
// `astro build` they read the site the build assembled, in this process
// (src/node/site-cache.ts), not a copy in Astro's data store: serialising thousands of
// briefings into it, bundling and parsing them back cost more time and memory than
// rendering them (docs/performance.md). Both hold the same values, in the same order
// (the site's own comparators, src/core/assembly/site.ts).
import { getCollection } from 'astro:content';
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../core/diagnostics.ts';
import type { Briefing } from '../core/assembly/model.ts';
import { byName, byTag, newestSourceFirst, type Site, type SiteActor, type TimelineEntry } from '../core/assembly/site.ts';
import { isBuild, loadSiteCached } from '../node/site-cache.ts';
import type { TagEntry } from './loader.ts';

/** The site `astro build` assembled (undefined in dev, where the collections serve). */
async function builtSite(): Promise<Site | undefined> {
  if (!isBuild() && import.meta.env.DEV) return undefined;
  const { value, diagnostics } = await loadSiteCached(fileURLToPath(root));
  // The integration has stopped the build with the full report already.
  if (hasErrors(diagnostics)) throw new Error('Content errors (npm run check lists them).');
  return value;
}

export async function getBriefings(): Promise<Briefing[]> {
  const site = await builtSite();
  if (site) return [...site.briefings];
  return (await getCollection('briefings')).map((e) => e.data).sort(newestSourceFirst);
}

/** `getStaticPaths` of the routes under /briefings/<slug>/: one per published briefing, which it gets as a prop. */
export async function briefingPaths(): Promise<{ params: { slug: string }; props: { briefing: Briefing } }[]> {
  return (await getBriefings()).map((briefing) => ({ params: { slug: briefing.slug }, props: { briefing } }));
}

export async function getActors(): Promise<SiteActor[]> {
  const site = await builtSite();
  if (site) return [...site.actors];
  return (await getCollection('actors')).map((e) => e.data).sort(byName);
}

export async function getTimeline(): Promise<TimelineEntry[]> {
  const site = await builtSite();
  if (site) return [...site.timeline];
  // The loader's ids are the timeline's positions, zero-padded.
  return (await getCollection('timeline')).sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data);
}

export async function getTags(): Promise<TagEntry[]> {
  const site = await builtSite();
  if (site) return [...site.tags].map(([tag, slugs]) => ({ tag, slugs }));
  return (await getCollection('tags')).map((e) => e.data).sort((a, b) => byTag(a.tag, b.tag));
}
