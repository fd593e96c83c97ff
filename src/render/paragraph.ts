// Renders a paragraph's segments to HTML through hast, so every piece of source
// text is escaped by construction: highlighted spans as <mark>, mentions as links.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import type { Segment } from '../core/segments.ts';

export function segmentsToHtml(segments: readonly Segment[]): string {
  const nodes: ElementContent[] = segments.map((segment) => {
    let node: ElementContent = { type: 'text', value: segment.text };
    if (segment.mention) {
      node = h('a', { href: `#actor-${segment.mention.actor}`, class: 'mention', id: segment.mention.first ? segment.mention.id : undefined }, [node]);
    }
    for (const span of [...segment.spans].reverse()) {
      const mark: Element = h('mark', { class: `span span-${span.kind}`, id: span.first ? `src-${span.id}` : undefined, 'data-ref': span.id }, [node]);
      node = mark;
    }
    return node;
  });
  return toHtml({ type: 'root', children: nodes });
}
