// Typographic normalisation with an offset map, so a match found in normalised
// text maps back to the exact span of the original. `normalize(text)` folds
// case, accents (NFKD minus marks), curly quotes, dashes and whitespace runs.

export interface Normalized {
  /** The folded text. */
  text: string;
  /** starts[i]: offset in the original of the character that produced text[i]. */
  starts: number[];
  /** ends[i]: offset just past that original character. */
  ends: number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E]/u;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/u;
const MARK = /\p{M}/u;

function fold(ch: string): string {
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '\u2026') return '...';
  let out = '';
  for (const c of ch.normalize('NFKD')) if (!MARK.test(c)) out += c;
  return out.toLowerCase();
}

/** fold() of each non-ASCII character met so far: a pure function of one character, so memoised. */
const folds = new Map<string, string>();

/** Folds `text` for matching and keeps, for every folded character, where it came from. */
export function normalize(text: string): Normalized {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  while (offset < text.length) {
    const code = text.charCodeAt(offset);
    // ASCII, most of any text, without the regular expressions: whitespace (\s), the
    // backtick (a single quote) and capitals are the only characters fold() changes.
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (out.length > 0 && out[out.length - 1] !== ' ') {
          out += ' ';
          starts.push(offset);
          ends.push(offset + 1);
        }
      } else {
        out +=
          code >= 65 && code <= 90
            ? String.fromCharCode(code + 32)
            : code === 96
              ? "'"
              : text[offset];
        starts.push(offset);
        ends.push(offset + 1);
      }
      offset++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(offset) ?? code);
    const end = offset + ch.length;
    if (SPACE.test(ch)) {
      if (out.length > 0 && out[out.length - 1] !== ' ') {
        out += ' ';
        starts.push(offset);
        ends.push(end);
      }
    } else {
      let folded = folds.get(ch);
      if (folded === undefined) {
        folded = fold(ch);
        folds.set(ch, folded);
      }
      // A combining mark folds to nothing; it belongs to the character before it, so a
      // match ending there ("Jose\u0301") keeps its accent in the original span.
      if (folded === '' && ends.length > 0 && ends[ends.length - 1] === offset)
        ends[ends.length - 1] = end;
      // One map entry per UTF-16 unit of the folded text, so an emoji (two units)
      // keeps every later offset in step.
      out += folded;
      for (let k = 0; k < folded.length; k++) {
        starts.push(offset);
        ends.push(end);
      }
    }
    offset = end;
  }
  return { text: out, starts, ends };
}

/** The folded form only, for comparisons that need no map back. */
export function foldText(text: string): string {
  return normalize(text).text.trim();
}

const WORD = /[\p{L}\p{N}]/u;

/** True when a match of [start, end) in folded `text` neither starts nor ends inside a word. */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (WORD.test(first) && WORD.test(before)) return false;
  if (WORD.test(last) && WORD.test(after)) return false;
  return true;
}

/** Maps a [start, end) range of folded text back to the original text. */
export function toOriginal(
  n: Normalized,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: n.starts[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
