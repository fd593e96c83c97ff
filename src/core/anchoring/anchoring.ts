// core/anchoring owns finding an annotation's words in the source, typography- and ellipsis-aware.
//
// Anchoring by text: a quote's or event's words are found in the source
// paragraphs despite typographic differences, an ellipsis standing for elided
// words. Main function: `anchor(needle, paragraphs, options)`. A fuzzy match is
// only ever a hint inside a failure, never an anchor.
import search from 'approx-string-match';
import { distance } from 'fastest-levenshtein';
import type { Paragraph } from '../text/paragraphs.ts';
import {
  atWordBoundaries,
  foldText,
  normalize,
  toOriginal,
  type Normalized,
} from '../text/normalize.ts';

export interface AnchorOptions {
  /** ¶ number the match must be in. */
  p?: number | undefined;
  /** Text that must come right before the match (folded like the source). */
  prefix?: string | undefined;
  /** Text that must come right after the match. */
  suffix?: string | undefined;
}

/** A range of a paragraph's text, offsets into `Paragraph.text`. */
export interface Range {
  start: number;
  end: number;
}

export interface Anchor {
  /** ¶ number. */
  paragraph: number;
  /** The whole span, from the first quoted word to the last, elisions included. */
  start: number;
  end: number;
  /** The quoted parts themselves (one, or one per ellipsis-separated part). */
  parts: Range[];
}

export interface ClosestPassage {
  paragraph: number;
  /** The source words closest to the needle, verbatim. */
  text: string;
  /** 0..1, 1 − edits / length of the part searched. */
  similarity: number;
}

export type AnchorResult =
  | { ok: true; anchor: Anchor }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'p-out-of-range'; paragraphs: number }
  | { ok: false; reason: 'not-found'; closest?: ClosestPassage; across?: [number, number] }
  | { ok: false; reason: 'ambiguous'; paragraphs: number[] };

const ELLIPSIS = /\s*(?:\[\s*(?:\u2026|\.\s?\.\s?\.)\s*\]|\u2026|\.\s?\.\s?\.)\s*/u;
const EDGE_QUOTES = /^["'\s]+|["'\s]+$/g;

/** The needle's parts: ellipses split it; quotation marks at its edges are dropped; folded. */
export function needleParts(needle: string): string[] {
  return needle
    .split(ELLIPSIS)
    .map((part) => foldText(part).replace(EDGE_QUOTES, ''))
    .filter((part) => part.length > 0);
}

/** Paragraph texts folded once, for anchoring many needles against one source. */
export interface Haystack {
  paragraphs: readonly Paragraph[];
  folded: Normalized[];
}

export function haystack(paragraphs: readonly Paragraph[]): Haystack {
  return { paragraphs, folded: paragraphs.map((p) => normalize(p.text)) };
}

/** Finds `needle` in the source; see AnchorResult for the outcomes. */
export function anchor(
  needle: string,
  source: Haystack,
  options: AnchorOptions = {},
): AnchorResult {
  const parts = needleParts(needle);
  if (parts.length === 0) return { ok: false, reason: 'empty' };
  const total = source.paragraphs.length;
  if (options.p !== undefined && (options.p < 1 || options.p > total)) {
    return { ok: false, reason: 'p-out-of-range', paragraphs: total };
  }
  const prefix = options.prefix === undefined ? undefined : foldText(options.prefix);
  const suffix = options.suffix === undefined ? undefined : foldText(options.suffix);

  const matches: Anchor[] = [];
  source.folded.forEach((folded, i) => {
    const paragraph = source.paragraphs[i];
    if (!paragraph) return;
    if (options.p !== undefined && paragraph.n !== options.p) return;
    for (const ranges of matchesInParagraph(folded.text, parts)) {
      const first = ranges[0];
      const last = ranges[ranges.length - 1];
      if (!first || !last) continue;
      if (
        prefix &&
        !trimJunction(folded.text.slice(0, first.start), 'end').endsWith(
          trimJunction(prefix, 'end'),
        )
      )
        continue;
      if (
        suffix &&
        !trimJunction(folded.text.slice(last.end), 'start').startsWith(
          trimJunction(suffix, 'start'),
        )
      )
        continue;
      const span = toOriginal(folded, first.start, last.end);
      matches.push({
        paragraph: paragraph.n,
        start: span.start,
        end: span.end,
        parts: ranges.map((r) => toOriginal(folded, r.start, r.end)),
      });
    }
  });

  const [only] = matches;
  if (matches.length === 1 && only) return { ok: true, anchor: only };
  if (matches.length > 1)
    return { ok: false, reason: 'ambiguous', paragraphs: matches.map((m) => m.paragraph) };
  const across = options.p === undefined ? acrossParagraphs(parts, source) : undefined;
  if (across) return { ok: false, reason: 'not-found', across };
  const closest = closestPassage(parts, source, options.p);
  return closest ? { ok: false, reason: 'not-found', closest } : { ok: false, reason: 'not-found' };
}

const JUNCTION_END = /[\s"'()[\]]+$/;
const JUNCTION_START = /^[\s"'()[\]]+/;

/**
 * Folded text at the junction with the quoted words, without the spaces, quotation
 * marks and brackets there: prefix="plan was" matches `plan was "ready…`.
 */
function trimJunction(text: string, side: 'start' | 'end'): string {
  return text.replace(side === 'end' ? JUNCTION_END : JUNCTION_START, '');
}

/** Every way the parts occur in order in `text`, each starting at a distinct place. */
function matchesInParagraph(text: string, parts: readonly string[]): Range[][] {
  const [head, ...rest] = parts;
  if (head === undefined) return [];
  const found: Range[][] = [];
  for (const start of occurrences(text, head, 0)) {
    const ranges: Range[] = [{ start, end: start + head.length }];
    let from = start + head.length;
    let complete = true;
    for (const part of rest) {
      const next = occurrences(text, part, from).next();
      if (next.done) {
        complete = false;
        break;
      }
      ranges.push({ start: next.value, end: next.value + part.length });
      from = next.value + part.length;
    }
    if (complete) found.push(ranges);
  }
  return found;
}

function* occurrences(text: string, part: string, from: number): Generator<number> {
  for (let i = text.indexOf(part, from); i !== -1; i = text.indexOf(part, i + 1)) {
    if (atWordBoundaries(text, i, i + part.length)) yield i;
  }
}

/** The closest source passage to the longest part that does not occur verbatim. */
function closestPassage(
  parts: readonly string[],
  source: Haystack,
  p?: number,
): ClosestPassage | undefined {
  const missing = parts.filter((part) => !source.folded.some((f) => f.text.includes(part)));
  const pattern = [...(missing.length > 0 ? missing : parts)].sort(
    (a, b) => b.length - a.length,
  )[0];
  if (!pattern) return undefined;
  const maxErrors = Math.floor(pattern.length / 2);
  let best:
    | { paragraph: Paragraph; folded: Normalized; start: number; end: number; errors: number }
    | undefined;
  source.folded.forEach((folded, i) => {
    const paragraph = source.paragraphs[i];
    if (!paragraph || (p !== undefined && paragraph.n !== p)) return;
    for (const m of search(folded.text, pattern, maxErrors)) {
      if (!best || m.errors < best.errors)
        best = { paragraph, folded, start: m.start, end: m.end, errors: m.errors };
    }
  });
  if (!best || best.end <= best.start) return undefined;
  // Widen the match to whole words: "no longer exist" is not 100% of "no longer exists".
  let { start, end } = best;
  const text = best.folded.text;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '') && WORD_CHAR.test(text[start] ?? ''))
    start--;
  while (
    end < text.length &&
    WORD_CHAR.test(text[end] ?? '') &&
    WORD_CHAR.test(text[end - 1] ?? '')
  )
    end++;
  const passage = text.slice(start, end);
  const span = toOriginal(best.folded, start, end);
  return {
    paragraph: best.paragraph.n,
    text: best.paragraph.text.slice(span.start, span.end),
    similarity: Math.max(
      0,
      1 - distance(passage, pattern) / Math.max(passage.length, pattern.length),
    ),
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The two neighbouring ¶ numbers when the words run from the end of one paragraph
 * into the next (quotation marks at the junction ignored): a quote that spans a
 * paragraph break, which never anchors, so the hint can say so.
 */
function acrossParagraphs(
  parts: readonly string[],
  source: Haystack,
): [number, number] | undefined {
  for (let i = 0; i + 1 < source.folded.length; i++) {
    const first = source.paragraphs[i];
    const second = source.paragraphs[i + 1];
    const head = trimJunction(source.folded[i]?.text ?? '', 'end');
    const tail = trimJunction(source.folded[i + 1]?.text ?? '', 'start');
    if (!first || !second || !head || !tail) continue;
    const joined = `${head} ${tail}`;
    const crosses = matchesInParagraph(joined, parts).some(
      (ranges) =>
        (ranges[0]?.start ?? 0) < head.length &&
        (ranges[ranges.length - 1]?.end ?? 0) > head.length + 1,
    );
    if (crosses) return [first.n, second.n];
  }
  return undefined;
}
