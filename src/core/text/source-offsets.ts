// Offsets into the published source text (source.txt: the source.md body after
// its frontmatter), counted in Unicode code points as the W3C Web Annotation
// model requires, from core's offsets (UTF-16 units into one paragraph's text).
// Main function: `sourceOffsets(paragraphs)`.
import type { Paragraph } from './paragraphs.ts';

export interface SourceOffsets {
  /** Code-point offset in the source text of UTF-16 `offset` into ¶`paragraph`'s text. */
  at(paragraph: number, offset: number): number;
}

/**
 * Everything between paragraphs is whitespace (`splitParagraphs` makes a
 * paragraph of every run of lines holding a non-space character), and all
 * whitespace is in the Basic Multilingual Plane, so the paragraphs alone tell
 * how many surrogate pairs come before any offset: no need for the body itself.
 */
export function sourceOffsets(paragraphs: readonly Paragraph[]): SourceOffsets {
  const pairsBefore = new Map<number, number>();
  let pairs = 0;
  for (const p of paragraphs) {
    pairsBefore.set(p.n, pairs);
    pairs += surrogatePairs(p.text, p.text.length);
  }
  return {
    at(n, offset) {
      const paragraph = paragraphs[n - 1];
      const before = pairsBefore.get(n);
      if (!paragraph || paragraph.n !== n || before === undefined)
        throw new RangeError(`No paragraph ¶${n} in this source.`);
      if (offset < 0 || offset > paragraph.text.length)
        throw new RangeError(
          `Offset ${offset} is outside ¶${n} (length ${paragraph.text.length}).`,
        );
      return paragraph.start + offset - before - surrogatePairs(paragraph.text, offset);
    },
  };
}

/** Code points of `text` from `start` to `end` (code-point offsets), like String.slice for UTF-16. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

function surrogatePairs(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count++;
        i++;
      }
    }
  }
  return count;
}
