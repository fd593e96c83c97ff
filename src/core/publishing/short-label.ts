// Short labels for links and headings: a text cut to a length at a word boundary,
// never inside a word ("offers Venezuela's police…", not "offers Venezuel…"); and for
// quoted words, cut where a phrase ends. Main functions: `shortLabel(text, max)`,
// `shortPhrase(text, max)`.

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
  // Lengths in code points, counted as the text grows (a label is cut from every quote,
  // event and claim of every page and search document).
  let kept = '';
  let keptLength = 0;
  let lastWordEnd = 0;
  for (const { segment, isWordLike } of words.segment(flat)) {
    const more = length(segment);
    if (keptLength + more > room) break;
    kept += segment;
    keptLength += more;
    if (isWordLike) lastWordEnd = kept.length;
  }
  let cut = kept.slice(0, lastWordEnd).replace(TRAILING, '');
  if (cut === '') {
    let cutLength = 0;
    for (const { segment } of graphemes.segment(flat)) {
      const more = length(segment);
      if (cutLength + more > room) break;
      cut += segment;
      cutLength += more;
    }
  }
  return `${cut}…`;
}

/**
 * The end of each phrase of a text: after a comma, semicolon, colon, dash or sentence
 * end followed by a space, and before an elision (" … " or " ... ", as the model prints
 * the words left out of a quote). Index `at` is where the phrase's text ends; `elision`
 * says the text goes on after words left out.
 */
const PHRASE_END = /([,;:.!?]|\s[–—]|\s(?:…|\.\.\.))(?=\s)/gu;

/**
 * `text` with its whitespace collapsed, cut to at most `max` characters (code points, the
 * ellipsis included) where a phrase ends (`PHRASE_END`), with "…" when cut: never inside
 * a phrase, and never with a second ellipsis: when the kept phrases hold an elision of the
 * text itself, the cut falls at the first elision, which then reads as the only "…".
 * The punctuation at the cut is dropped. `undefined` when even the first phrase is longer
 * than `max` (the caller chooses another text, or `shortLabel`).
 */
export function shortPhrase(text: string, max: number): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const length = (s: string) => Array.from(s).length;
  if (length(flat) <= max) return flat;
  let best: string | undefined;
  for (const end of flat.matchAll(PHRASE_END)) {
    const elision = /…|\.\.\./.test(end[1] ?? '');
    const kept = flat
      .slice(0, elision ? end.index : end.index + (end[0]?.length ?? 0))
      .replace(/[\s,;:.!?–—]+$/u, '');
    if (kept === '' || length(kept) + 1 > max) break;
    best = `${kept}…`;
    if (elision) break;
  }
  return best;
}
