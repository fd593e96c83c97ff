// Stage 4 of a briefing's assembly (briefing.ts): each raw annotation anchored in its
// source, dated and given its fragment id, one resolver per directive (claims and
// evidence: resolve-claims.ts); an annotation with an error is reported
// (file:line:column, the closest passage, the fix) and left out. Main function:
// `resolveAnnotations(raw, input, sources, diagnostics)`.
import type { AnyRawAnnotation } from '../markdown/annotations.ts';
import { impossibleDateHint, resolveDate } from '../dates/dates.ts';
import { dateDidYouMean } from '../dates/date-hints.ts';
import { error, type Diagnostic } from '../diagnostics.ts';
import { DEFAULT_RATING_SCALE } from '../../schema/ratings.ts';
import type { SourcedAnchor } from './model.ts';
import type { BriefingInput, RawInFile, SourceRead } from './briefing-input.ts';
import {
  anchorDiagnostic,
  anchorIn,
  attributeAt,
  IdRegistry,
  knownActor,
  pendingId,
  sourceNamed,
  spanWords,
  type Resolution,
  type Resolved,
} from './resolution.ts';
import { resolveClaim, resolveEvidence } from './resolve-claims.ts';

/** source.md and the further sources, as stage 2 read them. */
export interface SourcesRead {
  primary: SourceRead;
  /** The further sources whose text could be read, by id. */
  further: ReadonlyMap<string, SourceRead>;
  /** Every further source file's id, readable or not. */
  furtherIds: ReadonlySet<string>;
}

/**
 * Stage 4: each raw annotation anchored in its source, dated and given its id, in file
 * order (so derived ids are stable); an annotation with an error is reported and left out.
 */
export function resolveAnnotations(
  raw: readonly RawInFile[],
  input: BriefingInput,
  sources: SourcesRead,
  diagnostics: Diagnostic[],
): Resolved {
  const run: Resolution = {
    input,
    source: sources.primary,
    further: sources.further,
    furtherIds: sources.furtherIds,
    ratings: input.ratings ?? DEFAULT_RATING_SCALE,
    ids: new IdRegistry(),
    pendingIds: new IdRegistry(),
    diagnostics,
    resolved: {
      quotes: [],
      covering: [],
      events: [],
      claims: [],
      notes: [],
      roles: new Map(),
      referenced: new Set(),
      pending: [],
    },
  };
  for (const { file, annotation: a } of raw) {
    if (a.directive === 'actor') {
      resolveRole(run, a);
      continue;
    }
    if (a.directive === 'claim') {
      resolveClaim(run, file, a);
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

type RawOf<D extends AnyRawAnnotation['directive']> = Extract<AnyRawAnnotation, { directive: D }>;

/** The annotation's quoted words anchored in its source: undefined when it quotes none, false when they cannot be anchored (reported). */
function locate(
  run: Resolution,
  a: RawOf<'quote' | 'event' | 'note'>,
): SourcedAnchor | undefined | false {
  return anchorIn(run, {
    kind: a.directive === 'quote' ? 'quote' : a.directive === 'event' ? 'evidence' : 'note',
    words: a.words,
    wordsAt: a.wordsAt,
    at: a.at,
    attributesAt: a.attributesAt,
    options: a.attributes,
  });
}

function resolveRole(run: Resolution, a: RawOf<'actor'>): void {
  const { ref } = a.attributes;
  if (!knownActor(run, ref, attributeAt(a, 'ref'))) return;
  if (run.resolved.roles.has(ref)) {
    run.diagnostics.push(
      error(
        attributeAt(a, 'ref'),
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
  located: SourcedAnchor | undefined,
): void {
  const { by } = a.attributes;
  const toFill = a.toFill ?? [];
  // A speaker still to fill in (dev preview only) is no actor to look up.
  const speakerKnown = toFill.includes('by') || knownActor(run, by, attributeAt(a, 'by'));
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
  const words = spanWords(sourceNamed(run, located.source, a.at)?.paragraphs ?? [], located);
  if (toFill.length > 0) {
    run.resolved.covering.push({ anchor: located });
    run.resolved.pending.push({
      kind: 'quote',
      id: pendingId(run, 'q', a.words ?? ''),
      toFill,
      words,
      anchor: located,
      file,
      line: a.at.line,
    });
    return;
  }
  const id = run.ids.claim(
    'q',
    a.attributes.id,
    a.words ?? '',
    attributeAt(a, 'id'),
    run.diagnostics,
  );
  run.resolved.quotes.push({
    id,
    by,
    words,
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
  located: SourcedAnchor | undefined,
): void {
  const { date: wording, cite } = a.attributes;
  const actorIds = (a.attributes.actors ?? '').split(/[\s,]+/).filter(Boolean);
  const actorsKnown = actorIds
    .map((id) => knownActor(run, id, attributeAt(a, 'actors')))
    .every(Boolean);
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
  // A relative date resolves against the publication date of the source the words are from.
  const eventSource = sourceNamed(run, a.attributes.source, attributeAt(a, 'source'));
  if (!eventSource) return;
  const published = eventSource.meta?.published;
  const toFill = a.toFill ?? [];
  if (toFill.length > 0) {
    pendingEvent(run, file, a, located, eventSource, actorsKnown);
    return;
  }
  const date = resolveDate(wording, published);
  if (!date.ok) {
    if (date.reason === 'unresolvable' || eventSource.meta) {
      run.diagnostics.push(
        error(
          attributeAt(a, 'date'),
          'date-unresolvable',
          `The date "${wording}" cannot be resolved${date.reason === 'no-published' ? " without the source's published date" : ''}.`,
          impossibleDateHint(wording) ?? unresolvedDateHint(wording, published, eventSource),
        ),
      );
    }
    return;
  }
  if (!actorsKnown) return;
  const label = a.noteText || (located ? spanWords(eventSource.paragraphs, located) : wording);
  const id = run.ids.claim('e', a.attributes.id, label, attributeAt(a, 'id'), run.diagnostics);
  const furtherEvidence = resolveEvidence(
    run,
    { directive: 'event', id, anchor: located, line: a.wordsAt?.line ?? a.at.line },
    a.evidence,
  );
  if (furtherEvidence === false) return;
  const reportedIn = [
    ...new Set([
      ...(located ? [located.source ?? ''] : []),
      ...furtherEvidence.filter((e) => e.stance === 'supports').map((e) => e.anchor.source ?? ''),
    ]),
  ];
  run.resolved.events.push({
    id,
    date: date.date,
    label,
    noteHtml: a.noteHtml,
    actors: actorIds,
    origin: located ? 'source' : 'context',
    ...(located ? { anchor: located, evidence: spanWords(eventSource.paragraphs, located) } : {}),
    ...(cite ? { cite } : {}),
    furtherEvidence,
    reportedIn,
    file,
    line: a.at.line,
  });
}

/**
 * An event whose date is still to fill in (dev preview only): its words marked and listed
 * as pending, never on a timeline, since it has no date to be placed by. Its evidence
 * blocks are checked, not shown.
 */
function pendingEvent(
  run: Resolution,
  file: string,
  a: RawOf<'event'>,
  located: SourcedAnchor | undefined,
  eventSource: SourceRead,
  actorsKnown: boolean,
): void {
  const words = located ? spanWords(eventSource.paragraphs, located) : '';
  const id = pendingId(run, 'e', a.noteText || words);
  const evidence = resolveEvidence(
    run,
    { directive: 'event', id, anchor: located, line: a.wordsAt?.line ?? a.at.line },
    a.evidence,
  );
  if (!located || !actorsKnown || evidence === false) return;
  run.resolved.pending.push({
    kind: 'event',
    id,
    toFill: a.toFill ?? [],
    words,
    anchor: located,
    file,
    line: a.at.line,
  });
}

function resolveNote(
  run: Resolution,
  file: string,
  a: RawOf<'note'>,
  located: SourcedAnchor | undefined,
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
            attributeAt(a, 'p'),
            '',
            a.attributes.p,
            undefined,
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
    id: run.ids.claim('n', a.attributes.id, label, attributeAt(a, 'id'), run.diagnostics),
    anchor: noteAnchor,
    noteHtml: a.noteHtml,
    label,
    file,
    line: a.at.line,
  });
}

/** The fix for a date that resolves to nothing: the closest date that does, in the source's language, else the forms. */
function unresolvedDateHint(
  wording: string,
  published: string | undefined,
  source: SourceRead,
): string {
  const forms =
    'Write an EDTF date (2025-12-05, 2025-11, 2025, 2025-09/2025-12, 2025-11~, 2025?) or plain wording such as "On Friday", "last month" or "Feb. 20".';
  const guess = dateDidYouMean(wording, published, source.meta?.language);
  return guess ? `Did you mean date="${guess}"? ${forms}` : forms;
}
