// core/assembly owns turning content files into the assembled model: each briefing, the site, coverage warnings.
//
// The whole site from the content files: actor registry, every briefing, and the
// cross-briefing indexes (actors across briefings, one timeline). Main functions:
// `assembleSite(files, contentDir)`, and `assembleSiteFrom(entries, contentDir,
// { previous })`, which reassembles only what changed since the last run's memo.
import { parseActor, registryTerms, type Actor, type RegistryTerms } from '../actors/actors.ts';
import type { CommonWordLists } from '../actors/alias-check.ts';
import {
  asDraft,
  assembleBriefing,
  DRAFT_STATUS,
  type BriefingResult,
  type ContentFile,
} from './briefing.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import {
  mustReassemble,
  registryChange,
  type ActorRecord,
  type BriefingRecord,
  type SiteMemo,
} from './incremental.ts';
import { siteIndexes, type SiteIndexes } from './site-indexes.ts';
import { error, warning, type Diagnostic, type Result } from '../diagnostics.ts';
import type { Briefing, Site } from './model.ts';
import type { NameFinder } from './coverage.ts';
import { readRatingScale } from './claims.ts';
import type { RatingScale } from '../../schema/ratings.ts';

export interface RawFile {
  path: string;
  bytes: Uint8Array;
}

export type { ActorAppearance, Site, SiteActor, TimelineEntry } from './model.ts';

/**
 * The cross-briefing indexes of each memo this process made: the next run updates them
 * for what changed instead of building them again (site-indexes.ts). A memo read back
 * from disk has none, so its first run builds them.
 */
const indexMemo = new WeakMap<SiteMemo, SiteIndexes>();

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
   * warning; `findNamesWithNlp` in src/node/name-finder.ts). Absent, none are looked for:
   * `astro build` skips them, as the NLP costs more than the rest of the assembly
   * together (docs/performance.md); `npm run check` and `npm run dev` pass it.
   */
  findNames?: NameFinder;
  /**
   * The first-class languages' most frequent words, by which a one-word alias that is a
   * common word ("Nacional") is refused (`aliasProblem` in alias-check.ts). Every command
   * passes them (`siteOptions` in src/node/content.ts); absent, only function words are.
   */
  commonWords?: CommonWordLists;
  /**
   * What a `fill-in-…` placeholder is: `'error'` (the default; check and build), or
   * `'draft'` in `astro dev` only, where the blocks the live preview writes show flagged
   * "to fill in" (`BriefingInput.placeholders`).
   */
  placeholders?: 'error' | 'draft';
}

/** Assembles every briefing under `${contentDir}/briefings/` with the actors of `${contentDir}/actors/`. */
export function assembleSite(
  raw: readonly RawFile[],
  contentDir = 'content',
  options: SiteOptions = {},
): Result<Site> {
  const entries = raw.map((file) => ({ path: file.path, digest: '', bytes: () => file.bytes }));
  return assembleSiteFrom(entries, contentDir, options).result;
}

/** A content file as incremental assembly sees it: its bytes are read only if needed. */
export interface ContentEntry {
  /** Relative to the project root, forward slashes. */
  path: string;
  /** Changes whenever the bytes do (a content hash); compared with the memo's. */
  digest: string;
  bytes(): Uint8Array;
}

/** What `assembleSiteFrom` did: how many briefings it assembled and how many it took from the memo. */
export interface AssemblyCounts {
  assembled: number;
  reused: number;
}

export interface IncrementalOptions extends SiteOptions {
  /** The last run's memo: briefings whose files and registry use are unchanged are taken from it. */
  previous?: SiteMemo | undefined;
  /** Told after each briefing this call gives a record, for a long first run's progress. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Several threads sharing one assembly: asked, in slug order and only when this thread
   * is ready to assemble it, whether a briefing that must be assembled is this thread's
   * (`true`) or another's (`false`: it is left out of the parts). Absent, every one is.
   */
  take?: (slug: string) => boolean;
  /** Told of each briefing assembled (not taken from `previous`), as soon as it is. */
  onAssembled?: (slug: string, record: BriefingRecord) => void;
}

/**
 * The whole site, incrementally: a briefing is assembled again only when one of its
 * files changed (by digest) or the registry changed in a way it depends on
 * (incremental.ts); the rest, and every actor file whose digest is unchanged, come
 * from `options.previous`. The cross-briefing indexes are rebuilt from the parts.
 * Gives the same site and diagnostics as assembling everything afresh (tested on
 * random edit sequences in test/core/assembly/incremental.test.ts).
 */
export function assembleSiteFrom(
  entries: readonly ContentEntry[],
  contentDir = 'content',
  options: IncrementalOptions = {},
): { result: Result<Site>; memo: SiteMemo; counts: AssemblyCounts } {
  const parts = assembleParts(entries, contentDir, options);
  return { result: siteFromParts(parts), memo: parts.memo, counts: parts.counts };
}

/**
 * What `assembleParts` gives: every actor file and briefing as assembled or taken from
 * the memo, and every diagnostic, before the cross-briefing indexes are built
 * (`siteFromParts`). `npm run check` needs no more than this (`partCounts`).
 */
export interface SiteParts {
  memo: SiteMemo;
  registry: ReadonlyMap<string, Actor>;
  diagnostics: Diagnostic[];
  counts: AssemblyCounts;
  /** The memo these parts were made from, whose indexes `siteFromParts` updates. */
  previous: SiteMemo | undefined;
}

/** The first half of `assembleSiteFrom`: the files' part of the work, incrementally. */
export function assembleParts(
  entries: readonly ContentEntry[],
  contentDir = 'content',
  options: IncrementalOptions = {},
): SiteParts {
  const diagnostics: Diagnostic[] = [];
  // The rating scale: every briefing's claims are checked against it, so a change to it
  // changes the key and every briefing is assembled again.
  const ratingsEntry = entries.find((e) => e.path === `${contentDir}/ratings.md`);
  let ratings: RatingScale | undefined;
  if (ratingsEntry) {
    const decoded = decodeContent({ path: ratingsEntry.path, bytes: ratingsEntry.bytes() });
    const scale = decoded.value ? readRatingScale(decoded.value.path, decoded.value.text) : decoded;
    diagnostics.push(...scale.diagnostics);
    ratings = scale.value && 'ratings' in scale.value ? scale.value : undefined;
  }
  const key = `${contentDir}|${options.findNames ? 'names' : 'no-names'}|${options.commonWords ? 'common' : 'no-common'}|${options.placeholders ?? 'error'}|${JSON.stringify(ratings ?? 'default')}`;
  const previous = options.previous?.key === key ? options.previous : undefined;
  const actorPattern = new RegExp(`^${escape(contentDir)}/actors/([^/]+)\\.md$`);

  // Actor files: parsed again only when their digest changed.
  const actors = new Map<string, ActorRecord>();
  const folders = new Map<string, ContentEntry[]>();
  for (const entry of [...entries].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  )) {
    const actorId = actorPattern.exec(entry.path)?.[1];
    const slug = briefingSlug(contentDir, entry.path);
    if (actorId) {
      const known = previous?.actors.get(entry.path);
      actors.set(
        entry.path,
        known && known.digest === entry.digest && entry.digest !== ''
          ? known
          : readActor(entry, actorId, options.commonWords),
      );
    } else if (entry === ratingsEntry) {
      continue;
    } else if (slug) {
      const list = folders.get(slug) ?? [];
      list.push(entry);
      folders.set(slug, list);
    } else {
      const decoded = decodeContent({ path: entry.path, bytes: entry.bytes() });
      diagnostics.push(...decoded.diagnostics);
      if (decoded.value)
        diagnostics.push(
          warning(
            { file: entry.path, line: 1, column: 1 },
            'content-unexpected-file',
            'This file is not where Dossier reads content, so it is not published.',
            `Actors go in ${contentDir}/actors/<id>.md; briefings in ${contentDir}/briefings/<slug>/.`,
          ),
        );
    }
  }
  const registry = new Map<string, Actor>();
  const invalidActors = new Set<string>();
  for (const record of actors.values()) {
    diagnostics.push(...record.parsed.diagnostics);
    if (record.parsed.value) registry.set(record.parsed.value.id, record.parsed.value);
    else invalidActors.add(record.id);
  }
  const change = registryChange(previous?.actors ?? new Map(), actors);

  const records = new Map<string, BriefingRecord>();
  const counts: AssemblyCounts = { assembled: 0, reused: 0 };
  // The registry's names and aliases, folded once for every briefing's mentions and coverage.
  let terms: RegistryTerms | undefined;
  const slugs = [...folders.keys()].sort();
  for (const slug of slugs) {
    const list = folders.get(slug) ?? [];
    const dir = `${contentDir}/briefings/${slug}`;
    const filesKey = list.map((e) => `${e.path} ${e.digest}`).join('\n');
    const known = previous?.briefings.get(slug);
    let record: BriefingRecord;
    if (
      known &&
      known.filesKey === filesKey &&
      !list.some((e) => e.digest === '') &&
      !mustReassemble(known, change)
    ) {
      record = known;
      counts.reused++;
    } else if (options.take && !options.take(slug)) {
      continue;
    } else {
      terms ??= registryTerms(registry.values());
      const result = assembleFolder(slug, dir, list, contentDir, {
        registry,
        terms,
        invalidActors,
        options,
        ...(ratings ? { ratings } : {}),
      });
      record = { filesKey, result, status: result.value?.meta.status };
      counts.assembled++;
      options.onAssembled?.(slug, record);
    }
    records.set(slug, record);
    diagnostics.push(...record.result.diagnostics);
    options.onProgress?.(records.size, slugs.length);
  }
  return {
    memo: { key, actors, briefings: records },
    registry,
    diagnostics,
    counts,
    previous,
  };
}

/** The second half of `assembleSiteFrom`: the site of the parts, with its cross-briefing indexes. */
export function siteFromParts(parts: SiteParts): Result<Site> {
  const briefings: Briefing[] = [];
  const drafts: Briefing[] = [];
  for (const record of parts.memo.briefings.values()) {
    const value = record.result.value;
    if (value) (value.meta.status === 'draft' ? drafts : briefings).push(value);
  }
  const { previous } = parts;
  const indexes = siteIndexes(briefings, parts.registry, previous && indexMemo.get(previous));
  indexMemo.set(parts.memo, indexes);
  return {
    value: {
      briefings: indexes.briefings,
      drafts,
      actors: indexes.actors,
      timeline: indexes.timeline,
      tags: indexes.tags,
      claims: indexes.claims,
    },
    diagnostics: parts.diagnostics,
  };
}

/** How many published briefings, drafts and registry actors the site of `parts` has, without building it. */
export function partCounts(parts: SiteParts): {
  briefings: number;
  drafts: number;
  actors: number;
} {
  let briefings = 0;
  let drafts = 0;
  for (const { status } of parts.memo.briefings.values()) {
    if (status === 'published') briefings++;
    else if (status === 'draft') drafts++;
  }
  return { briefings, drafts, actors: parts.registry.size };
}

/**
 * The slug of a briefing's file (`<content>/briefings/<slug>/<name>.md`, or
 * `…/<slug>/sources/<name>.md`); undefined for any other path.
 */
export function briefingSlug(contentDir: string, file: string): string | undefined {
  const prefix = `${contentDir}/briefings/`;
  if (!file.startsWith(prefix) || !file.endsWith('.md')) return undefined;
  const parts = file.slice(prefix.length).split('/');
  const [slug, folder] = parts;
  const name = parts[parts.length - 1] ?? '';
  const placed = parts.length === 2 || (parts.length === 3 && folder === 'sources');
  return placed && slug && name.length > '.md'.length ? slug : undefined;
}

function readActor(entry: ContentEntry, id: string, common?: CommonWordLists): ActorRecord {
  const decoded = decodeContent({ path: entry.path, bytes: entry.bytes() });
  if (!decoded.value)
    return {
      digest: entry.digest,
      id,
      parsed: { value: undefined, diagnostics: decoded.diagnostics },
    };
  return {
    digest: entry.digest,
    id,
    parsed: parseActor(entry.path, id, decoded.value.text, common),
  };
}

interface RegistryContext {
  registry: ReadonlyMap<string, Actor>;
  terms: RegistryTerms;
  invalidActors: ReadonlySet<string>;
  options: SiteOptions;
  ratings?: RatingScale;
}

/**
 * One briefing folder's files decoded and assembled; a folder whose name is no slug is
 * reported. A draft's problems are all draft warnings, those of its files that cannot be
 * read included: its status is read from briefing.md even when that is not UTF-8.
 */
function assembleFolder(
  slug: string,
  dir: string,
  entries: readonly ContentEntry[],
  contentDir: string,
  context: RegistryContext,
): BriefingResult {
  const result = assembleFolderFiles(slug, dir, entries, contentDir, context);
  if (result.draft) return result;
  const main = entries.find((e) => e.path === `${dir}/briefing.md`);
  const yaml = main ? splitFrontmatter(lossy.decode(main.bytes())).yaml : undefined;
  return yaml !== undefined && DRAFT_STATUS.test(yaml)
    ? { ...result, draft: true, diagnostics: result.diagnostics.map(asDraft) }
    : result;
}

const lossy = new TextDecoder('utf-8');

function assembleFolderFiles(
  slug: string,
  dir: string,
  entries: readonly ContentEntry[],
  contentDir: string,
  context: RegistryContext,
): BriefingResult {
  const diagnostics: Diagnostic[] = [];
  const files: ContentFile[] = [];
  // Files that exist but cannot be used: their own error says why, so they are not also "missing".
  const unreadable = new Set<string>();
  for (const entry of entries) {
    const decoded = decodeContent({ path: entry.path, bytes: entry.bytes() });
    diagnostics.push(...decoded.diagnostics);
    if (decoded.value) files.push(decoded.value);
    else unreadable.add(entry.path);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
    diagnostics.push(
      error(
        { file: `${dir}/`, line: 1, column: 1 },
        'slug-invalid',
        `The briefing folder name "${slug}" is not a valid slug; it becomes the page's URL.`,
        'Rename the folder to lowercase kebab-case, e.g. maduro-police-cooperation.',
      ),
    );
    return { value: undefined, diagnostics, draft: false, uses: NO_USE };
  }
  const source = files.find((f) => f.path === `${dir}/source.md`);
  const further = files.filter((f) => f.path.startsWith(`${dir}/sources/`));
  const result = assembleBriefing({
    slug,
    dir,
    ...(source ? { source } : {}),
    annotationFiles: files.filter((f) => f !== source && !further.includes(f)),
    furtherSources: further,
    ...(context.ratings ? { ratings: context.ratings } : {}),
    registry: context.registry,
    terms: context.terms,
    ...(context.options.findNames ? { findNames: context.options.findNames } : {}),
    ...(context.options.placeholders ? { placeholders: context.options.placeholders } : {}),
    invalidActors: context.invalidActors,
    unreadable,
    actorsDir: `${contentDir}/actors`,
  });
  return {
    ...result,
    diagnostics: [
      ...(result.draft ? diagnostics.map(asDraft) : diagnostics),
      ...result.diagnostics,
    ],
  };
}

const NO_USE = { actors: [], words: [], names: [], unknownActors: false };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
