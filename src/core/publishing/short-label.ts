// Short labels for links and headings: a text cut to a length at a word boundary,
// never inside a word ("offers Venezuela's police…", not "offers Venezuel…").
// Main function: `shortLabel(text, max)`.

/** Words and the spaces and punctuation between them, as Unicode word segmentation finds them. */
const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters that read badly right before an ellipsis: spaces, commas, dashes, opening quotes. */
const TRAILING = /[\s,;:–—\-(“‘«"'/]+$/u;

/**
 * `text` with its whitespace collapsed, cut to at most `max` characters (code points, the
 * ellipsis included) at the end of a word, with "…" when cut. Punctuation and spaces
 * left dangling at the cut are dropped. Only a first word longer than `max` is cut
 * inside, between characters as a reader sees them (grapheme clusters).
 */
export function shortLabel(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const length = (s: string) => Array.from(s).length;
  if (length(flat) <= max) return flat;
  const room = Math.max(0, max - 1);
  let kept = '';
  let lastWordEnd = 0;
  for (const { segment, isWordLike } of words.segment(flat)) {
    if (length(kept) + length(segment) > room) break;
    kept += segment;
    if (isWordLike) lastWordEnd = kept.length;
  }
  let cut = kept.slice(0, lastWordEnd).replace(TRAILING, '');
  if (cut === '') {
    for (const { segment } of graphemes.segment(flat)) {
      if (length(cut) + length(segment) > room) break;
      cut += segment;
    }
  }
  return `${cut}…`;
}
