// Briefing assembly: a source, its annotation files and the actor registry become
// one `Briefing` (anchored quotes, dated events in order, actors with mentions,
// back-links per ¶) plus every diagnostic. Main function: `assembleBriefing(input)`,
// a chain of named stages, each a pure function of what the earlier ones produced:
//   1. checkFolder          source.md and briefing.md are there
//   2. readSource           the source's frontmatter, size limit and paragraphs
//   3. readAnnotationFiles  briefing.md's frontmatter and introduction; every file's raw annotations
//   4. resolveAnnotations   each annotation anchored (locate), dated and given its id, one
//                           resolver per directive (resolveQuote, resolveEvent, resolveNote, resolveRole)
//   5. coverageWarnings     quoted passages no quote covers; names the registry lacks (coverage.ts)
//   6. orderEvents          the timeline order
//   7. briefingActors       the actors involved, with their mentions, quotes and events
//   8. backlinks            per paragraph, what cites it
// The order matters: ids are handed out in file order (stage 4) so they stay stable
// across builds; coverage needs the resolved quotes; an actor's events follow the
// timeline order of stage 6. Stages add to one list of diagnostics, in that order.
import {
  anchor,
  haystack,
  type Anchor,
  type AnchorResult,
  type Haystack,
} from '../anchoring/anchoring.ts';
import {
  findMentions,
  unknownActor,
  slugify,
  type Actor,
  type RegistryTerms,
} from '../actors/actors.ts';
import { parseAnnotations, type AnyRawAnnotation } from '../markdown/annotations.ts';
import { coverageWarnings, type NameFinder } from './coverage.ts';
import { compareDates, impossibleDateHint, resolveDate } from '../dates/dates.ts';
import { error, type Diagnostic, type Position, type Result } from '../diagnostics.ts';
import type { ErrorRule } from '../rules.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.ts';
import { sourceTooLarge } from '../text/source-limits.ts';
import {
  withoutFile,
  type BackLink,
  type Briefing,
  type BriefingActor,
  type BriefingEvent,
  type Note,
  type Quote,
} from './model.ts';
import { SourceSchema, type SourceMeta } from '../../schema/source.ts';
import { BriefingSchema, type BriefingMeta } from '../../schema/briefing.ts';

export interface ContentFile {
  /** Path relative to the project root, as diagnostics print it. */
  path: string;
  text: string;
}

export interface BriefingInput {
  slug: string;
  /** content/briefings/<slug>, for messages about missing files. */
  dir: string;
  source?: ContentFile;
  /** briefing.md and every other .md in the folder, in path order. */
  annotationFiles: ContentFile[];
  registry: ReadonlyMap<string, Actor>;
  /** The registry's folded names and aliases (`registryTerms`), computed once per site; derived from `registry` when absent. */
  terms?: RegistryTerms;
  /** Finds names the registry lacks (`actor-unregistered`); none looked for when absent. */
  findNames?: NameFinder;
  /** Ids whose actor file exists but is invalid: its own diagnostics already say why, so uses are not "unknown". */
  invalidActors?: ReadonlySet<string>;
  /** Paths that exist but could not be read (e.g. not UTF-8): already reported, so not also "missing". */
  unreadable?: ReadonlySet<string>;
  /** Where actor files live (content/actors), for messages that name one. */
  actorsDir?: string;
}

/** Assembles one briefing; `value` is undefined when an error prevents it. */
export function assembleBriefing(input: BriefingInput): Result<Briefing | undefined> {
  const diagnostics: Diagnostic[] = [];
  const main = checkFolder(input, diagnostics);
  const source = readSource(input, diagnostics);
  const files = readAnnotationFiles(input, main, diagnostics);
  const resolved = resolveAnnotations(files.raw, input, source, diagnostics);
  if (input.source && source.paragraphs.length > 0) {
    diagnostics.push(
      ...coverageWarnings(
        input.source.path,
        source.paragraphs,
        [...resolved.quotes, ...resolved.covering],
        input.registry.values(),
        input.actorsDir,
        input.findNames,
      ),
    );
  }
  const events = orderEvents(resolved.events);
  if (!source.meta || !files.meta || !input.source || source.tooLarge)
    return { value: undefined, diagnostics };
  return {
    value: {
      slug: input.slug,
      meta: files.meta,
      introHtml: files.introHtml,
      source: { ...source.meta, file: input.source.path },
      paragraphs: source.paragraphs,
      quotes: resolved.quotes,
      events,
      notes: resolved.notes,
      actors: briefingActors(
        source.haystack,
        input.registry,
        resolved.quotes,
        events,
        resolved.roles,
        input.terms,
      ),
      backlinks: backlinks(resolved.quotes, events, resolved.notes),
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

interface SourceRead {
  /** The validated frontmatter; undefined when missing or invalid. */
  meta: SourceMeta | undefined;
  /** The oversized-source error, when the body is too large to anchor to. */
  tooLarge: Diagnostic | undefined;
  paragraphs: Paragraph[];
  haystack: Haystack;
}

/** Stage 2: the source's frontmatter and paragraphs. An oversized source is reported and not split: nothing is anchored to it or scanned for coverage. */
function readSource(input: BriefingInput, diagnostics: Diagnostic[]): SourceRead {
  const split = input.source ? splitFrontmatter(input.source.text) : undefined;
  const meta =
    input.source && split
      ? validateFrontmatter(input.source.path, split, SourceSchema, 'source')
      : undefined;
  if (meta) diagnostics.push(...meta.diagnostics);
  const tooLarge =
    input.source && split
      ? sourceTooLarge(input.source.path, split.body, split.bodyLine)
      : undefined;
  if (tooLarge) diagnostics.push(tooLarge);
  const paragraphs =
    input.source && split && !tooLarge ? splitParagraphs(split.body, split.bodyLine) : [];
  if (input.source && split && !tooLarge && paragraphs.length === 0) {
    diagnostics.push(
      error(
        { file: input.source.path, line: split.bodyLine, column: 1 },
        'source-empty',
        'The source has no paragraphs after its frontmatter.',
        'Paste the article body below the closing "---", paragraphs separated by blank lines.',
      ),
    );
  }
  return { meta: meta?.data, tooLarge, paragraphs, haystack: haystack(paragraphs) };
}

interface RawInFile {
  file: string;
  annotation: AnyRawAnnotation;
}

/** Stage 3: briefing.md's frontmatter and introduction, and every annotation file parsed into raw annotations, in file order. */
function readAnnotationFiles(
  input: BriefingInput,
  main: ContentFile | undefined,
  diagnostics: Diagnostic[],
): { meta: BriefingMeta | undefined; introHtml: string; raw: RawInFile[] } {
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
    const parsed = parseAnnotations(file.path, split.body, split.bodyLine);
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
  if (input.annotationFiles.length > 0 && raw.length === 0) {
    diagnostics.push(
      error(
        { file: main?.path ?? `${input.dir}/`, line: 1, column: 1 },
        'briefing-empty',
        `The briefing "${input.slug}" has no annotations.`,
        'Add at least one :::quote or :::event block (npm run suggest -- <slug> drafts them).',
      ),
    );
  }
  return { meta: meta?.data, introHtml, raw };
}

interface Resolved {
  quotes: Quote[];
  /** Anchors of quotes whose speaker is unknown: reported as such, and not also as uncovered quotes. */
  covering: Pick<Quote, 'anchor'>[];
  events: BriefingEvent[];
  notes: Note[];
  /** Actor id → the briefing's :::actor note. */
  roles: Map<string, string>;
}

/** What the resolvers of stage 4 share: the source, the registry checks, the ids handed out so far and the diagnostics. */
interface Resolution {
  input: BriefingInput;
  source: SourceRead;
  ids: IdRegistry;
  diagnostics: Diagnostic[];
  resolved: Resolved;
}

/**
 * Stage 4: each raw annotation anchored in the source, dated and given its id, in file
 * order (so derived ids are stable); an annotation with an error is reported and left out.
 */
function resolveAnnotations(
  raw: readonly RawInFile[],
  input: BriefingInput,
  source: SourceRead,
  diagnostics: Diagnostic[],
): Resolved {
  const run: Resolution = {
    input,
    source,
    ids: new IdRegistry(),
    diagnostics,
    resolved: { quotes: [], covering: [], events: [], notes: [], roles: new Map() },
  };
  for (const { file, annotation: a } of raw) {
    if (a.directive === 'actor') {
      resolveRole(run, a);
      continue;
    }
    const located = locate(run, a);
    if (located === false) continue;
    if (a.directive === 'quote') resolveQuote(run, file, a, located);
    else if (a.directive === 'event') resolveEvent(run, file, a, located);
    else resolveNote(run, file, a, located);
  }
  return run.resolved;
}

/** True when `id` is in the registry; otherwise reports it (unless its file is invalid, which is reported already). */
function knownActor(run: Resolution, id: string, at: Position): boolean {
  if (run.input.registry.has(id)) return true;
  if (!run.input.invalidActors?.has(id))
    run.diagnostics.push(unknownActor(at, id, run.input.registry, run.input.actorsDir));
  return false;
}

type RawOf<D extends AnyRawAnnotation['directive']> = Extract<AnyRawAnnotation, { directive: D }>;

/** The annotation's quoted words anchored in the source: undefined when it quotes none, false when they cannot be anchored (reported). */
function locate(run: Resolution, a: RawOf<'quote' | 'event' | 'note'>): Anchor | undefined | false {
  if (a.words === undefined || !a.wordsAt) return undefined;
  const result = anchor(a.words, run.source.haystack, a.attributes);
  if (result.ok) return result.anchor;
  const kind = a.directive === 'quote' ? 'quote' : a.directive === 'event' ? 'evidence' : 'note';
  // p= is written on the directive's line, so a p= out of range is reported there.
  if (run.source.paragraphs.length > 0)
    run.diagnostics.push(
      anchorDiagnostic(
        result,
        kind,
        result.reason === 'p-out-of-range' ? a.at : a.wordsAt,
        a.words,
        a.attributes.p,
      ),
    );
  return false;
}

function resolveRole(run: Resolution, a: RawOf<'actor'>): void {
  const { ref } = a.attributes;
  if (!knownActor(run, ref, a.at)) return;
  if (run.resolved.roles.has(ref)) {
    run.diagnostics.push(
      error(
        a.at,
        'duplicate-id',
        `The actor "${ref}" already has a :::actor note in this briefing.`,
        'Merge the two :::actor blocks into one.',
      ),
    );
    return;
  }
  run.resolved.roles.set(ref, a.noteHtml);
}

function resolveQuote(
  run: Resolution,
  file: string,
  a: RawOf<'quote'>,
  located: Anchor | undefined,
): void {
  const { by } = a.attributes;
  const speakerKnown = knownActor(run, by, a.at);
  if (!located) {
    run.diagnostics.push(
      error(
        a.at,
        'quote-no-words',
        'This :::quote has no quoted words.',
        'Add the words as a blockquote line starting with "> ", copied from the source.',
      ),
    );
    return;
  }
  if (!speakerKnown) {
    // The words are quoted all the same: they are not also "a direct quote no annotation covers".
    run.resolved.covering.push({ anchor: located });
    return;
  }
  const id = run.ids.claim('q', a.attributes.id, a.words ?? '', a.at, run.diagnostics);
  run.resolved.quotes.push({
    id,
    by,
    words: spanWords(run.source.paragraphs, located),
    anchor: located,
    noteHtml: a.noteHtml,
    file,
    line: a.at.line,
  });
}

function resolveEvent(
  run: Resolution,
  file: string,
  a: RawOf<'event'>,
  located: Anchor | undefined,
): void {
  const { date: wording, cite } = a.attributes;
  const actorIds = (a.attributes.actors ?? '').split(/[\s,]+/).filter(Boolean);
  const actorsKnown = actorIds.map((id) => knownActor(run, id, a.at)).every(Boolean);
  if (!located && !cite) {
    run.diagnostics.push(
      error(
        a.at,
        'event-no-evidence',
        'This :::event has neither evidence from the source nor a citation.',
        'Quote the source\'s words as a "> " blockquote, or add cite="https://…" for outside context.',
      ),
    );
    return;
  }
  const published = run.source.meta?.published;
  const date = resolveDate(wording, published);
  if (!date.ok) {
    if (date.reason === 'unresolvable' || run.source.meta) {
      run.diagnostics.push(
        error(
          a.at,
          'date-unresolvable',
          `The date "${wording}" cannot be resolved${date.reason === 'no-published' ? " without the source's published date" : ''}.`,
          impossibleDateHint(wording) ??
            'Write an EDTF date (2025-12-05, 2025-11, 2025, 2025-09/2025-12, 2025-11~, 2025?) or plain wording such as "On Friday", "last month" or "Feb. 20".',
        ),
      );
    }
    return;
  }
  if (!actorsKnown) return;
  const label = a.noteText || (located ? spanWords(run.source.paragraphs, located) : wording);
  const id = run.ids.claim('e', a.attributes.id, label, a.at, run.diagnostics);
  run.resolved.events.push({
    id,
    date: date.date,
    label,
    noteHtml: a.noteHtml,
    actors: actorIds,
    origin: located ? 'source' : 'context',
    ...(located ? { anchor: located, evidence: spanWords(run.source.paragraphs, located) } : {}),
    ...(cite ? { cite } : {}),
    file,
    line: a.at.line,
  });
}

function resolveNote(
  run: Resolution,
  file: string,
  a: RawOf<'note'>,
  located: Anchor | undefined,
): void {
  const { paragraphs } = run.source;
  let noteAnchor = located;
  if (!noteAnchor && a.attributes.p !== undefined) {
    if (a.attributes.p > paragraphs.length) {
      // With no paragraphs (source missing, empty, unreadable or too large) that is already reported.
      if (paragraphs.length > 0)
        run.diagnostics.push(
          anchorDiagnostic(
            { ok: false, reason: 'p-out-of-range', paragraphs: paragraphs.length },
            'note',
            a.at,
            '',
            a.attributes.p,
          ),
        );
      return;
    }
    noteAnchor = { paragraph: a.attributes.p, start: 0, end: 0, parts: [] };
  }
  if (!noteAnchor) {
    run.diagnostics.push(
      error(
        a.at,
        'note-no-anchor',
        'This :::note is attached to nothing.',
        'Quote the words it is about as a "> " blockquote, or give the paragraph: :::note{p=3}.',
      ),
    );
    return;
  }
  const label = a.noteText || 'Note';
  run.resolved.notes.push({
    id: run.ids.claim('n', a.attributes.id, label, a.at, run.diagnostics),
    anchor: noteAnchor,
    noteHtml: a.noteHtml,
    label,
    file,
    line: a.at.line,
  });
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

function sourceOrder(a: Anchor | undefined, b: Anchor | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.paragraph - b.paragraph || a.start - b.start;
}

/** The quoted words verbatim from the source, parts joined with " … ". */
function spanWords(paragraphs: readonly Paragraph[], a: Anchor): string {
  const text = paragraphs[a.paragraph - 1]?.text ?? '';
  return a.parts.map((p) => text.slice(p.start, p.end)).join(' … ');
}

/** The anchoring rules of a quote's words and of evidence (an event's or a note's words). */
const ANCHOR_RULES = {
  quote: { empty: 'quote-empty', ambiguous: 'quote-ambiguous', notFound: 'quote-not-found' },
  evidence: {
    empty: 'evidence-empty',
    ambiguous: 'evidence-ambiguous',
    notFound: 'evidence-not-found',
  },
} as const satisfies Record<string, Record<string, ErrorRule>>;

function anchorDiagnostic(
  result: Exclude<AnchorResult, { ok: true }>,
  kind: 'quote' | 'evidence' | 'note',
  at: Position,
  words: string,
  p: number | undefined,
): Diagnostic {
  const What = kind === 'quote' ? 'Quote' : kind === 'evidence' ? 'Evidence' : 'Note passage';
  const rule = ANCHOR_RULES[kind === 'quote' ? 'quote' : 'evidence'];
  switch (result.reason) {
    case 'empty':
      return error(
        at,
        rule.empty,
        `${What} is empty.`,
        'Copy the words from the source after "> ".',
      );
    case 'p-out-of-range':
      return error(
        at,
        'paragraph-out-of-range',
        `p=${p ?? '?'} but the source has ${result.paragraphs} paragraph${result.paragraphs === 1 ? '' : 's'}.`,
        `Use a ¶ number from 1 to ${result.paragraphs}.`,
      );
    case 'ambiguous': {
      const counts = new Map<number, number>();
      for (const n of result.paragraphs) counts.set(n, (counts.get(n) ?? 0) + 1);
      const where = [...counts]
        .map(([n, k]) => (k > 1 ? `¶${n} (${k} times)` : `¶${n}`))
        .join(', ');
      const first = result.paragraphs[0] ?? 1;
      const same = new Set(result.paragraphs).size < result.paragraphs.length;
      return error(
        at,
        rule.ambiguous,
        `${What} “${excerpt(words)}” occurs ${result.paragraphs.length} times in the source: ${where}.`,
        same
          ? 'Add prefix="…" or suffix="…" with the words right before or after the one you mean.'
          : `Add p=${first} (or prefix="…"/suffix="…") to say which one you mean.`,
      );
    }
    case 'not-found': {
      const [from, to] = result.across ?? [];
      const hint =
        from !== undefined && to !== undefined
          ? `The words run from ¶${from} into ¶${to}; an annotation anchors in one paragraph, so keep the words of one paragraph (one :::${kind === 'evidence' ? 'event' : kind} per paragraph).`
          : result.closest
            ? `Closest passage: ¶${result.closest.paragraph} (${Math.round(result.closest.similarity * 100)}% similar): “${excerpt(result.closest.text)}”. Copy the words exactly as the source prints them; mark cuts with "…".`
            : 'No similar passage in the source. Check that the words come from this article; for outside context use an :::event with cite="https://…" instead.';
      return error(
        at,
        rule.notFound,
        `${What} not found in the source${p !== undefined ? ` ¶${p}` : ''}: “${excerpt(words)}”.`,
        hint,
      );
    }
  }
}

/** The words on one line, without the quotation marks around them, cut at `max` characters. */
function excerpt(text: string, max = 80): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”„«»]+|["“”„«»]+$/g, '');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Hands out fragment ids: explicit ones must be unique; derived ones get -2, -3 on collision. */
class IdRegistry {
  private readonly taken = new Set<string>();

  claim(
    prefix: 'q' | 'e' | 'n',
    explicit: string | undefined,
    words: string,
    at: Position,
    diagnostics: Diagnostic[],
  ): string {
    if (explicit) {
      const id = `${prefix}-${explicit}`;
      if (this.taken.has(id)) {
        diagnostics.push(
          error(
            at,
            'duplicate-id',
            `The id "${explicit}" is used twice in this briefing.`,
            'Give each annotation its own id=, or remove id= to derive one from the words.',
          ),
        );
      }
      this.taken.add(id);
      return id;
    }
    const base = `${prefix}-${slugify(words.split(/\s+/).slice(0, 6).join(' ')) || 'item'}`
      .slice(0, 60)
      .replace(/-+$/, '');
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}-${k}`;
    this.taken.add(id);
    return id;
  }
}

function briefingActors(
  source: Haystack,
  registry: ReadonlyMap<string, Actor>,
  quotes: readonly Quote[],
  events: readonly BriefingEvent[],
  roles: ReadonlyMap<string, string>,
  terms?: RegistryTerms,
): BriefingActor[] {
  const mentions = findMentions(source, registry.values(), terms);
  const involved = new Set<string>([
    ...mentions.map((m) => m.actor),
    ...quotes.map((q) => q.by),
    ...events.flatMap((e) => e.actors),
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
    });
  }
  return actors.sort((a, b) => a.name.localeCompare(b.name));
}

function backlinks(
  quotes: readonly Quote[],
  events: readonly BriefingEvent[],
  notes: readonly Note[],
): Record<number, BackLink[]> {
  const entries: { paragraph: number; start: number; link: BackLink }[] = [
    ...quotes.map((q) => ({
      paragraph: q.anchor.paragraph,
      start: q.anchor.start,
      link: { kind: 'quote' as const, id: q.id, label: q.words },
    })),
    ...events.flatMap((e) =>
      e.anchor
        ? [
            {
              paragraph: e.anchor.paragraph,
              start: e.anchor.start,
              link: { kind: 'event' as const, id: e.id, label: e.label },
            },
          ]
        : [],
    ),
    ...notes.map((n) => ({
      paragraph: n.anchor.paragraph,
      start: n.anchor.start,
      link: { kind: 'note' as const, id: n.id, label: n.label },
    })),
  ];
  entries.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const result: Record<number, BackLink[]> = {};
  for (const e of entries) (result[e.paragraph] ??= []).push(e.link);
  return result;
}
