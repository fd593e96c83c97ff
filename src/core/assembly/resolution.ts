// What the resolvers of stage 4 (resolve-annotations.ts, resolve-claims.ts) share: the
// sources an annotation can anchor in, the registry check, the fragment ids handed
// out so far, and the anchoring diagnostics. Main function: `anchorIn(run, …)`.
import {
  anchor,
  type AnchorOptions,
  type AnchorResult,
  type Haystack,
} from '../anchoring/anchoring.ts';
import { unknownActor, slugify } from '../actors/actors.ts';
import { didYouMean } from '../did-you-mean.ts';
import { error, type Diagnostic, type Position } from '../diagnostics.ts';
import type { ErrorRule } from '../rules.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { RatingScale } from '../../schema/ratings.ts';
import type {
  BriefingEvent,
  Claim,
  Note,
  PendingAnnotation,
  Quote,
  SourcedAnchor,
} from './model.ts';
import type { BriefingInput, SourceRead } from './briefing-input.ts';

export interface Resolved {
  quotes: Quote[];
  /** Anchors in source.md covered by annotations other than quotes (claims, quotes of unknown speakers): not "uncovered quotes". */
  covering: Pick<Quote, 'anchor'>[];
  events: BriefingEvent[];
  claims: Claim[];
  notes: Note[];
  /** Actor id → the briefing's :::actor note. */
  roles: Map<string, string>;
  /** Blocks kept with a placeholder in the dev preview (`placeholders: 'draft'`). */
  pending: PendingAnnotation[];
  /** Every actor id an annotation names, known or not: the assembly depends on each one's file. */
  referenced: Set<string>;
}

/** What the resolvers of stage 4 share: the sources, the registry checks, the ids handed out so far and the diagnostics. */
export interface Resolution {
  input: BriefingInput;
  /** source.md. */
  source: SourceRead;
  /** The further sources that could be read, by id. */
  further: ReadonlyMap<string, SourceRead>;
  /** Ids of every further source file, readable or not (a source= naming one is not "unknown"). */
  furtherIds: ReadonlySet<string>;
  ratings: RatingScale;
  ids: IdRegistry;
  /**
   * The ids of pending annotations (dev preview only), kept apart from `ids`: a block
   * still to fill in must not take an id a finished one names, nor change theirs.
   */
  pendingIds: IdRegistry;
  diagnostics: Diagnostic[];
  resolved: Resolved;
}

/** Where a block's attribute `key` is written; the block's own position when not known. */
export function attributeAt(
  a: { at: Position; attributesAt?: Partial<Record<string, Position>> },
  key: string,
): Position {
  return a.attributesAt?.[key] ?? a.at;
}

/** True when `id` is in the registry; otherwise reports it (unless its file is invalid, which is reported already). */
/** A pending annotation's fragment id: `pending-<q|e|c>-<words>`, apart from every other id. */
export function pendingId(run: Resolution, prefix: 'q' | 'e' | 'c', words: string): string {
  return `pending-${run.pendingIds.claim(prefix, undefined, words, { file: '', line: 1, column: 1 }, run.diagnostics)}`;
}

export function knownActor(run: Resolution, id: string, at: Position): boolean {
  run.resolved.referenced.add(id);
  if (run.input.registry.has(id)) return true;
  if (!run.input.invalidActors?.has(id))
    run.diagnostics.push(unknownActor(at, id, run.input.registry, run.input.actorsDir));
  return false;
}

/**
 * The source `id` names (source.md when undefined): undefined when there is no such
 * further source (reported at `at`) or when it could not be read (reported already).
 */
export function sourceNamed(
  run: Resolution,
  id: string | undefined,
  at: Position,
): SourceRead | undefined {
  if (id === undefined) return run.source;
  const found = run.further.get(id);
  if (found) return found;
  if (run.furtherIds.has(id)) return undefined;
  const known = [...run.furtherIds];
  const guess = didYouMean(id, known);
  run.diagnostics.push(
    error(
      at,
      'source-unknown',
      `source=${id} names no source of this briefing${known.length > 0 ? ` (its further sources: ${known.join(', ')})` : ''}.`,
      guess
        ? `Did you mean source=${guess}?`
        : `Add ${run.input.dir}/sources/${id}.md with the article (the same frontmatter as source.md), or remove source= for words from source.md.`,
    ),
  );
  return undefined;
}

export type AnchorKind = 'quote' | 'evidence' | 'note';

/** Where a block's words are to be found and how to report them. */
export interface WordsToAnchor {
  kind: AnchorKind;
  words: string | undefined;
  wordsAt: Position | undefined;
  /** The directive's own position (p= out of range is reported there, on its line). */
  at: Position;
  /** Where its attributes are written: p= and source= are reported there. */
  attributesAt?: Partial<Record<string, Position>> | undefined;
  options: AnchorOptions & { source?: string | undefined };
}

/**
 * The words anchored in their source: undefined when there are none, false when they
 * cannot be anchored (reported: unknown source, not found, ambiguous…).
 */
export function anchorIn(run: Resolution, w: WordsToAnchor): SourcedAnchor | undefined | false {
  if (w.words === undefined || !w.wordsAt) return undefined;
  const sourceId = w.options.source;
  const source = sourceNamed(run, sourceId, w.attributesAt?.['source'] ?? w.at);
  if (!source) return false;
  const result = anchor(w.words, source.haystack, w.options);
  if (result.ok)
    return sourceId === undefined ? result.anchor : { ...result.anchor, source: sourceId };
  if (source.paragraphs.length > 0 && result.reason === 'not-found') {
    // The words are there, but not where p=, prefix= or suffix= says: the slip is in that
    // attribute, so it is reported there, with where the words are.
    const mismatch = contextMismatch(w, source.haystack);
    if (mismatch) {
      run.diagnostics.push(mismatch);
      return false;
    }
  }
  if (source.paragraphs.length > 0)
    run.diagnostics.push(
      anchorDiagnostic(
        result,
        w.kind,
        result.reason === 'p-out-of-range' ? (w.attributesAt?.['p'] ?? w.at) : w.wordsAt,
        w.words,
        w.options.p,
        sourceId,
      ),
    );
  return false;
}

/**
 * When words not found with their p=, prefix= or suffix= are found without them, the
 * first of those attributes that leaves them unfound: its error, at the attribute.
 */
function contextMismatch(w: WordsToAnchor, source: Haystack): Diagnostic | undefined {
  const { p, prefix, suffix } = w.options;
  if (p === undefined && prefix === undefined && suffix === undefined) return undefined;
  const words = w.words ?? '';
  const free = anchor(words, source, {});
  const found = free.ok
    ? [free.anchor.paragraph]
    : free.reason === 'ambiguous'
      ? [...new Set(free.paragraphs)]
      : [];
  if (found.length === 0) return undefined;
  const where = found.map((n) => `¶${n}`).join(', ');
  const What = w.kind === 'quote' ? 'Quote' : w.kind === 'evidence' ? 'Evidence' : 'Note passage';
  const rule = w.kind === 'quote' ? 'quote-not-found' : 'evidence-not-found';
  const fails = (options: AnchorOptions): boolean => {
    const r = anchor(words, source, options);
    return !r.ok && r.reason === 'not-found';
  };
  if (p !== undefined && fails({ p }))
    return error(
      w.attributesAt?.['p'] ?? w.wordsAt ?? w.at,
      rule,
      `${What} “${excerpt(words)}” is not in ¶${p}, which p=${p} asks for: it is in ${where}.`,
      `Write p=${found[0] ?? 1}, or remove p= if the words occur once.`,
    );
  for (const [key, value] of [
    ['prefix', prefix],
    ['suffix', suffix],
  ] as const) {
    if (value === undefined || !fails({ [key]: value })) continue;
    const side = key === 'prefix' ? 'before' : 'after';
    return error(
      w.attributesAt?.[key] ?? w.wordsAt ?? w.at,
      rule,
      `${What} “${excerpt(words)}” is in the source (${where}), but “${excerpt(value)}” is not right ${side} it, as ${key}= says.`,
      `Copy into ${key}= the words the source prints right ${side} the quoted ones, or remove ${key}= if the words occur once.`,
    );
  }
  return undefined;
}

/** The quoted words verbatim from the source, parts joined with " … ". */
export function spanWords(paragraphs: readonly Paragraph[], a: SourcedAnchor): string {
  const text = paragraphs[a.paragraph - 1]?.text ?? '';
  return a.parts.map((p) => text.slice(p.start, p.end)).join(' … ');
}

/** The anchoring rules of a quote's words and of evidence (an event's, a note's or an :::evidence block's words). */
const ANCHOR_RULES = {
  quote: { empty: 'quote-empty', ambiguous: 'quote-ambiguous', notFound: 'quote-not-found' },
  evidence: {
    empty: 'evidence-empty',
    ambiguous: 'evidence-ambiguous',
    notFound: 'evidence-not-found',
  },
} as const satisfies Record<string, Record<string, ErrorRule>>;

export function anchorDiagnostic(
  result: Exclude<AnchorResult, { ok: true }>,
  kind: AnchorKind,
  at: Position,
  words: string,
  p: number | undefined,
  sourceId: string | undefined,
): Diagnostic {
  const What = kind === 'quote' ? 'Quote' : kind === 'evidence' ? 'Evidence' : 'Note passage';
  const rule = ANCHOR_RULES[kind === 'quote' ? 'quote' : 'evidence'];
  const theSource = sourceId === undefined ? 'the source' : `the source "${sourceId}"`;
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
        `p=${p ?? '?'} but ${theSource} has ${result.paragraphs} paragraph${result.paragraphs === 1 ? '' : 's'}.`,
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
        `${What} “${excerpt(words)}” occurs ${result.paragraphs.length} times in ${theSource}: ${where}.`,
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
            : sourceId === undefined
              ? 'No similar passage in the source. Check that the words come from this article; for outside context use an :::event with cite="https://…" instead.'
              : `No similar passage in the source "${sourceId}". Check that the words come from that article, or name the source they are in with source=.`;
      return error(
        at,
        rule.notFound,
        `${What} not found in ${theSource}${p !== undefined ? ` ¶${p}` : ''}: “${excerpt(words)}”.`,
        hint,
      );
    }
  }
}

/** The words on one line, without the quotation marks around them, cut at `max` characters. */
export function excerpt(text: string, max = 80): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”„«»]+|["“”„«»]+$/g, '');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Hands out fragment ids: explicit ones must be unique; derived ones get -2, -3 on collision. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  claim(
    prefix: 'q' | 'e' | 'n' | 'c',
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
