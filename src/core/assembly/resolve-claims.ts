// Stage 4 of a briefing's assembly, for claims and evidence: a :::claim's words
// anchored, its rating looked up on the site's scale, and the :::evidence blocks of a
// claim or an event anchored in whichever source they name, each cited once. Main
// functions: `resolveClaim(run, file, raw)` and `resolveEvidence(run, parent, raw)`.
import { didYouMean } from '../did-you-mean.ts';
import { error } from '../diagnostics.ts';
import type { RawAnnotation, RawEvidence } from '../markdown/annotations.ts';
import { impossibleDateHint, resolveDate } from '../dates/dates.ts';
import type { BriefingEvent, Claim, Evidence, SourcedAnchor } from './model.ts';
import {
  anchorIn,
  attributeAt,
  excerpt,
  knownActor,
  pendingId,
  sourceNamed,
  spanWords,
  type Resolution,
} from './resolution.ts';

/** The block evidence belongs to: its kind, its fragment id and its own words' anchor. */
export interface EvidenceParent {
  directive: 'event' | 'claim';
  id: string;
  anchor: SourcedAnchor | undefined;
  /** Line of the parent's own words, for the message when evidence repeats them. */
  line: number;
}

/**
 * The :::evidence blocks of an event or a claim, anchored in their sources and given
 * ids `<parent id>-v<k>`; false when any of them has an error (reported), so the parent
 * is left out as a whole rather than published with part of its evidence.
 */
export function resolveEvidence(
  run: Resolution,
  parent: EvidenceParent,
  raw: readonly RawEvidence[],
): Evidence[] | false {
  const evidence: Evidence[] = [];
  const cited: { anchor: SourcedAnchor; line: number; own: boolean }[] = parent.anchor
    ? [{ anchor: parent.anchor, line: parent.line, own: true }]
    : [];
  let ok = true;
  for (const [k, e] of raw.entries()) {
    if (e.words === undefined) {
      run.diagnostics.push(
        error(
          e.at,
          'evidence-no-words',
          'This :::evidence quotes no passage.',
          `Add the passage as a "> " blockquote, copied from its source${e.attributes.source ? ` "${e.attributes.source}"` : ''}.`,
        ),
      );
      ok = false;
      continue;
    }
    const located = anchorIn(run, {
      kind: 'evidence',
      words: e.words,
      wordsAt: e.wordsAt,
      at: e.at,
      attributesAt: e.attributesAt,
      options: e.attributes,
    });
    if (!located) {
      ok = false;
      continue;
    }
    const twice = cited.find((c) => overlaps(c.anchor, located));
    if (twice) {
      run.diagnostics.push(
        error(
          e.wordsAt ?? e.at,
          'evidence-duplicate',
          `This evidence cites ¶${located.paragraph}${located.source ? ` of "${located.source}"` : ''} “${excerpt(e.words)}”, a passage this :::${parent.directive} already cites (line ${twice.line}${twice.own ? ', its own words' : ''}).`,
          'Cite each passage once: delete this :::evidence, or quote a passage the block does not cite yet.',
        ),
      );
      ok = false;
      continue;
    }
    cited.push({ anchor: located, line: e.at.line, own: false });
    const source = sourceNamed(run, located.source, e.at);
    evidence.push({
      id: `${parent.id}-v${k + 1}`,
      stance: e.attributes.stance,
      words: spanWords(source?.paragraphs ?? [], located),
      anchor: located,
      noteHtml: e.noteHtml,
      line: e.at.line,
    });
  }
  return ok ? evidence : false;
}

/** Two anchors in the same paragraph of the same source that share a character. */
function overlaps(a: SourcedAnchor, b: SourcedAnchor): boolean {
  return a.source === b.source && a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
}

export function resolveClaim(run: Resolution, file: string, a: RawAnnotation<'claim'>): void {
  const { by, rating: ratingId, statement } = a.attributes;
  // What is still to fill in (dev preview only) is not looked up.
  const toFill = a.toFill ?? [];
  const speakerKnown = toFill.includes('by') || knownActor(run, by, attributeAt(a, 'by'));
  const scale = run.ratings.ratings;
  const index = scale.findIndex((r) => r.id === ratingId);
  const rating = scale[index];
  if (!rating && !toFill.includes('rating')) {
    const guess = didYouMean(
      ratingId,
      scale.map((r) => r.id),
    );
    run.diagnostics.push(
      error(
        attributeAt(a, 'rating'),
        'rating-unknown',
        `The rating "${ratingId}" is not on this site's scale.`,
        `${guess ? `Did you mean rating=${guess}? ` : ''}The scale: ${scale.map((r) => r.id).join(', ')} (content/ratings.md replaces the default).`,
      ),
    );
  }
  if (a.words === undefined) {
    run.diagnostics.push(
      error(
        a.at,
        'claim-no-words',
        'This :::claim has no words of its own: a claim is what someone said, quoted from a source.',
        'Add the claimant’s words as a "> " blockquote copied from the source (with source=<id> when they are in a further source); the statement= says what they claim.',
      ),
    );
    return;
  }
  const located = anchorIn(run, {
    kind: 'quote',
    words: a.words,
    wordsAt: a.wordsAt,
    at: a.at,
    attributesAt: a.attributesAt,
    options: a.attributes,
  });
  if (!located) return;
  // The words are quoted all the same: not also "a direct quote no annotation covers".
  run.resolved.covering.push({ anchor: located });
  // A block still to fill in takes an id apart from the others (a statement still to fill in names nothing: from the words then).
  const id =
    toFill.length > 0
      ? pendingId(run, 'c', toFill.includes('statement') ? a.words : statement)
      : run.ids.claim('c', a.attributes.id, statement, attributeAt(a, 'id'), run.diagnostics);
  const evidence = resolveEvidence(
    run,
    { directive: 'claim', id, anchor: located, line: a.wordsAt?.line ?? a.at.line },
    a.evidence,
  );
  const source = sourceNamed(run, located.source, a.at);
  const appeared = source?.meta?.published;
  // When it was made: the editor's date= (relative wording read against the claim's source),
  // else for now the day the source was published (`dateClaims` may find its event).
  const wording = a.attributes.date;
  const made = resolveDate(wording ?? appeared ?? '', appeared);
  if (wording !== undefined && !made.ok && (made.reason === 'unresolvable' || appeared)) {
    run.diagnostics.push(
      error(
        a.at,
        'date-unresolvable',
        `The date "${wording}" cannot be resolved${made.reason === 'no-published' ? " without the source's published date" : ''}.`,
        impossibleDateHint(wording) ??
          'Write an EDTF date (2025-12-05, 2025-11, 2025, 2025-09/2025-12, 2025-11~, 2025?) or plain wording such as "On Friday", "last month" or "Feb. 20".',
      ),
    );
  }
  if (!speakerKnown || evidence === false || !source || !appeared || !made.ok) return;
  if (toFill.length > 0) {
    run.resolved.pending.push({
      kind: 'claim',
      id,
      toFill,
      words: spanWords(source.paragraphs, located),
      anchor: located,
      file,
      line: a.at.line,
    });
    return;
  }
  if (!rating) return;
  run.resolved.claims.push({
    id,
    by,
    words: spanWords(source.paragraphs, located),
    anchor: located,
    statement,
    rating: { ...rating, value: scale.length - index },
    scale: scale.length,
    appeared,
    made: made.date,
    madeFrom: wording !== undefined ? 'date' : 'source',
    evidence,
    reasoningHtml: a.noteHtml,
    reasoningText: a.noteText,
    file,
    line: a.at.line,
  });
}

/**
 * A claim without a `date=` is dated by the event whose words hold the claim's words (in
 * the same paragraph of the same source): it was made at that event, not when the article
 * was published. Of several, the narrowest span. Claims with a date of their own are kept.
 */
export function dateClaims(claims: readonly Claim[], events: readonly BriefingEvent[]): Claim[] {
  return claims.map((claim) => {
    if (claim.madeFrom !== 'source') return claim;
    const at = claim.anchor;
    let best: BriefingEvent | undefined;
    for (const e of events) {
      const span = e.anchor;
      if (!span || span.source !== at.source || span.paragraph !== at.paragraph) continue;
      if (span.start > at.start || span.end < at.end) continue;
      if (!best?.anchor || span.end - span.start < best.anchor.end - best.anchor.start) best = e;
    }
    return best ? { ...claim, made: best.date, madeFrom: { event: best.id } } : claim;
  });
}
