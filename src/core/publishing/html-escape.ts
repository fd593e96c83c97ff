// HTML escaping for markup written as strings where building a hast tree per
// element costs too much (the annotated source text, the search documents). It
// escapes exactly what hast-util-to-html escapes by default, as the same
// hexadecimal character references, so the output is byte for byte what the tree
// would have serialised to (test/render/paragraph.test.ts and
// test/core/search-records.test.ts compare them).
// Main functions: `escapeHtmlText(text)`, `escapeHtmlAttribute(value)`.

/** Characters a text node escapes: `<` and `&`. */
const TEXT_UNSAFE = /[<&]/g;
/** Characters a double-quoted attribute value escapes (hast-util-to-html without `allowDangerousCharacters`). */
const ATTRIBUTE_UNSAFE = /[\0"&'`]/g;

/** A hexadecimal character reference, as stringify-entities writes it (`&#x3C;`). */
const reference = (character: string) =>
  `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

/** Text for between tags. */
export function escapeHtmlText(text: string): string {
  return text.replace(TEXT_UNSAFE, reference);
}

/** A value for inside a double-quoted attribute. */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(ATTRIBUTE_UNSAFE, reference);
}
