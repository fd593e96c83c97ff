// Renders a paragraph's segments to HTML: highlighted spans as <mark>, mentions as
// links. A mark stays open across the segments it covers, so a highlight is one
// element around the mention links and nested marks inside it, not pieces that break
// at each of them; only marks that overlap without nesting are closed and reopened
// (the reopened part carries no id). Every piece of source text and every attribute
// value is escaped the way hast-util-to-html escapes them by default
// (test/core/publishing/paragraph-html.test.ts checks it); written out as strings
// because a page renders hundreds of segments and building a hast tree for each
// cost more than the rest of the page. Main function: `segmentsToHtml(segments)`.
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import type { Segment } from './segments.ts';

const text = escapeHtmlText;
const attribute = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeHtmlAttribute(value)}"`;

/** An element open around the text: its key (what it marks), its start tag and end tag. */
interface Open {
  key: string;
  start: string;
  end: string;
}

/** The elements around one segment, outermost first: its marks (in the segment's order), then its mention. */
function wrappers(segment: Segment): Open[] {
  const open: Open[] = segment.spans.map((span) => ({
    key: `mark ${span.id}`,
    start: `<mark${attribute('class', `span span-${span.kind}`)}${attribute('id', span.first ? `src-${span.id}` : undefined)}${attribute('data-ref', span.id)}>`,
    end: '</mark>',
  }));
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

export function segmentsToHtml(segments: readonly Segment[]): string {
  let html = '';
  const stack: Open[] = [];
  for (const segment of segments) {
    const wanted = wrappers(segment);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep]?.key === wanted[keep]?.key)
      keep++;
    // A span that begins here is opened with its id even if the same annotation's earlier part just ended.
    while (keep > 0 && segment.spans.some((s, i) => i < keep && s.first)) keep--;
    while (stack.length > keep) html += stack.pop()?.end ?? '';
    for (const element of wanted.slice(keep)) {
      html += element.start;
      stack.push(element);
    }
    html += text(segment.text);
  }
  while (stack.length > 0) html += stack.pop()?.end ?? '';
  return html;
}
