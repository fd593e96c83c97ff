// Typed access to the assembled content for pages. The loaders store core's
// values as they are; this is the one place their types are restored.
import { getCollection } from 'astro:content';
import type { Briefing } from '../core/model.ts';
import type { SiteActor, TimelineEntry } from '../core/site.ts';

export async function getBriefings(): Promise<Briefing[]> {
  const entries = await getCollection('briefings');
  return entries
    .map((e) => e.data as unknown as Briefing)
    .sort((a, b) => b.source.published.localeCompare(a.source.published) || a.slug.localeCompare(b.slug));
}

export async function getActors(): Promise<SiteActor[]> {
  const entries = await getCollection('actors');
  return entries.map((e) => e.data as unknown as SiteActor).sort((a, b) => a.name.localeCompare(b.name));
}

export async function getTimeline(): Promise<TimelineEntry[]> {
  const entries = await getCollection('timeline');
  return entries.sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data as unknown as TimelineEntry);
}

export async function getTags(): Promise<{ tag: string; slugs: string[] }[]> {
  const entries = await getCollection('tags');
  return entries.map((e) => e.data as unknown as { tag: string; slugs: string[] }).sort((a, b) => a.tag.localeCompare(b.tag));
}
