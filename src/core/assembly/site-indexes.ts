// The site's cross-briefing indexes: the published briefings in the site's order,
// each registry actor with its appearances, one timeline of every event, and the tag
// index. Built from every briefing on a first run; after an edit they are updated from
// the last run's indexes for the briefings that changed only (removed, then inserted
// in order), so a saved edit in an archive of 10,000 briefings does not sort 75,000
// events again. Either way the result is the same (test/core/assembly/site-indexes.test.ts
// and the random edit sequences of incremental.test.ts compare them with a fresh build).
// Main function: `siteIndexes(published, registry, previous)`.
import type { Actor } from '../actors/actors.ts';
import { compareDates } from '../dates/dates.ts';
import { byClaimDate, claimTimeline } from './claims.ts';
import {
  withoutFile,
  type ActorAppearance,
  type Briefing,
  type ClaimEntry,
  type SiteActor,
  type TimelineEntry,
} from './model.ts';

/** The indexes of one run, kept for the next (never changed once made: older sites may still render). */
export interface SiteIndexes {
  /** Published briefings, newest source first, then by slug. */
  briefings: Briefing[];
  /** Registry actors by name, each with its appearances in the order of `briefings`. */
  actors: SiteActor[];
  /** Every event of every published briefing, chronological, then by slug and order in its briefing. */
  timeline: TimelineEntry[];
  /** Tag → slugs of published briefings in the order of `briefings`, tags sorted. */
  tags: Map<string, string[]>;
  /** Every claim of every published briefing, by the date it was made, then slug and order (claims.ts). */
  claims: ClaimEntry[];
  /** The briefing object each slug had: an object that is not the same again has changed. */
  bySlug: Map<string, Briefing>;
  /** Actor id → the registry actor the index was made from and its site actor. */
  actorsById: Map<string, { actor: Actor; site: SiteActor }>;
}

/**
 * The order of `localeCompare` (the default locale's collation), from one collator:
 * `localeCompare` builds one per call, which at thousands of briefings costs more than
 * the rest of an incremental assembly.
 */
const collate = new Intl.Collator().compare;

/** The site's order of briefings: newest source first, then by slug. */
function newestSourceFirst(a: Briefing, b: Briefing): number {
  return collate(b.source.published, a.source.published) || collate(a.slug, b.slug);
}

/** The timeline's order of two events of different briefings. */
function byDateThenSlug(a: TimelineEntry, b: TimelineEntry): number {
  return compareDates(a.event.date, b.event.date) || collate(a.slug, b.slug);
}

/**
 * The indexes of `published` (any order) with the actors of `registry`. With `previous`
 * (the last run's), only the briefings whose object is not the one it held, and the
 * actors whose registry entry changed, are taken out and put back.
 */
export function siteIndexes(
  published: readonly Briefing[],
  registry: ReadonlyMap<string, Actor>,
  previous?: SiteIndexes,
): SiteIndexes {
  const bySlug = new Map(published.map((b) => [b.slug, b]));
  if (!previous) return freshIndexes(bySlug, registry);
  const changed = new Set<string>();
  for (const [slug, b] of bySlug) if (previous.bySlug.get(slug) !== b) changed.add(slug);
  for (const slug of previous.bySlug.keys()) if (!bySlug.has(slug)) changed.add(slug);
  const added = [...changed].flatMap((slug) => bySlug.get(slug) ?? []);

  const briefings = previous.briefings.filter((b) => !changed.has(b.slug));
  for (const b of [...added].sort(newestSourceFirst)) insertSorted(briefings, b, newestSourceFirst);
  const position = new Map(briefings.map((b, i) => [b.slug, i]));
  const inOrder = (a: { slug: string }, b: { slug: string }) =>
    (position.get(a.slug) ?? 0) - (position.get(b.slug) ?? 0);

  const timeline = merge(
    previous.timeline.filter((e) => !changed.has(e.slug)),
    timelineOf(added),
    byDateThenSlug,
  );
  const claims = merge(
    previous.claims.filter((e) => !changed.has(e.slug)),
    claimTimeline(added),
    byClaimDate,
  );

  // Appearances of the actors the changed briefings name, before or after the edit.
  const touched = new Set<string>();
  const gone = [...changed].flatMap((slug) => previous.bySlug.get(slug) ?? []);
  for (const b of [...gone, ...added]) for (const [id] of appearancesIn(b)) touched.add(id);
  const appearances = new Map<string, ActorAppearance[]>();
  for (const id of touched)
    appearances.set(
      id,
      (previous.actorsById.get(id)?.site.appearances ?? []).filter((a) => !changed.has(a.slug)),
    );
  for (const b of added)
    for (const [id, appearance] of appearancesIn(b)) appearances.get(id)?.push(appearance);
  for (const list of appearances.values()) list.sort(inOrder);

  const actorsById = new Map<string, { actor: Actor; site: SiteActor }>();
  let sameActors = registry.size === previous.actorsById.size;
  for (const actor of registry.values()) {
    const known = previous.actorsById.get(actor.id);
    // A briefing that names or mentions an actor new to the registry was assembled again
    // (incremental.ts), so it is among the changed ones and its appearances are here.
    const list = appearances.get(actor.id);
    if (known && known.actor === actor && !list) {
      actorsById.set(actor.id, known);
      continue;
    }
    sameActors = false;
    actorsById.set(actor.id, {
      actor,
      site: { ...withoutFile(actor), appearances: list ?? known?.site.appearances ?? [] },
    });
  }
  const actors = sameActors ? previous.actors : sortedActors(actorsById);

  const tags = new Map(previous.tags);
  const touchedTags = new Set([...gone, ...added].flatMap((b) => b.meta.tags));
  for (const tag of touchedTags) {
    const slugs = (previous.tags.get(tag) ?? []).filter((slug) => !changed.has(slug));
    for (const b of added) if (b.meta.tags.includes(tag)) slugs.push(b.slug);
    slugs.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    if (slugs.length > 0) tags.set(tag, slugs);
    else tags.delete(tag);
  }
  const tagsSorted = [...touchedTags].every((tag) => previous.tags.has(tag) === tags.has(tag))
    ? tags
    : sortedTags(tags);

  return { briefings, actors, timeline, tags: tagsSorted, claims, bySlug, actorsById };
}

function freshIndexes(
  bySlug: Map<string, Briefing>,
  registry: ReadonlyMap<string, Actor>,
): SiteIndexes {
  const briefings = [...bySlug.values()].sort(newestSourceFirst);
  const appearances = new Map<string, ActorAppearance[]>();
  const tags = new Map<string, string[]>();
  for (const b of briefings) {
    for (const [id, appearance] of appearancesIn(b)) {
      const list = appearances.get(id);
      if (list) list.push(appearance);
      else appearances.set(id, [appearance]);
    }
    for (const tag of b.meta.tags) {
      const slugs = tags.get(tag);
      if (slugs) slugs.push(b.slug);
      else tags.set(tag, [b.slug]);
    }
  }
  const actorsById = new Map<string, { actor: Actor; site: SiteActor }>();
  for (const actor of registry.values())
    actorsById.set(actor.id, {
      actor,
      site: { ...withoutFile(actor), appearances: appearances.get(actor.id) ?? [] },
    });
  return {
    briefings,
    actors: sortedActors(actorsById),
    timeline: timelineOf(briefings),
    tags: sortedTags(tags),
    claims: claimTimeline(briefings),
    bySlug,
    actorsById,
  };
}

function sortedActors(byId: ReadonlyMap<string, { site: SiteActor }>): SiteActor[] {
  return [...byId.values()].map((a) => a.site).sort((a, b) => collate(a.name, b.name));
}

function sortedTags(tags: ReadonlyMap<string, string[]>): Map<string, string[]> {
  return new Map([...tags].sort(([a], [b]) => collate(a, b)));
}

/** The events of `briefings` in the timeline's order. */
function timelineOf(briefings: readonly Briefing[]): TimelineEntry[] {
  return briefings
    .flatMap((b) =>
      b.events.map((event, order) => ({
        entry: { slug: b.slug, briefingTitle: b.meta.title, event },
        order,
      })),
    )
    .sort((a, b) => byDateThenSlug(a.entry, b.entry) || a.order - b.order)
    .map(({ entry }) => entry);
}

/** Two lists sorted by `compare`, merged into one; on a tie the first list's item comes first. */
function merge<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  if (b.length === 0) return [...a];
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (compare(b[j] as T, a[i] as T) < 0) out.push(b[j++] as T);
    else out.push(a[i++] as T);
  }
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) out.push(b[j++] as T);
  return out;
}

/** Inserts `item` into `list` (sorted by `compare`) where it belongs. */
function insertSorted<T>(list: T[], item: T, compare: (x: T, y: T) => number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid] as T, item) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, item);
}

/**
 * Each actor's appearance in one briefing: the quotes and events assembly already
 * gave the briefing actor, by id. Remembered per briefing object: incremental
 * assembly hands back the same object while a briefing is unchanged.
 */
const appearanceMemo = new WeakMap<Briefing, [string, ActorAppearance][]>();
function appearancesIn(b: Briefing): [string, ActorAppearance][] {
  const known = appearanceMemo.get(b);
  if (known) return known;
  const quotes = new Map(b.quotes.map((q) => [q.id, q]));
  const events = new Map(b.events.map((e) => [e.id, e]));
  const claims = new Map(b.claims.map((c) => [c.id, c]));
  const made = b.actors.map((actor): [string, ActorAppearance] => [
    actor.id,
    {
      slug: b.slug,
      title: b.meta.title,
      mentions: actor.mentions,
      quotes: actor.quotes.flatMap((id) => quotes.get(id) ?? []),
      events: actor.events.flatMap((id) => events.get(id) ?? []),
      claims: actor.claims.flatMap((id) => claims.get(id) ?? []),
      sources: 1 + b.furtherSources.length,
    },
  ]);
  appearanceMemo.set(b, made);
  return made;
}
