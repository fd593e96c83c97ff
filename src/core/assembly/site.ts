// core/assembly owns turning content files into the assembled model: each briefing, the site, coverage warnings.
//
// The whole site from the content files: actor registry, every briefing, and the
// cross-briefing indexes (actors across briefings, one timeline), computed once.
// Main function: `assembleSite(files, contentDir)`.
import { parseActor, registryTerms, type Actor } from '../actors/actors.ts';
import { assembleBriefing, type ContentFile } from './briefing.ts';
import { compareDates } from '../dates/dates.ts';
import { error, warning, type Diagnostic, type Result } from '../diagnostics.ts';
import {
  withoutFile,
  type Briefing,
  type BriefingEvent,
  type Quote,
  type ActorMention,
} from './model.ts';
import type { NameFinder } from './coverage.ts';

export interface RawFile {
  path: string;
  bytes: Uint8Array;
}

export interface ActorAppearance {
  slug: string;
  title: string;
  mentions: ActorMention[];
  quotes: Quote[];
  events: BriefingEvent[];
}

export interface SiteActor extends Omit<Actor, 'file'> {
  appearances: ActorAppearance[];
}

export interface TimelineEntry {
  slug: string;
  briefingTitle: string;
  event: BriefingEvent;
}

export interface Site {
  /** Published briefings, newest source first. */
  briefings: Briefing[];
  /** Draft briefings: checked, not published. */
  drafts: Briefing[];
  /** Every registry actor, by name, with where it appears. */
  actors: SiteActor[];
  /** Every event of every published briefing, chronological. */
  timeline: TimelineEntry[];
  /** Tag → slugs of published briefings, tags sorted. */
  tags: Map<string, string[]>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file as UTF-8 (a BOM is dropped); invalid bytes are an error naming where. */
export function decodeContent(file: RawFile): Result<ContentFile | undefined> {
  try {
    return {
      value: { path: file.path, text: decoder.decode(file.bytes).replace(/^\uFEFF/, '') },
      diagnostics: [],
    };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(file.bytes);
    const lines = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n');
    const at = {
      file: file.path,
      line: lines.length,
      column: (lines[lines.length - 1]?.length ?? 0) + 1,
    };
    return {
      value: undefined,
      diagnostics: [
        error(
          at,
          'file-encoding',
          'The file is not valid UTF-8, so its text cannot be read safely.',
          'Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8).',
        ),
      ],
    };
  }
}

export interface SiteOptions {
  /**
   * Finds people and organisations the registry lacks (the `actor-unregistered`
   * warning; `findNamesWithNlp` in name-finder.ts). Absent, none are looked for:
   * `astro build` skips them, as the NLP costs more than the rest of the assembly
   * together (docs/performance.md); `npm run check` and `npm run dev` pass it.
   */
  findNames?: NameFinder;
}

/** Assembles every briefing under `${contentDir}/briefings/` with the actors of `${contentDir}/actors/`. */
export function assembleSite(
  raw: readonly RawFile[],
  contentDir = 'content',
  options: SiteOptions = {},
): Result<Site> {
  const diagnostics: Diagnostic[] = [];
  const files: ContentFile[] = [];
  // Files that exist but cannot be used: their own error says why, so they are not also "missing".
  const unreadable = new Set<string>();
  for (const r of [...raw].sort((a, b) => a.path.localeCompare(b.path))) {
    const decoded = decodeContent(r);
    diagnostics.push(...decoded.diagnostics);
    if (decoded.value) files.push(decoded.value);
    else unreadable.add(r.path);
  }

  const registry = new Map<string, Actor>();
  const invalidActors = new Set<string>();
  const folders = new Map<string, ContentFile[]>();
  const actorPattern = new RegExp(`^${escape(contentDir)}/actors/([^/]+)\\.md$`);
  const briefingPattern = new RegExp(`^${escape(contentDir)}/briefings/([^/]+)/([^/]+\\.md)$`);
  for (const path of unreadable) {
    const id = actorPattern.exec(path)?.[1];
    if (id) invalidActors.add(id);
  }
  for (const file of files) {
    const actor = actorPattern.exec(file.path);
    const briefing = briefingPattern.exec(file.path);
    if (actor?.[1]) {
      const parsed = parseActor(file.path, actor[1], file.text);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.value) registry.set(parsed.value.id, parsed.value);
      else invalidActors.add(actor[1]);
    } else if (briefing?.[1]) {
      const list = folders.get(briefing[1]) ?? [];
      list.push(file);
      folders.set(briefing[1], list);
    } else {
      diagnostics.push(
        warning(
          { file: file.path, line: 1, column: 1 },
          'content-unexpected-file',
          'This file is not where Dossier reads content, so it is not published.',
          `Actors go in ${contentDir}/actors/<id>.md; briefings in ${contentDir}/briefings/<slug>/.`,
        ),
      );
    }
  }

  const briefings: Briefing[] = [];
  const drafts: Briefing[] = [];
  // The registry's names and aliases, folded once for every briefing's mentions and coverage.
  const terms = registryTerms(registry.values());
  for (const [slug, list] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const dir = `${contentDir}/briefings/${slug}`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      diagnostics.push(
        error(
          { file: `${dir}/`, line: 1, column: 1 },
          'slug-invalid',
          `The briefing folder name "${slug}" is not a valid slug; it becomes the page's URL.`,
          'Rename the folder to lowercase kebab-case, e.g. maduro-police-cooperation.',
        ),
      );
      continue;
    }
    const source = list.find((f) => f.path === `${dir}/source.md`);
    const result = assembleBriefing({
      slug,
      dir,
      ...(source ? { source } : {}),
      annotationFiles: list.filter((f) => f !== source),
      registry,
      terms,
      ...(options.findNames ? { findNames: options.findNames } : {}),
      invalidActors,
      unreadable,
      actorsDir: `${contentDir}/actors`,
    });
    diagnostics.push(...result.diagnostics);
    if (result.value)
      (result.value.meta.status === 'draft' ? drafts : briefings).push(result.value);
  }
  briefings.sort(newestSourceFirst);

  return {
    value: {
      briefings,
      drafts,
      actors: siteActors(registry, briefings),
      timeline: timeline(briefings),
      tags: tagIndex(briefings),
    },
    diagnostics,
  };
}

/** The site's order of briefings: newest source first, then by slug. */
function newestSourceFirst(a: Briefing, b: Briefing): number {
  return b.source.published.localeCompare(a.source.published) || a.slug.localeCompare(b.slug);
}

/** The site's order of actors: by name. */
function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}

/** The site's order of tags. */
function byTag(a: string, b: string): number {
  return a.localeCompare(b);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each registry actor with its appearances: the quotes and events assembly already gave each briefing actor, by id. */
function siteActors(
  registry: ReadonlyMap<string, Actor>,
  briefings: readonly Briefing[],
): SiteActor[] {
  const appearances = new Map<string, ActorAppearance[]>();
  for (const b of briefings) {
    const quotes = new Map(b.quotes.map((q) => [q.id, q]));
    const events = new Map(b.events.map((e) => [e.id, e]));
    for (const actor of b.actors) {
      const list = appearances.get(actor.id) ?? [];
      list.push({
        slug: b.slug,
        title: b.meta.title,
        mentions: actor.mentions,
        quotes: actor.quotes.flatMap((id) => quotes.get(id) ?? []),
        events: actor.events.flatMap((id) => events.get(id) ?? []),
      });
      appearances.set(actor.id, list);
    }
  }
  return [...registry.values()]
    .map((actor) => ({ ...withoutFile(actor), appearances: appearances.get(actor.id) ?? [] }))
    .sort(byName);
}

function timeline(briefings: readonly Briefing[]): TimelineEntry[] {
  return briefings
    .flatMap((b) =>
      b.events.map((event, order) => ({
        entry: { slug: b.slug, briefingTitle: b.meta.title, event },
        order,
      })),
    )
    .sort(
      (a, b) =>
        compareDates(a.entry.event.date, b.entry.event.date) ||
        a.entry.slug.localeCompare(b.entry.slug) ||
        a.order - b.order,
    )
    .map(({ entry }) => entry);
}

function tagIndex(briefings: readonly Briefing[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const b of briefings)
    for (const tag of b.meta.tags) tags.set(tag, [...(tags.get(tag) ?? []), b.slug]);
  return new Map([...tags].sort(([a], [b]) => byTag(a, b)));
}
