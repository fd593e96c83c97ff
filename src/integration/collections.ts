// Typed access to the assembled content for pages. In `npm run dev` pages read the
// content collections, which the loaders fill from the assembled site and refresh on
// every edit; this is the one place their types are restored. In `astro build` they
// read the site the build assembled, in this process (src/node/site-cache.ts), not a
// copy in Astro's data store: serialising thousands of briefings into it, bundling
// and parsing them back cost more time and memory than rendering them
// (docs/performance.md). Both hold the same values, in the same order.
import { getCollection } from 'astro:content';
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../core/diagnostics.ts';
import type { Briefing } from '../core/assembly/model.ts';
import type { Site, SiteActor, TimelineEntry } from '../core/assembly/site.ts';
import { isBuild, loadSiteCached } from '../node/site-cache.ts';

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
  const entries = await getCollection('briefings');
  return entries
    .map((e) => e.data as unknown as Briefing)
    .sort((a, b) => b.source.published.localeCompare(a.source.published) || a.slug.localeCompare(b.slug));
}

/** `getStaticPaths` of the routes under /briefings/<slug>/: one per published briefing, which it gets as a prop. */
export async function briefingPaths(): Promise<{ params: { slug: string }; props: { briefing: Briefing } }[]> {
  return (await getBriefings()).map((briefing) => ({ params: { slug: briefing.slug }, props: { briefing } }));
}

export async function getActors(): Promise<SiteActor[]> {
  const site = await builtSite();
  if (site) return [...site.actors];
  const entries = await getCollection('actors');
  return entries.map((e) => e.data as unknown as SiteActor).sort((a, b) => a.name.localeCompare(b.name));
}

export async function getTimeline(): Promise<TimelineEntry[]> {
  const site = await builtSite();
  if (site) return [...site.timeline];
  const entries = await getCollection('timeline');
  return entries.sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data as unknown as TimelineEntry);
}

export async function getTags(): Promise<{ tag: string; slugs: string[] }[]> {
  const site = await builtSite();
  if (site) return [...site.tags].map(([tag, slugs]) => ({ tag, slugs }));
  const entries = await getCollection('tags');
  return entries.map((e) => e.data as unknown as { tag: string; slugs: string[] }).sort((a, b) => a.tag.localeCompare(b.tag));
}
