// The annotate app's reading of a selection on a briefing page (dev only): which source
// paragraph holds it (`<p id="p4">`, or `<p id="coastal-wire-p2">` in a further source)
// and the offsets of the selected words in that paragraph's text, which is the source's
// own text (src/core/publishing/paragraph-html.ts writes it as text nodes). The server
// checks all of it against its own text. Main function: `readSelection(selection)`.

export interface PageSelection {
  /** '' for source.md, else the further source's id. */
  source: string;
  paragraph: number;
  start: number;
  end: number;
  words: string;
}

export type SelectionReading =
  { ok: true; selection: PageSelection } | { ok: false; message: string } | undefined;

/** The source paragraph element a node is in, if any. */
export function sourceParagraphOf(node: Node | null): HTMLElement | undefined {
  const element = node instanceof Element ? node : node?.parentElement;
  const p = element?.closest('ol.paragraphs > li.paragraph > p[id]');
  return p instanceof HTMLElement ? p : undefined;
}

/** `p4` → ¶4 of source.md; `coastal-wire-p2` → ¶2 of the further source coastal-wire. */
export function paragraphFromId(id: string): { source: string; paragraph: number } | undefined {
  const m = /^(?:([a-z0-9][a-z0-9-]*)-)?p([1-9]\d*)$/.exec(id);
  if (!m?.[2]) return undefined;
  return { source: m[1] ?? '', paragraph: Number(m[2]) };
}

/**
 * The selection as the app sends it: undefined when nothing in a source paragraph is
 * selected; a refusal when it spans paragraphs or holds no words.
 */
export function readSelection(selection: Selection | null): SelectionReading {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const from = sourceParagraphOf(range.startContainer);
  const to = sourceParagraphOf(range.endContainer);
  if (!from && !to) return undefined;
  if (!from || !to || from !== to)
    return {
      ok: false,
      message: 'Select words inside one paragraph: an annotation anchors in a single paragraph.',
    };
  const where = paragraphFromId(from.id);
  if (!where) return undefined;
  const before = document.createRange();
  before.setStart(from, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const selected = range.toString();
  const words = selected.trim();
  if (!/[\p{L}\p{N}]/u.test(words)) return { ok: false, message: 'Select some words.' };
  const start = before.toString().length + (selected.length - selected.trimStart().length);
  return {
    ok: true,
    selection: { ...where, start, end: start + words.length, words },
  };
}
