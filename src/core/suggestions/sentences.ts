// Sentences and clauses of a paragraph, as offset ranges, for the suggestions:
// who speaks in the sentence around a quote, which clause holds a date. A plain
// splitter that knows common abbreviations ("Mr.", "U.S.") and closing quotation
// marks. Main functions: `sentenceRanges(text)` and `clauseAround(text, range)`.
import type { Range } from '../anchoring/anchoring.ts';

/** A sentence's end; the next may open with a quote the speaker finder has masked with "§". */
const BOUNDARY = /[.!?…]+["”’»)\]]*\s+(?=["“‘«(¿¡]?[\p{Lu}\p{N}]|§)/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Jr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Gen|Mt|No|Nos|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|U\.S|U\.K|U\.N|E\.U|\p{Lu})\.$/u;

/** The sentences of `text`, in order, covering it without gaps (whitespace between them left out). */
export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const stop = m.index + m[0].trimEnd().length;
    const head = text.slice(start, m.index + 1);
    if (ABBREVIATION.test(head)) continue;
    ranges.push({ start, end: stop });
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.trimEnd().length });
  return ranges;
}

/** The sentence (or run of sentences) holding [start, end). */
export function sentenceAround(text: string, start: number, end: number): Range {
  const all = sentenceRanges(text);
  const first = all.find((s) => s.end > start) ?? { start: 0, end: text.length };
  const last = [...all].reverse().find((s) => s.start < end) ?? first;
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}

const CLAUSE_BREAK = /[,;:]\s+|\s+[–—]\s+/gu;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The clause of its sentence holding [start, end), widened clause by clause (forward
 * first) until it has at least `minWords` words; trailing punctuation dropped.
 */
export function clauseAround(text: string, start: number, end: number, minWords = 6): Range {
  const sentence = sentenceAround(text, start, end);
  const cuts = [sentence.start];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    cuts.push(sentence.start + m.index + m[0].length);
  }
  const clauseEnds = cuts.slice(1).map((c) => {
    const before = text.slice(0, c).trimEnd();
    return before.replace(/[,;:–—]$/u, '').length;
  });
  clauseEnds.push(sentence.end);
  let first = Math.max(
    0,
    cuts.findLastIndex((c) => c <= start),
  );
  let last = first;
  while ((clauseEnds[last] ?? sentence.end) < end && last < clauseEnds.length - 1) last++;
  const span = () => text.slice(cuts[first] ?? sentence.start, clauseEnds[last] ?? sentence.end);
  while (words(span()) < minWords && last < clauseEnds.length - 1) last++;
  while (words(span()) < minWords && first > 0) first--;
  const from = cuts[first] ?? sentence.start;
  let to = clauseEnds[last] ?? sentence.end;
  while (to > from && /[\s,;:]/u.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}
