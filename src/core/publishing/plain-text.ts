// Plain text from the sanitised HTML core renders (editor notes, actor
// descriptions), for formats that carry text only: search records, schema.org
// descriptions. Main function: `htmlToText(html)`.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

/** One paragraph of text with no tag or character reference in it: its text is the words. */
const PLAIN_PARAGRAPH = /^<p>([^<&]*)<\/p>$/;

/** The texts of HTML met lately: an actor's description is on every page and in every search document of the briefings it is in. */
const recent = new Map<string, string>();

/** Tags dropped (block ends become spaces), character references decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  let text = recent.get(html);
  if (text === undefined) {
    const plain = PLAIN_PARAGRAPH.exec(html);
    text = plain ? (plain[1] ?? '').replace(/\s+/g, ' ').trim() : convert(html);
    if (recent.size >= 4096) recent.clear();
    recent.set(html, text);
  }
  return text;
}

function convert(html: string): string {
  return html
    .replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)>/gi, ' ')
    .replace(/<\/?(?:p|div|li|ul|ol|br|h[1-6]|blockquote|pre|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code =
          ref[1] === 'x' || ref[1] === 'X'
            ? Number.parseInt(ref.slice(2), 16)
            : Number.parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : whole;
      }
      return NAMED[ref.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
