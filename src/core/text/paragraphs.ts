// core/text owns the source text: paragraphs, typographic normalisation, published offsets, size limits.
//
// Paragraphs of a source body: blank-line separated blocks numbered ¶1..¶n with
// ids p1..pn, each knowing its offsets in the body and its line in the file.
// Main function: `splitParagraphs(body, firstLine)`.

export interface Paragraph {
  /** 1-based number: ¶n. */
  n: number;
  /** Stable fragment id: `p${n}`. */
  id: string;
  /** The paragraph verbatim (inner line breaks kept, outer whitespace trimmed). */
  text: string;
  /** Offset of text[0] in the body. */
  start: number;
  /** Offset just past the paragraph's last character in the body. */
  end: number;
  /** 1-based line of the paragraph's first character in the source file. */
  line: number;
}

/**
 * Splits `body` on blank lines. `firstLine` is the file line the body starts on
 * (after frontmatter), so diagnostics can point into the file.
 */
export function splitParagraphs(body: string, firstLine = 1): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blocks = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  // Lines are counted on from the previous paragraph, so a long source costs one pass, not one per paragraph.
  let counted = 0;
  let line = firstLine;
  for (const m of body.matchAll(blocks)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = m.index + lead;
    const n = paragraphs.length + 1;
    line += countNewlines(body, counted, start);
    counted = start;
    paragraphs.push({ n, id: `p${n}`, text, start, end: start + text.length, line });
  }
  return paragraphs;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
