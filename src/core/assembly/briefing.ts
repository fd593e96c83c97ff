// Briefing assembly: a source, its annotation files and the actor registry become
// one `Briefing` (anchored quotes, dated events in order, actors with mentions,
// back-links per ¶) plus every diagnostic. Main function: `assembleBriefing(input)`.
import { anchor, haystack, type Anchor, type AnchorResult, type Haystack } from '../anchoring/anchoring.ts';
import { findMentions, unknownActor, slugify, type Actor, type RegistryTerms } from '../actors/actors.ts';
import { parseAnnotations, type AnyRawAnnotation } from '../markdown/annotations.ts';
import { coverageWarnings, type NameFinder } from './coverage.ts';
import { compareDates, impossibleDateHint, resolveDate } from '../dates/dates.ts';
import { error, type Diagnostic, type Position, type Result } from '../diagnostics.ts';
import type { ErrorRule } from '../rules.ts';
import { splitFrontmatter, validateFrontmatter } from '../markdown/frontmatter.ts';
import { splitParagraphs, type Paragraph } from '../text/paragraphs.ts';
import { sourceTooLarge } from '../text/source-limits.ts';
import type { BackLink, Briefing, BriefingActor, BriefingEvent, Note, Quote } from './model.ts';
import { SourceSchema } from '../../schema/source.ts';
import { BriefingSchema } from '../../schema/briefing.ts';

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
  const folderAt: Position = { file: `${input.dir}/`, line: 1, column: 1 };
  if (!input.source && !input.unreadable?.has(`${input.dir}/source.md`)) {
    diagnostics.push(error(folderAt, 'source-missing', `The briefing folder "${input.slug}" has no source.md.`, `Add ${input.dir}/source.md with the article (or import it: npm run new -- article.txt).`));
  }
  const main = input.annotationFiles.find((f) => f.path.endsWith('/briefing.md'));
  if (!main && !input.unreadable?.has(`${input.dir}/briefing.md`)) {
    diagnostics.push(error(folderAt, 'briefing-missing', `The briefing folder "${input.slug}" has no briefing.md.`, `Add ${input.dir}/briefing.md with title and summary in its frontmatter.`));
  }

  const sourceSplit = input.source ? splitFrontmatter(input.source.text) : undefined;
  const sourceMeta = input.source && sourceSplit ? validateFrontmatter(input.source.path, sourceSplit, SourceSchema, 'source') : undefined;
  if (sourceMeta) diagnostics.push(...sourceMeta.diagnostics);
  // An oversized source is reported and not split: nothing is anchored to it or scanned for coverage.
  const tooLarge = input.source && sourceSplit ? sourceTooLarge(input.source.path, sourceSplit.body, sourceSplit.bodyLine) : undefined;
  if (tooLarge) diagnostics.push(tooLarge);
  const paragraphs = input.source && sourceSplit && !tooLarge ? splitParagraphs(sourceSplit.body, sourceSplit.bodyLine) : [];
  if (input.source && sourceSplit && !tooLarge && paragraphs.length === 0) {
    diagnostics.push(error({ file: input.source.path, line: sourceSplit.bodyLine, column: 1 }, 'source-empty', 'The source has no paragraphs after its frontmatter.', 'Paste the article body below the closing "---", paragraphs separated by blank lines.'));
  }

  const mainSplit = main ? splitFrontmatter(main.text) : undefined;
  const meta = main && mainSplit ? validateFrontmatter(main.path, mainSplit, BriefingSchema, 'briefing') : undefined;
  if (meta) diagnostics.push(...meta.diagnostics);

  let introHtml = '';
  const raw: { file: string; annotation: AnyRawAnnotation }[] = [];
  for (const file of input.annotationFiles) {
    const split = file === main && mainSplit ? mainSplit : splitFrontmatter(file.text);
    if (file !== main && split.yaml !== undefined) {
      diagnostics.push(error({ file: file.path, line: 1, column: 1 }, 'frontmatter-misplaced', 'Only briefing.md has frontmatter; this annotation file has some too.', 'Move these fields to briefing.md and delete the "---" block here.'));
    }
    const parsed = parseAnnotations(file.path, split.body, split.bodyLine);
    diagnostics.push(...parsed.diagnostics);
    for (const annotation of parsed.value.annotations) raw.push({ file: file.path, annotation });
    if (file === main) introHtml = parsed.value.proseHtml;
    else if (parsed.value.proseAt) {
      diagnostics.push(error(parsed.value.proseAt, 'prose-outside-directive', 'This text is outside any :::quote, :::event, :::actor or :::note block, so it would not be published.', 'Put it inside a :::note block, or move it to briefing.md as the introduction.'));
    }
  }
  if (input.annotationFiles.length > 0 && raw.length === 0) {
    diagnostics.push(error({ file: main?.path ?? folderAt.file, line: 1, column: 1 }, 'briefing-empty', `The briefing "${input.slug}" has no annotations.`, 'Add at least one :::quote or :::event block (npm run suggest -- <slug> drafts them).'));
  }

  const source = haystack(paragraphs);
  const ids = new IdRegistry();
  const quotes: Quote[] = [];
  const covering: Pick<Quote, 'anchor'>[] = [];
  const events: BriefingEvent[] = [];
  const notes: Note[] = [];
  const roles = new Map<string, string>();
  const knownActor = (id: string, at: Position) => {
    if (input.registry.has(id)) return true;
    if (!input.invalidActors?.has(id)) diagnostics.push(unknownActor(at, id, input.registry, input.actorsDir));
    return false;
  };

  for (const { file, annotation: a } of raw) {
    if (a.directive === 'actor') {
      if (!knownActor(a.attributes.ref, a.at)) continue;
      if (roles.has(a.attributes.ref)) {
        diagnostics.push(error(a.at, 'duplicate-id', `The actor "${a.attributes.ref}" already has a :::actor note in this briefing.`, 'Merge the two :::actor blocks into one.'));
        continue;
      }
      roles.set(a.attributes.ref, a.noteHtml);
      continue;
    }
    const kind = a.directive === 'quote' ? 'quote' : a.directive === 'event' ? 'evidence' : 'note';
    let located: Anchor | undefined;
    if (a.words !== undefined && a.wordsAt) {
      const result = anchor(a.words, source, a.attributes);
      located = result.ok ? result.anchor : undefined;
      // p= is written on the directive's line, so a p= out of range is reported there.
      if (!result.ok && paragraphs.length > 0) diagnostics.push(anchorDiagnostic(result, kind, result.reason === 'p-out-of-range' ? a.at : a.wordsAt, a.words, a.attributes.p));
      if (!result.ok) continue;
    }
    if (a.directive === 'quote') {
      const { by } = a.attributes;
      const speakerKnown = knownActor(by, a.at);
      if (!located) {
        diagnostics.push(error(a.at, 'quote-no-words', 'This :::quote has no quoted words.', 'Add the words as a blockquote line starting with "> ", copied from the source.'));
        continue;
      }
      if (!speakerKnown) {
        // The words are quoted all the same: they are not also "a direct quote no annotation covers".
        covering.push({ anchor: located });
        continue;
      }
      const id = ids.claim('q', a.attributes.id, a.words ?? '', a.at, diagnostics);
      quotes.push({ id, by, words: spanWords(paragraphs, located), anchor: located, noteHtml: a.noteHtml, file, line: a.at.line });
    } else if (a.directive === 'event') {
      const { date: wording, cite } = a.attributes;
      const actorIds = (a.attributes.actors ?? '').split(/[\s,]+/).filter(Boolean);
      const actorsKnown = actorIds.map((id) => knownActor(id, a.at)).every(Boolean);
      if (!located && !cite) {
        diagnostics.push(error(a.at, 'event-no-evidence', 'This :::event has neither evidence from the source nor a citation.', 'Quote the source\'s words as a "> " blockquote, or add cite="https://…" for outside context.'));
        continue;
      }
      const date = resolveDate(wording, sourceMeta?.data?.published);
      if (!date.ok) {
        if (date.reason === 'unresolvable' || sourceMeta?.data) {
          diagnostics.push(error(a.at, 'date-unresolvable', `The date "${wording}" cannot be resolved${date.reason === 'no-published' ? ' without the source\'s published date' : ''}.`, impossibleDateHint(wording) ?? 'Write an EDTF date (2025-12-05, 2025-11, 2025, 2025-09/2025-12, 2025-11~, 2025?) or plain wording such as "On Friday", "last month" or "Feb. 20".'));
        }
        continue;
      }
      if (!actorsKnown) continue;
      const label = a.noteText || (located ? spanWords(paragraphs, located) : wording);
      const id = ids.claim('e', a.attributes.id, label, a.at, diagnostics);
      events.push({
        id,
        date: date.date,
        label,
        noteHtml: a.noteHtml,
        actors: actorIds,
        origin: located ? 'source' : 'context',
        ...(located ? { anchor: located, evidence: spanWords(paragraphs, located) } : {}),
        ...(cite ? { cite } : {}),
        file,
        line: a.at.line,
      });
    } else {
      let noteAnchor = located;
      if (!noteAnchor && a.attributes.p !== undefined) {
        if (a.attributes.p > paragraphs.length) {
          // With no paragraphs (source missing, empty, unreadable or too large) that is already reported.
          if (paragraphs.length > 0) diagnostics.push(anchorDiagnostic({ ok: false, reason: 'p-out-of-range', paragraphs: paragraphs.length }, 'note', a.at, '', a.attributes.p));
          continue;
        }
        noteAnchor = { paragraph: a.attributes.p, start: 0, end: 0, parts: [] };
      }
      if (!noteAnchor) {
        diagnostics.push(error(a.at, 'note-no-anchor', 'This :::note is attached to nothing.', 'Quote the words it is about as a "> " blockquote, or give the paragraph: :::note{p=3}.'));
        continue;
      }
      const label = a.noteText || 'Note';
      notes.push({ id: ids.claim('n', a.attributes.id, label, a.at, diagnostics), anchor: noteAnchor, noteHtml: a.noteHtml, label, file, line: a.at.line });
    }
  }

  if (input.source && paragraphs.length > 0) {
    diagnostics.push(...coverageWarnings(input.source.path, paragraphs, [...quotes, ...covering], input.registry.values(), input.actorsDir, input.findNames));
  }

  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || sourceOrder(a.event.anchor, b.event.anchor) || a.index - b.index)
    .map(({ event }) => event);

  if (!sourceMeta?.data || !meta?.data || !input.source || tooLarge) return { value: undefined, diagnostics };
  const actors = briefingActors(source, input.registry, quotes, ordered, roles, input.terms);
  return {
    value: {
      slug: input.slug,
      meta: meta.data,
      introHtml,
      source: { ...sourceMeta.data, file: input.source.path },
      paragraphs,
      quotes,
      events: ordered,
      notes,
      actors,
      backlinks: backlinks(quotes, ordered, notes),
    },
    diagnostics,
  };
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
  evidence: { empty: 'evidence-empty', ambiguous: 'evidence-ambiguous', notFound: 'evidence-not-found' },
} as const satisfies Record<string, Record<string, ErrorRule>>;

function anchorDiagnostic(result: Exclude<AnchorResult, { ok: true }>, kind: 'quote' | 'evidence' | 'note', at: Position, words: string, p: number | undefined): Diagnostic {
  const What = kind === 'quote' ? 'Quote' : kind === 'evidence' ? 'Evidence' : 'Note passage';
  const rule = ANCHOR_RULES[kind === 'quote' ? 'quote' : 'evidence'];
  switch (result.reason) {
    case 'empty':
      return error(at, rule.empty, `${What} is empty.`, 'Copy the words from the source after "> ".');
    case 'p-out-of-range':
      return error(at, 'paragraph-out-of-range', `p=${p ?? '?'} but the source has ${result.paragraphs} paragraph${result.paragraphs === 1 ? '' : 's'}.`, `Use a ¶ number from 1 to ${result.paragraphs}.`);
    case 'ambiguous': {
      const counts = new Map<number, number>();
      for (const n of result.paragraphs) counts.set(n, (counts.get(n) ?? 0) + 1);
      const where = [...counts].map(([n, k]) => (k > 1 ? `¶${n} (${k} times)` : `¶${n}`)).join(', ');
      const first = result.paragraphs[0] ?? 1;
      const same = new Set(result.paragraphs).size < result.paragraphs.length;
      return error(at, rule.ambiguous, `${What} “${excerpt(words)}” occurs ${result.paragraphs.length} times in the source: ${where}.`, same ? 'Add prefix="…" or suffix="…" with the words right before or after the one you mean.' : `Add p=${first} (or prefix="…"/suffix="…") to say which one you mean.`);
    }
    case 'not-found': {
      const [from, to] = result.across ?? [];
      const hint = from !== undefined && to !== undefined
        ? `The words run from ¶${from} into ¶${to}; an annotation anchors in one paragraph, so keep the words of one paragraph (one :::${kind === 'evidence' ? 'event' : kind} per paragraph).`
        : result.closest
        ? `Closest passage: ¶${result.closest.paragraph} (${Math.round(result.closest.similarity * 100)}% similar): “${excerpt(result.closest.text)}”. Copy the words exactly as the source prints them; mark cuts with "…".`
        : 'No similar passage in the source. Check that the words come from this article; for outside context use an :::event with cite="https://…" instead.';
      return error(at, rule.notFound, `${What} not found in the source${p !== undefined ? ` ¶${p}` : ''}: “${excerpt(words)}”.`, hint);
    }
  }
}

/** The words on one line, without the quotation marks around them, cut at `max` characters. */
function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/^["“”„«»]+|["“”„«»]+$/g, '');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Hands out fragment ids: explicit ones must be unique; derived ones get -2, -3 on collision. */
class IdRegistry {
  private readonly taken = new Set<string>();

  claim(prefix: 'q' | 'e' | 'n', explicit: string | undefined, words: string, at: Position, diagnostics: Diagnostic[]): string {
    if (explicit) {
      const id = `${prefix}-${explicit}`;
      if (this.taken.has(id)) {
        diagnostics.push(error(at, 'duplicate-id', `The id "${explicit}" is used twice in this briefing.`, 'Give each annotation its own id=, or remove id= to derive one from the words.'));
      }
      this.taken.add(id);
      return id;
    }
    const base = `${prefix}-${slugify(words.split(/\s+/).slice(0, 6).join(' ')) || 'item'}`.slice(0, 60).replace(/-+$/, '');
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}-${k}`;
    this.taken.add(id);
    return id;
  }
}

function briefingActors(source: Haystack, registry: ReadonlyMap<string, Actor>, quotes: readonly Quote[], events: readonly BriefingEvent[], roles: ReadonlyMap<string, string>, terms?: RegistryTerms): BriefingActor[] {
  const mentions = findMentions(source, registry.values(), terms);
  const involved = new Set<string>([...mentions.map((m) => m.actor), ...quotes.map((q) => q.by), ...events.flatMap((e) => e.actors), ...roles.keys()]);
  const actors: BriefingActor[] = [];
  for (const id of involved) {
    const actor = registry.get(id);
    if (!actor) continue;
    const { file: _file, ...rest } = actor;
    void _file;
    actors.push({
      ...rest,
      roleHtml: roles.get(id) ?? '',
      mentions: mentions.filter((m) => m.actor === id).map((m, k) => ({ ...m, id: `m-${id}-${k + 1}` })),
      quotes: quotes.filter((q) => q.by === id).map((q) => q.id),
      events: events.filter((e) => e.actors.includes(id)).map((e) => e.id),
    });
  }
  return actors.sort((a, b) => a.name.localeCompare(b.name));
}

function backlinks(quotes: readonly Quote[], events: readonly BriefingEvent[], notes: readonly Note[]): Record<number, BackLink[]> {
  const entries: { paragraph: number; start: number; link: BackLink }[] = [
    ...quotes.map((q) => ({ paragraph: q.anchor.paragraph, start: q.anchor.start, link: { kind: 'quote' as const, id: q.id, label: q.words } })),
    ...events.flatMap((e) => (e.anchor ? [{ paragraph: e.anchor.paragraph, start: e.anchor.start, link: { kind: 'event' as const, id: e.id, label: e.label } }] : [])),
    ...notes.map((n) => ({ paragraph: n.anchor.paragraph, start: n.anchor.start, link: { kind: 'note' as const, id: n.id, label: n.label } })),
  ];
  entries.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const result: Record<number, BackLink[]> = {};
  for (const e of entries) (result[e.paragraph] ??= []).push(e.link);
  return result;
}
