// Stage 4 of a briefing's assembly (briefing.ts): each raw annotation anchored in the
// source, dated and given its fragment id, one resolver per directive; an annotation
// with an error is reported (file:line:column, the closest passage, the fix) and left
// out. Main function: `resolveAnnotations(raw, input, source, diagnostics)`.
import { anchor, type Anchor, type AnchorResult } from '../anchoring/anchoring.ts';
import { unknownActor, slugify } from '../actors/actors.ts';
import type { AnyRawAnnotation } from '../markdown/annotations.ts';
import { impossibleDateHint, resolveDate } from '../dates/dates.ts';
import { error, type Diagnostic, type Position } from '../diagnostics.ts';
import type { ErrorRule } from '../rules.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { BriefingEvent, Note, Quote } from './model.ts';
import type { BriefingInput, RawInFile, SourceRead } from './briefing-input.ts';

interface Resolved {
  quotes: Quote[];
  /** Anchors of quotes whose speaker is unknown: reported as such, and not also as uncovered quotes. */
  covering: Pick<Quote, 'anchor'>[];
  events: BriefingEvent[];
  notes: Note[];
  /** Actor id → the briefing's :::actor note. */
  roles: Map<string, string>;
  /** Every actor id an annotation names, known or not: the assembly depends on each one's file. */
  referenced: Set<string>;
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
export function resolveAnnotations(
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
    resolved: {
      quotes: [],
      covering: [],
      events: [],
      notes: [],
      roles: new Map(),
      referenced: new Set(),
    },
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
  run.resolved.referenced.add(id);
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
