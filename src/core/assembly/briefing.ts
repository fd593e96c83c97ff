// Briefing assembly: a source, its annotation files and the actor registry become
// one `Briefing` (anchored quotes, dated events in order, actors with mentions,
// back-links per ¶) plus every diagnostic. Main function: `assembleBriefing(input)`,
// a chain of named stages, each a pure function of what the earlier ones produced:
//   1. checkFolder          source.md and briefing.md are there
//   2. readSources          source.md's and each further source's (sources/<id>.md)
//                           frontmatter, size limit and paragraphs
//   3. readAnnotationFiles  briefing.md's frontmatter and introduction; every file's raw annotations
//   4. resolveAnnotations   each annotation anchored in its source, dated and given its id, one
//                           resolver per directive (resolve-annotations.ts, resolve-claims.ts)
//   5. coverageWarnings     quoted passages of each source no annotation quotes; names the
//                           registry lacks (coverage.ts), in source.md and further sources
//   6. orderEvents          the timeline order; then dateClaims: a claim without date= is dated
//                           by the event whose words hold its words
//   7. briefingActors       the actors involved, with their mentions (in every source),
//                           quotes, events and claims
//   8. backlinks            per paragraph of each source, what cites it
// The order matters: ids are handed out in file order (stage 4) so they stay stable
// across builds; coverage needs the resolved quotes; an actor's events follow the
// timeline order of stage 6. Stages add to one list of diagnostics, in that order.
import { haystack, type Haystack } from '../anchoring/anchoring.ts';
import {
  mentionsIn,
  registryTerms,
  type Actor,
  type Mention,
  type MentionCollision,
  type RegistryTerms,
} from '../actors/actors.ts';
import { foldText } from '../text/normalize.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import { parseAnnotations } from '../markdown/annotations.ts';
import { coverageWarnings, type NameFinder } from './coverage.ts';
import { compareDates } from '../dates/dates.ts';
import { error, type Diagnostic, type Position, type Result } from '../diagnostics.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import { sourceTooLarge } from '../text/source-limits.ts';
import {
  withoutFile,
  paragraphId,
  type BackLink,
  type Briefing,
  type BriefingActor,
  type BriefingEvent,
  type Claim,
  type FurtherSource,
  type Note,
  type Quote,
  type SourcedAnchor,
} from './model.ts';
import { SourceSchema } from '../../schema/source.ts';
import { BriefingSchema, type BriefingMeta } from '../../schema/briefing.ts';
import { briefingDates } from './briefing-dates.ts';
import { DEFAULT_RATING_SCALE } from '../../schema/ratings.ts';
import type { BriefingInput, ContentFile, RawInFile, SourceRead } from './briefing-input.ts';
import { resolveAnnotations, type SourcesRead } from './resolve-annotations.ts';
import { dateClaims } from './resolve-claims.ts';

export type { BriefingInput, ContentFile } from './briefing-input.ts';

/** A briefing's assembly: `draft` when briefing.md says `status: draft`, even if its frontmatter has errors. */
export interface BriefingResult extends Result<Briefing | undefined> {
  draft: boolean;
  /** What of the registry it depends on, for incremental assembly (incremental.ts). */
  uses: RegistryUse;
}

/** The parts of the actor registry a briefing's assembly read. */
export interface RegistryUse {
  /** Actor ids it referenced, mentioned or involved, known or not. */
  actors: string[];
  /** The folded words of its sources (mentions and name coverage match whole words of them). */
  words: string[];
  /** Names the name finder found in its source, as coverage tests them against the registry. */
  names: string[];
  /** It reported an unknown actor, whose did-you-mean reads every actor's id, name and aliases. */
  unknownActors: boolean;
}

/**
 * Assembles one briefing; `value` is undefined when an error prevents it. A draft's
 * problems are all warnings that say it is a draft (`asDraft`): a draft is never
 * published, so it never stops a build.
 */
export function assembleBriefing(input: BriefingInput): BriefingResult {
  const assembled = assembleStages(input);
  return assembled.draft
    ? { ...assembled, diagnostics: assembled.diagnostics.map(asDraft) }
    : assembled;
}

function assembleStages(input: BriefingInput): BriefingResult {
  const names: string[] = [];
  const finder = input.findNames;
  const findNames: NameFinder | undefined = finder
    ? (text) => {
        const found = finder(text);
        for (const { name } of found) names.push(name);
        return found;
      }
    : undefined;
  const assembled = assembleWith({ ...input, ...(findNames ? { findNames } : {}) });
  const actors = new Set([
    ...assembled.referenced,
    ...(assembled.value?.actors.map((a) => a.id) ?? []),
  ]);
  const words = new Set<string>();
  for (const haystack of assembled.haystacks)
    for (const folded of haystack.folded)
      for (const word of folded.text.match(WORD) ?? []) words.add(word);
  return {
    value: assembled.value,
    diagnostics: assembled.diagnostics,
    draft: assembled.draft,
    uses: {
      actors: [...actors].sort(),
      words: [...words].sort(),
      names,
      unknownActors: assembled.diagnostics.some((d) => d.rule === 'actor-unknown'),
    },
  };
}

/** A word of folded text, as mentions and coverage bound them (actors.ts `atWordBoundaries`). */
const WORD = /[\p{L}\p{N}]+/gu;

interface Assembled extends Result<Briefing | undefined> {
  draft: boolean;
  referenced: ReadonlySet<string>;
  /** source.md's and each further source's text, as mentions and coverage read them. */
  haystacks: Haystack[];
}

function assembleWith(input: BriefingInput): Assembled {
  const diagnostics: Diagnostic[] = [];
  const main = checkFolder(input, diagnostics);
  const sources = readSources(input, diagnostics);
  const source = sources.primary;
  const files = readAnnotationFiles(input, main, diagnostics);
  const resolved = resolveAnnotations(files.raw, input, sources, diagnostics);
  // Each source's quoted passages no annotation quotes, and its names the registry lacks
  // (each name once, in the first source that has it).
  const seenNames = new Set<string>();
  for (const read of [source, ...sources.further.values()]) {
    if (!read.file || read.paragraphs.length === 0) continue;
    const inIt = (a: { anchor: SourcedAnchor }) => (a.anchor.source ?? '') === read.id;
    diagnostics.push(
      ...coverageWarnings(
        read.file,
        read.paragraphs,
        [...resolved.quotes.filter(inIt), ...resolved.covering.filter(inIt)],
        input.registry.values(),
        input.actorsDir,
        input.findNames,
        seenNames,
        { annotations: annotationsUnread(input), actors: input.invalidActors ?? new Set() },
      ),
    );
  }
  const events = orderEvents(resolved.events);
  const claims = dateClaims(resolved.claims, events);
  const haystacks = [source, ...sources.further.values()].map((s) => s.haystack);
  const done = { draft: files.draft, referenced: resolved.referenced, haystacks };
  if (!source.meta || !files.meta || !input.source || source.tooLarge)
    return { value: undefined, diagnostics, ...done };
  const links = backlinks(resolved.quotes, events, resolved.notes, claims);
  const furtherSources: FurtherSource[] = [];
  for (const further of sources.further.values()) {
    if (!further.meta || !further.file) continue;
    furtherSources.push({
      ...further.meta,
      file: further.file,
      id: further.id,
      paragraphs: further.paragraphs,
      backlinks: links.get(further.id) ?? {},
    });
  }
  return {
    ...done,
    value: {
      slug: input.slug,
      meta: files.meta,
      dates: briefingDates(files.meta),
      introHtml: files.introHtml,
      source: { ...source.meta, file: input.source.path },
      paragraphs: source.paragraphs,
      quotes: resolved.quotes,
      events,
      notes: resolved.notes,
      actors: briefingActors(
        [
          { id: '', file: input.source.path, haystack: source.haystack },
          ...furtherSources.map((f) => ({
            id: f.id,
            file: f.file,
            outlet: f.outlet,
            haystack: sources.further.get(f.id)?.haystack ?? haystack([]),
          })),
        ],
        input.registry,
        { ...resolved, claims },
        events,
        diagnostics,
        input.terms,
      ),
      backlinks: links.get('') ?? {},
      claims,
      furtherSources,
      ...(resolved.pending.length > 0 ? { pending: resolved.pending } : {}),
    },
    diagnostics,
  };
}

/** Stage 1: the folder has its source.md and briefing.md (unless unreadable, which is reported already); returns briefing.md. */
function checkFolder(input: BriefingInput, diagnostics: Diagnostic[]): ContentFile | undefined {
  const folderAt: Position = { file: `${input.dir}/`, line: 1, column: 1 };
  if (!input.source && !input.unreadable?.has(`${input.dir}/source.md`)) {
    diagnostics.push(
      error(
        folderAt,
        'source-missing',
        `The briefing folder "${input.slug}" has no source.md.`,
        `Add ${input.dir}/source.md with the article (or import it: npm run new -- article.txt).`,
      ),
    );
  }
  const main = input.annotationFiles.find((f) => f.path.endsWith('/briefing.md'));
  if (!main && !input.unreadable?.has(`${input.dir}/briefing.md`)) {
    diagnostics.push(
      error(
        folderAt,
        'briefing-missing',
        `The briefing folder "${input.slug}" has no briefing.md.`,
        `Add ${input.dir}/briefing.md with title and summary in its frontmatter.`,
      ),
    );
  }
  return main;
}

/** Stage 2: source.md and every further source (sources/<id>.md), each as `readSource` reads it. */
function readSources(input: BriefingInput, diagnostics: Diagnostic[]): SourcesRead {
  const primary = readSource(input.source, '', diagnostics);
  const further = new Map<string, SourceRead>();
  const furtherIds = new Set<string>();
  for (const file of input.furtherSources ?? []) {
    const id = /\/sources\/([^/]+)\.md$/.exec(file.path)?.[1] ?? '';
    if (!SOURCE_ID.test(id) || RESERVED_SOURCE_IDS.has(id)) {
      diagnostics.push(
        error(
          { file: file.path, line: 1, column: 1 },
          'source-id-invalid',
          RESERVED_SOURCE_IDS.has(id)
            ? `"${id}" is kept for the page's own fragment ids, so it cannot name a source.`
            : `The file name "${id}" is not a valid source id; annotations name the source by it (source=…).`,
          'Rename the file to a lowercase kebab-case word naming the outlet, e.g. sources/coastal-wire.md.',
        ),
      );
      continue;
    }
    furtherIds.add(id);
    const read = readSource(file, id, diagnostics);
    if (read.paragraphs.length > 0) further.set(id, read);
  }
  return { primary, further, furtherIds };
}

/** A further source's id: its file name, lowercase kebab-case. */
const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Ids whose paragraph ids (`<id>-p<n>`) could be a quote's, an event's, a claim's, a note's, a mention's or an actor's fragment. */
const RESERVED_SOURCE_IDS = new Set(['q', 'e', 'c', 'n', 'm', 'actor']);

/** One source's frontmatter and paragraphs. An oversized source is reported and not split: nothing is anchored to it or scanned for coverage. */
function readSource(
  file: ContentFile | undefined,
  id: string,
  diagnostics: Diagnostic[],
): SourceRead {
  const split = file ? splitFrontmatter(file.text) : undefined;
  const meta =
    file && split
      ? validateFrontmatter(file.path, split, SourceSchema, id ? 'further source' : 'source')
      : undefined;
  if (meta)
    diagnostics.push(
      ...meta.diagnostics.map((d) =>
        id && d.rule === 'frontmatter-missing-field' && d.message.endsWith('"published".')
          ? {
              ...d,
              hint: `Add a line "published: 2025-12-06" (the date this article was published) between the "---" lines: relative dates quoted from it resolve against it, and its claims are dated by it.`,
            }
          : d,
      ),
    );
  const tooLarge =
    file && split ? sourceTooLarge(file.path, split.body, split.bodyLine) : undefined;
  if (tooLarge) diagnostics.push(tooLarge);
  const splitInto = file && split && !tooLarge ? splitParagraphs(split.body, split.bodyLine) : [];
  const paragraphs = id ? splitInto.map((p) => ({ ...p, id: paragraphId(id, p.n) })) : splitInto;
  if (file && split && !tooLarge && paragraphs.length === 0) {
    diagnostics.push(
      error(
        { file: file.path, line: split.bodyLine, column: 1 },
        'source-empty',
        'The source has no paragraphs after its frontmatter.',
        'Paste the article body below the closing "---", paragraphs separated by blank lines.',
      ),
    );
  }
  return {
    id,
    ...(file ? { file: file.path } : {}),
    meta: meta?.data,
    tooLarge,
    paragraphs,
    haystack: haystack(paragraphs),
  };
}

/** Stage 3: briefing.md's frontmatter and introduction, and every annotation file parsed into raw annotations, in file order. */
function readAnnotationFiles(
  input: BriefingInput,
  main: ContentFile | undefined,
  diagnostics: Diagnostic[],
): { meta: BriefingMeta | undefined; draft: boolean; introHtml: string; raw: RawInFile[] } {
  const mainSplit = main ? splitFrontmatter(main.text) : undefined;
  const meta =
    main && mainSplit
      ? validateFrontmatter(main.path, mainSplit, BriefingSchema, 'briefing')
      : undefined;
  if (meta) diagnostics.push(...meta.diagnostics);
  let introHtml = '';
  const raw: RawInFile[] = [];
  for (const file of input.annotationFiles) {
    const split = file === main && mainSplit ? mainSplit : splitFrontmatter(file.text);
    if (file !== main && split.yaml !== undefined) {
      diagnostics.push(
        error(
          { file: file.path, line: 1, column: 1 },
          'frontmatter-misplaced',
          'Only briefing.md has frontmatter; this annotation file has some too.',
          'Move these fields to briefing.md and delete the "---" block here.',
        ),
      );
    }
    const parsed = parseAnnotations(file.path, split.body, split.bodyLine, {
      ratingIds: (input.ratings ?? DEFAULT_RATING_SCALE).ratings.map((r) => r.id),
      ...(input.placeholders ? { placeholders: input.placeholders } : {}),
    });
    diagnostics.push(...parsed.diagnostics);
    for (const annotation of parsed.value.annotations) raw.push({ file: file.path, annotation });
    if (file === main) introHtml = parsed.value.proseHtml;
    else if (parsed.value.proseAt) {
      diagnostics.push(
        error(
          parsed.value.proseAt,
          'prose-outside-directive',
          'This text is outside any :::quote, :::event, :::actor or :::note block, so it would not be published.',
          'Put it inside a :::note block, or move it to briefing.md as the introduction.',
        ),
      );
    }
  }
  // An unreadable annotation file is reported already: it may hold the annotations.
  if (input.annotationFiles.length > 0 && raw.length === 0 && !annotationsUnread(input)) {
    diagnostics.push(
      error(
        { file: main?.path ?? `${input.dir}/`, line: 1, column: 1 },
        'briefing-empty',
        `The briefing "${input.slug}" has no annotations.`,
        'Add at least one :::quote or :::event block (npm run suggest -- <slug> drafts them).',
      ),
    );
  }
  // The status is read even when other fields are invalid: a new briefing's empty
  // summary must not make its draft stop the build.
  const draft = meta?.data
    ? meta.data.status === 'draft'
    : DRAFT_STATUS.test(mainSplit?.yaml ?? '');
  return { meta: meta?.data, draft, introHtml, raw };
}

/** True when a file of the briefing other than a source could not be read (reported by its own error). */
function annotationsUnread(input: BriefingInput): boolean {
  const sourcePath = `${input.dir}/source.md`;
  return [...(input.unreadable ?? [])].some(
    (p) => p !== sourcePath && !p.startsWith(`${input.dir}/sources/`),
  );
}

/** A top-level `status: draft` line of YAML, quoted or not, any case, with or without a comment after it. */
export const DRAFT_STATUS = /^status:[ \t]*(["']?)draft\1[ \t]*(?:#.*)?$/im;

/** A draft's problem: a warning, whatever the rule, that says it is in a draft. */
export function asDraft(d: Diagnostic): Diagnostic {
  return d.draft ? d : { ...d, severity: 'warning', draft: true, severityIfPublished: d.severity };
}

/** Stage 6: events by date (mixed precisions ordered deterministically), then in source order, then as written. */
function orderEvents(events: readonly BriefingEvent[]): BriefingEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        compareDates(a.event.date, b.event.date) ||
        sourceOrder(a.event.anchor, b.event.anchor) ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}

function sourceOrder(a: SourcedAnchor | undefined, b: SourcedAnchor | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  // source.md first, then the further sources by id.
  const sa = a.source ?? '';
  const sb = b.source ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.paragraph - b.paragraph || a.start - b.start;
}

/**
 * Stage 7: the actors involved, with their mentions in every source (source.md's
 * first). A name two actors claim is linked to the one the briefing's annotations
 * name (`referenced`); where they name neither or both, it is reported, once per name
 * and source, and linked to nobody.
 */
function briefingActors(
  texts: readonly { id: string; file: string; outlet?: string; haystack: Haystack }[],
  registry: ReadonlyMap<string, Actor>,
  resolved: {
    quotes: readonly Quote[];
    roles: ReadonlyMap<string, string>;
    claims: readonly Claim[];
    referenced: ReadonlySet<string>;
  },
  events: readonly BriefingEvent[],
  diagnostics: Diagnostic[],
  terms: RegistryTerms = registryTerms(registry.values()),
): BriefingActor[] {
  const { quotes, roles, claims } = resolved;
  const mentions: (Mention & { source?: string; outlet?: string })[] = texts.flatMap((t) => {
    const found = mentionsIn(t.haystack, terms, resolved.referenced);
    diagnostics.push(
      ...collisionErrors(
        t.file,
        t.haystack.paragraphs,
        found.collisions,
        registry,
        resolved.referenced,
      ),
    );
    return found.mentions.map((m) =>
      t.id ? { ...m, source: t.id, ...(t.outlet ? { outlet: t.outlet } : {}) } : m,
    );
  });
  const involved = new Set<string>([
    ...mentions.map((m) => m.actor),
    ...quotes.map((q) => q.by),
    ...events.flatMap((e) => e.actors),
    ...claims.map((c) => c.by),
    ...roles.keys(),
  ]);
  const actors: BriefingActor[] = [];
  for (const id of involved) {
    const actor = registry.get(id);
    if (!actor) continue;
    actors.push({
      ...withoutFile(actor),
      roleHtml: roles.get(id) ?? '',
      mentions: mentions
        .filter((m) => m.actor === id)
        .map((m, k) => ({ ...m, id: `m-${id}-${k + 1}` })),
      quotes: quotes.filter((q) => q.by === id).map((q) => q.id),
      events: events.filter((e) => e.actors.includes(id)).map((e) => e.id),
      claims: claims.filter((c) => c.by === id).map((c) => c.id),
    });
  }
  return actors.sort((a, b) => a.name.localeCompare(b.name));
}

/** `actor-alias-collision` at the first place of each name several actors claim, with how many times it occurs. */
function collisionErrors(
  file: string,
  paragraphs: readonly Paragraph[],
  collisions: readonly MentionCollision[],
  registry: ReadonlyMap<string, Actor>,
  named: ReadonlySet<string>,
): Diagnostic[] {
  const byName = new Map<string, MentionCollision[]>();
  for (const c of collisions) {
    const key = `${foldText(c.text)}|${c.actors.join(' ')}`;
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const out: Diagnostic[] = [];
  for (const list of byName.values()) {
    const [first] = list;
    if (!first) continue;
    const paragraph = paragraphs.find((p) => p.n === first.paragraph);
    const before = (paragraph?.text ?? '').slice(0, first.start).split('\n');
    const at = {
      file,
      line: (paragraph?.line ?? 1) + before.length - 1,
      column: (before[before.length - 1]?.length ?? 0) + 1,
    };
    const where = `¶${first.paragraph}${list.length > 1 ? ` and ${list.length - 1} more time${list.length > 2 ? 's' : ''}` : ''}`;
    const fileOf = (id: string) => registry.get(id)?.file ?? id;
    if (first.inner) {
      const { inner } = first;
      const outer = first.actors.find((id) => id !== inner.actor) ?? '';
      // The briefing names the inner actor: the longer name is the one it cannot place.
      const innerNamed = named.has(inner.actor);
      out.push(
        error(
          at,
          'actor-alias-collision',
          innerNamed
            ? `"${first.text}" (${where}) is a name of ${fileOf(outer)}, which this briefing's annotations do not name, and holds "${inner.text}", a name of ${fileOf(inner.actor)}, which they name: it cannot say whom it means.`
            : `"${first.text}" (${where}) is a name of ${fileOf(outer)} and holds "${inner.text}", a name of ${fileOf(inner.actor)}; this briefing's annotations name neither, so it cannot say whom it means.`,
          innerNamed
            ? `If "${first.text}" is meant here, name it with :::actor{ref=${outer}}; if not, remove "${first.text}" from the aliases of ${fileOf(outer)}.`
            : `If "${first.text}" is meant here, name it with :::actor{ref=${outer}}; if "${inner.text}" is, remove "${first.text}" from the aliases of ${fileOf(outer)}.`,
        ),
      );
      continue;
    }
    const claimants = first.actors.map((id) => {
      const actor = registry.get(id);
      const as = actor && foldText(actor.name) === foldText(first.text) ? 'name' : 'alias';
      return `${actor?.file ?? id} (${as})`;
    });
    const refs = first.actors.map((id) => `:::actor{ref=${id}}`).join(' or ');
    out.push(
      error(
        at,
        'actor-alias-collision',
        `"${first.text}" (${where}) is claimed by ${claimants.join(' and ')}, and this briefing's annotations name ${first.actors.some((id) => named.has(id)) ? 'more than one' : 'none'} of them, so it cannot say whom it means.`,
        first.actors.some((id) => named.has(id))
          ? `Remove "${first.text}" from the aliases of the one not meant here: two actors one briefing names cannot share a name.`
          : `Name the one meant in this briefing with ${refs} (an actor named by by= or actors= counts too), or remove "${first.text}" from the aliases of the other.`,
      ),
    );
  }
  return out;
}

/** Per source ('' for source.md), per ¶ number, the annotations that cite it, in text order. */
function backlinks(
  quotes: readonly Quote[],
  events: readonly BriefingEvent[],
  notes: readonly Note[],
  claims: readonly Claim[],
): Map<string, Record<number, BackLink[]>> {
  const entries: { anchor: SourcedAnchor; link: BackLink }[] = [
    ...quotes.map((q) => ({
      anchor: q.anchor,
      link: { kind: 'quote' as const, id: q.id, label: q.words },
    })),
    ...events.flatMap((e) => [
      ...(e.anchor
        ? [{ anchor: e.anchor, link: { kind: 'event' as const, id: e.id, label: e.label } }]
        : []),
      ...e.furtherEvidence.map((v) => ({
        anchor: v.anchor,
        link: {
          kind: 'evidence' as const,
          id: v.id,
          label: `${v.stance === 'supports' ? 'Supports' : 'Contradicts'} the event: ${e.label}`,
        },
      })),
    ]),
    ...claims.flatMap((c) => [
      { anchor: c.anchor, link: { kind: 'claim' as const, id: c.id, label: c.statement } },
      ...c.evidence.map((v) => ({
        anchor: v.anchor,
        link: {
          kind: 'evidence' as const,
          id: v.id,
          label: `${v.stance === 'supports' ? 'Supports' : 'Contradicts'} the claim: ${c.statement}`,
        },
      })),
    ]),
    ...notes.map((n) => ({
      anchor: n.anchor,
      link: { kind: 'note' as const, id: n.id, label: n.label },
    })),
  ];
  entries.sort(
    (a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start,
  );
  const result = new Map<string, Record<number, BackLink[]>>();
  for (const e of entries) {
    const key = e.anchor.source ?? '';
    let bySource = result.get(key);
    if (!bySource) result.set(key, (bySource = {}));
    (bySource[e.anchor.paragraph] ??= []).push(e.link);
  }
  return result;
}
