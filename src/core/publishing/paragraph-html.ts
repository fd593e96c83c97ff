// Renders a paragraph's segments to HTML: highlighted spans as <mark>, mentions as
// links. Every piece of source text and every attribute value is escaped the way
// hast-util-to-html escapes them by default (test/render/paragraph.test.ts checks the
// bytes against it); written out as strings because a page renders hundreds of
// segments and building a hast tree for each cost more than the rest of the page.
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import type { Segment } from './segments.ts';

const text = escapeHtmlText;
const attribute = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeHtmlAttribute(value)}"`;

export function segmentsToHtml(segments: readonly Segment[]): string {
  let html = '';
  for (const segment of segments) {
    let node = text(segment.text);
    if (segment.mention) {
      const { actor, id, first } = segment.mention;
      node = `<a${attribute('href', `#actor-${actor}`)} class="mention"${attribute('id', first ? id : undefined)}>${node}</a>`;
    }
    for (let i = segment.spans.length - 1; i >= 0; i--) {
      const span = segment.spans[i];
      if (!span) continue;
      node = `<mark${attribute('class', `span span-${span.kind}`)}${attribute('id', span.first ? `src-${span.id}` : undefined)}${attribute('data-ref', span.id)}>${node}</mark>`;
    }
    html += node;
  }
  return html;
}
