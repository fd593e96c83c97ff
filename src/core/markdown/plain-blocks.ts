// Plain block content: builds the mdast of text that is only paragraphs and
// blockquotes of plain words, exactly as micromark (remark-parse + remark-directive)
// would, without running it. `parseBody` uses it for the lines inside annotation
// blocks, the largest cost of parsing. Main function: `parsePlain(lines)`.
import type { Blockquote, Paragraph, Root, RootContent, Text } from 'mdast';

type Point = NonNullable<Root['position']>['start'];

/** A blockquote marker: up to three spaces, ">", and the one space that belongs to the marker. */
const QUOTE_MARKER = /^( {0,3})> ?/;
/**
 * Words that are not plain, tested after a line's markers and indent: a character
 * that can start an inline construct other than a link, an escape or a directive
 * (\ ` * _ ! < > & ~ |; ">" also for a nested blockquote); a colon, unless a space
 * follows it ("said: yes" is text: a text directive needs its name right after the
 * colon); "](", which makes a link of the brackets before it, and "]:", which looks
 * like a definition; a control character, NUL or byte order mark (micromark
 * rewrites or drops them); a start that opens or ends a block (list item, heading,
 * setext underline; "[", which could start a definition but for the ":"); a trailing
 * space (a hard break, or trimmed from the text).
 */
const NOT_PLAIN = /[\\`*_!<>&~|\u0000-\u001f\u007f\uFEFF]|:(?! )|\][(:]|^(?:[-+=#[]|\d+[.)])| $/;

/**
 * The tree `parser.parse(lines.join('\n'))` gives, or undefined when the text is not
 * plain enough to be sure of it. Accepted: blank lines (empty or spaces only);
 * paragraphs of plain lines, the first indented by at most 3 spaces; blockquotes of
 * one such paragraph, each line ">" or "> " after at most 3 spaces, the paragraph
 * started at most 3 spaces further. Everything else is left to micromark, among it:
 * a blank line inside a blockquote (">" alone), nesting, a paragraph interrupted by a
 * blockquote, a lazy line continuing a blockquote, an indented code block.
 *
 * Exact because on such lines micromark makes one paragraph per run of non-blank
 * lines (one blockquote around it for ">" lines) and, no inline construct being able
 * to start, one text node in it. Square brackets stay text: "]" closes a link only
 * when "(" follows it at once, or when a definition has the label of the brackets
 * (or of the "[…]" right after them), and a definition is written "[label]:", with
 * a "]:" these lines cannot have. In a larger document a definition could be elsewhere:
 * parseBody, which gives parsePlain the blocks' lines of a body, parses whole any body
 * with "]:". The text's value is the lines without markers and leading spaces, joined
 * by "\n"; the paragraph and the text span from the first word character to the end
 * of the last line (no trailing spaces here); the blockquote from its ">" to the
 * paragraph's end; the root from the start to the end of the text.
 * test/core/annotations.test.ts compares it with the real parser on edge cases and
 * on generated text.
 */
export function parsePlain(lines: readonly string[]): Root | undefined {
  const children: RootContent[] = [];
  /** The open paragraph: its first line, where it starts, its words; and its ">" column when quoted. */
  let open:
    | { line: number; column: number; offset: number; words: string[]; quoteColumn?: number }
    | undefined;
  let end: Point = { line: 1, column: 1, offset: 0 };
  const close = () => {
    if (!open) return;
    const { line, column, offset, quoteColumn } = open;
    const text: Text = {
      type: 'text',
      value: open.words.join('\n'),
      position: { start: { line, column, offset }, end: { ...end } },
    };
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [text],
      position: { start: { line, column, offset }, end: { ...end } },
    };
    if (quoteColumn === undefined) children.push(paragraph);
    else {
      const quoteOffset = offset - column + quoteColumn;
      const quote: Blockquote = {
        type: 'blockquote',
        children: [paragraph],
        position: { start: { line, column: quoteColumn, offset: quoteOffset }, end: { ...end } },
      };
      children.push(quote);
    }
    open = undefined;
  };

  let lineStart = 0;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    const marker = QUOTE_MARKER.exec(text);
    const afterMarker = marker ? marker[0].length : 0;
    let start = afterMarker;
    while (text.charCodeAt(start) === 32) start++;
    if (start === text.length) {
      if (marker) return undefined;
      close();
    } else {
      const words = text.slice(start);
      if (NOT_PLAIN.test(words)) return undefined;
      if (open) {
        if ((open.quoteColumn !== undefined) !== (marker !== null)) return undefined;
        open.words.push(words);
      } else {
        if (start - afterMarker > 3) return undefined;
        open = { line, column: start + 1, offset: lineStart + start, words: [words] };
        if (marker) open.quoteColumn = (marker[1]?.length ?? 0) + 1;
      }
    }
    end = { line, column: text.length + 1, offset: lineStart + text.length };
    lineStart += text.length + 1;
  }
  close();
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
