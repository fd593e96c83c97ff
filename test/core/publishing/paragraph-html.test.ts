import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { paragraphSegments, type Segment } from '../../../src/core/publishing/segments.ts';
import { segmentsToHtml } from '../../../src/core/publishing/paragraph-html.ts';
import { shippedSite } from '../../helpers/publishing-fixture.ts';

/** The hast rendering segmentsToHtml replaced: its bytes are the reference. */
function viaHast(segments: readonly Segment[]): string {
  const nodes: ElementContent[] = segments.map((segment) => {
    let node: ElementContent = { type: 'text', value: segment.text };
    if (segment.mention) {
      node = h(
        'a',
        {
          href: `#actor-${segment.mention.actor}`,
          class: 'mention',
          id: segment.mention.first ? segment.mention.id : undefined,
        },
        [node],
      );
    }
    for (const span of [...segment.spans].reverse()) {
      const mark: Element = h(
        'mark',
        {
          class: `span span-${span.kind}`,
          id: span.first ? `src-${span.id}` : undefined,
          'data-ref': span.id,
        },
        [node],
      );
      node = mark;
    }
    return node;
  });
  return toHtml({ type: 'root', children: nodes });
}

describe('segmentsToHtml', () => {
  it('writes the shipped briefings exactly as serialising a hast tree does', () => {
    const { site } = shippedSite();
    let marks = 0;
    for (const briefing of site.briefings) {
      for (const paragraph of briefing.paragraphs) {
        const segments = paragraphSegments(briefing, paragraph);
        const html = segmentsToHtml(segments);
        expect(html).toBe(viaHast(segments));
        marks += html.split('<mark').length - 1;
      }
    }
    expect(marks).toBeGreaterThan(10);
  });

  it('escapes text and attribute values as hast-util-to-html does', () => {
    const nasty = 'a < b && c > d "q" \'s\' `t` \0 &amp; ¶ “curly” 🦜 </mark><script>';
    const segments: Segment[] = [
      { text: nasty, spans: [] },
      {
        text: nasty,
        spans: [
          { kind: 'quote', id: `q-${nasty}`, first: true },
          { kind: 'note', id: 'n-"x"', first: false },
        ],
        mention: { actor: `a&"'${nasty}`, id: `m-${nasty}`, first: true },
      },
      {
        text: nasty,
        spans: [{ kind: 'event', id: 'e-1', first: false }],
        mention: { actor: 'x', id: 'm-x-2', first: false },
      },
      { text: '', spans: [] },
    ];
    const html = segmentsToHtml(segments);
    expect(html).toBe(viaHast(segments));
    expect(
      html.startsWith(
        'a &#x3C; b &#x26;&#x26; c > d "q" \'s\' `t` \0 &#x26;amp; ¶ “curly” 🦜 &#x3C;/mark>&#x3C;script>',
      ),
    ).toBe(true);
    expect(html).toContain(' data-ref="n-&#x22;x&#x22;"');
  });
});
