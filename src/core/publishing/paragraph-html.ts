// Renders a paragraph's segments to HTML: highlighted spans as <mark>, mentions as
// links. A mark stays open across the segments it covers, so a highlight is one
// element around the mention links and nested marks inside it, not pieces that break
// at each of them; only marks that overlap without nesting are closed and reopened
// (the reopened part carries no id). Every piece of source text and every attribute
// value is escaped the way hast-util-to-html escapes them by default
// (test/core/publishing/paragraph-html.test.ts checks it); written out as strings
// because a page renders hundreds of segments and building a hast tree for each
// cost more than the rest of the page. Given the paragraph's notes (`NoteRefs`), each mark
// leads to its note: it names it (`aria-details`, a class `ref-<n>` the stylesheet pairs
// with the n-th note to light both), and a link to the note follows the mark's last part,
// its number drawn by the stylesheet from `data-n` (so the paragraph's text stays the
// source's words, for `#p4`, copying and search alike). Main function: `segmentsToHtml(segments, notes)`.
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import type { Segment } from './segments.ts';

const text = escapeHtmlText;
const attribute = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeHtmlAttribute(value)}"`;

/** A mark's note beside its paragraph: its number there (1, 2…) and the link's accessible name. */
export interface NoteRef {
  n: number;
  /** "Note 2: quote by Nicolás Maduro". */
  label: string;
}

/** The notes of one paragraph, by annotation id; the note's element id is `note-<id>`. */
export type NoteRefs = ReadonlyMap<string, NoteRef>;

/** An element open around the text: its key (what it marks), its start tag and end tag. */
interface Open {
  key: string;
  start: string;
  end: string;
  /** The annotation a mark is a part of. */
  id?: string;
  /** Dev preview only: the flag of what it still lacks, shown after its last part. */
  toFill?: string;
}

/** The elements around one segment, outermost first: its marks (in the segment's order), then its mention. */
function wrappers(segment: Segment, notes: NoteRefs): Open[] {
  const open: Open[] = segment.spans.map((span) => {
    const note = notes.get(span.id);
    return {
      key: `mark ${span.id}`,
      id: span.id,
      start: `<mark${attribute('class', `span span-${span.kind}${note ? ` ref-${note.n}` : ''}`)}${attribute('id', span.first ? `src-${span.id}` : undefined)}${attribute('data-ref', span.id)}${attribute('aria-details', note ? `note-${span.id}` : undefined)}>`,
      end: '</mark>',
      ...(span.toFill ? { toFill: span.toFill } : {}),
    };
  });
  if (segment.mention) {
    const { actor, id, first } = segment.mention;
    open.push({
      key: `mention ${id}`,
      start: `<a${attribute('href', `#actor-${actor}`)} class="mention"${attribute('id', first ? id : undefined)}>`,
      end: '</a>',
    });
  }
  return open;
}

/** The flag's look, inline: the stylesheet has no rule for what only the dev preview shows. */
const TO_FILL_STYLE =
  'margin-inline-start:0.25em;padding:0 0.35em;border:1px dashed #b3261e;border-radius:3px;color:#b3261e;font:600 0.75em system-ui,sans-serif;text-decoration:none;white-space:nowrap';

export function segmentsToHtml(segments: readonly Segment[], notes: NoteRefs = new Map()): string {
  let html = '';
  const stack: Open[] = [];
  /** Annotations whose last part the previous segment ended: their note link follows the mark. */
  let ending = new Set<string>();
  const close = () => {
    const element = stack.pop();
    if (!element) return;
    html += element.end;
    const note = element.id === undefined ? undefined : notes.get(element.id);
    if (element.id !== undefined && note && ending.has(element.id))
      html += `<a${attribute('href', `#note-${element.id}`)} class="mark-ref"${attribute('aria-label', note.label)} data-n="${note.n}"></a>`;
    // A pending annotation (dev preview only): its flag, styled inline so no rule of it is in the stylesheet.
    if (element.id !== undefined && element.toFill && ending.has(element.id))
      html += `<a${attribute('href', `#to-fill-${element.id}`)} class="to-fill-flag"${attribute('style', TO_FILL_STYLE)}>${text(element.toFill)}</a>`;
  };
  for (const segment of segments) {
    const wanted = wrappers(segment, notes);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep]?.key === wanted[keep]?.key)
      keep++;
    // A span that begins here is opened with its id even if the same annotation's earlier part just ended.
    while (keep > 0 && segment.spans.some((s, i) => i < keep && s.first)) keep--;
    while (stack.length > keep) close();
    for (const element of wanted.slice(keep)) {
      html += element.start;
      stack.push(element);
    }
    html += text(segment.text);
    ending = new Set(segment.spans.filter((s) => s.last).map((s) => s.id));
  }
  while (stack.length > 0) close();
  return html;
}
