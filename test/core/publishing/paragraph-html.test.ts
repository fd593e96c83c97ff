import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';
import { paragraphSegments, type Segment } from '../../../src/core/publishing/segments.ts';
import { segmentsToHtml } from '../../../src/core/publishing/paragraph-html.ts';
import { shippedSite } from '../../helpers/publishing-fixture.ts';

const parse = (html: string): Root => fromHtml(html, { fragment: true });

/** Each text node of the HTML with the marks (data-ref, outermost first) and mention link around it. */
function textRuns(html: string): { text: string; refs: string[]; mention?: string }[] {
  const runs: { text: string; refs: string[]; mention?: string }[] = [];
  const walk = (nodes: RootContent[], refs: string[], mention?: string) => {
    for (const node of nodes) {
      if (node.type === 'text')
        runs.push({ text: node.value, refs, ...(mention ? { mention } : {}) });
      else if (node.type === 'element') {
        if (node.tagName === 'mark')
          walk(node.children, [...refs, String(node.properties['dataRef'])], mention);
        else if (node.tagName === 'a') walk(node.children, refs, String(node.properties['href']));
        else throw new Error(`unexpected <${node.tagName}>`);
      }
    }
  };
  walk(parse(html).children, []);
  return runs;
}

/** Per character: the annotations marking it and the actor it links to, from segments or from the HTML. */
function perCharacter(runs: { text: string; refs: string[]; mention?: string }[]): string[] {
  return runs.flatMap((r) => Array.from(r.text, () => `${r.refs.join('>')}|${r.mention ?? ''}`));
}

const elements = (root: Root, tag: string): Element[] => {
  const found: Element[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes)
      if (n.type === 'element') {
        if (n.tagName === tag) found.push(n);
        walk(n.children);
      }
  };
  walk(root.children);
  return found;
};

describe('segmentsToHtml', () => {
  it('marks every character of the shipped briefings as its segment says, serialised as hast-util-to-html does', () => {
    const { site } = shippedSite();
    let marks = 0;
    for (const briefing of site.briefings) {
      for (const paragraph of briefing.paragraphs) {
        const segments = paragraphSegments(briefing, paragraph);
        const html = segmentsToHtml(segments);
        expect(toHtml(parse(html))).toBe(html);
        expect(perCharacter(textRuns(html))).toEqual(
          perCharacter(
            segments.map((s) => ({
              text: s.text,
              refs: s.spans.map((r) => r.id),
              ...(s.mention ? { mention: `#actor-${s.mention.actor}` } : {}),
            })),
          ),
        );
        const ids = elements(parse(html), 'mark').flatMap((m) =>
          m.properties['id'] ? [String(m.properties['id'])] : [],
        );
        expect(ids).toEqual(
          segments.flatMap((s) => s.spans.filter((r) => r.first).map((r) => `src-${r.id}`)),
        );
        marks += html.split('<mark').length - 1;
      }
    }
    expect(marks).toBeGreaterThan(10);
  });

  it('keeps a highlight one element around the mention links inside it (seed ¶5 and ¶6)', () => {
    const { site } = shippedSite();
    const seed = site.briefings.find((b) => b.slug === 'maduro-police-cooperation');
    if (!seed) throw new Error('no seed briefing');
    const html = (n: number) => {
      const p = seed.paragraphs.find((x) => x.n === n);
      if (!p) throw new Error(`no ¶${n}`);
      return segmentsToHtml(paragraphSegments(seed, p));
    };
    const marksOf = (h: string, ref: string) =>
      elements(parse(h), 'mark').filter((m) => m.properties['dataRef'] === ref);
    // “sanctions imposed by the United States last month on the Aragua Train”: two mentions inside.
    const sanctions = marksOf(html(5), 'e-us-sanctions');
    expect(sanctions).toHaveLength(1);
    expect(
      elements({ type: 'root', children: sanctions }, 'a').map((a) => a.properties['href']),
    ).toEqual(['#actor-united-states', '#actor-tren-de-aragua']);
    // The evidence that encloses the terrorist classification stays one mark around it.
    expect(marksOf(html(5), 'c-gangs-defeated-v1')).toHaveLength(1);
    expect(marksOf(html(6), 'e-boat-strikes')).toHaveLength(1);
    expect(marksOf(html(6), 'e-threat-inside-venezuela')).toHaveLength(1);
  });

  it('reopens a mark only where spans overlap without nesting, with the id on the first part alone', () => {
    const q = (first: boolean, last = false) => ({
      kind: 'quote' as const,
      id: 'q-a',
      first,
      last,
    });
    const e = (first: boolean, last = false) => ({
      kind: 'event' as const,
      id: 'e-b',
      first,
      last,
    });
    const segments: Segment[] = [
      { text: 'one ', spans: [q(true)] },
      { text: 'two ', spans: [q(false), e(true)] },
      { text: 'three', spans: [e(false)] },
    ];
    expect(segmentsToHtml(segments)).toBe(
      '<mark class="span span-quote" id="src-q-a" data-ref="q-a">one <mark class="span span-event" id="src-e-b" data-ref="e-b">two </mark></mark>' +
        '<mark class="span span-event" data-ref="e-b">three</mark>',
    );
    // Two parts of one quote that touch: the second part is its own mark, the id on the first.
    expect(
      segmentsToHtml([
        { text: 'a', spans: [q(true)] },
        { text: 'b', spans: [{ ...q(false) }] },
        { text: 'c', spans: [] },
      ]),
    ).toBe('<mark class="span span-quote" id="src-q-a" data-ref="q-a">ab</mark>c');
  });

  it("leads each mark to its note: aria-details, its number's class, and the numbered link after its last part", () => {
    const q = (first: boolean, last: boolean) => ({
      kind: 'quote' as const,
      id: 'q-a',
      first,
      last,
    });
    const c = (first: boolean, last: boolean) => ({
      kind: 'claim' as const,
      id: 'c-b',
      first,
      last,
    });
    const notes = new Map([
      ['q-a', { n: 1, label: 'Note 1: quote by Ana' }],
      ['c-b', { n: 2, label: 'Note 2: claim by Ana' }],
    ]);
    // The same words quoted and claimed: the claim nested in the quote, both notes linked, inner first.
    expect(segmentsToHtml([{ text: 'fine', spans: [q(true, true), c(true, true)] }], notes)).toBe(
      '<mark class="span span-quote ref-1" id="src-q-a" data-ref="q-a" aria-details="note-q-a">' +
        '<mark class="span span-claim ref-2" id="src-c-b" data-ref="c-b" aria-details="note-c-b">fine</mark>' +
        '<a href="#note-c-b" class="mark-ref" aria-label="Note 2: claim by Ana" data-n="2"></a></mark>' +
        '<a href="#note-q-a" class="mark-ref" aria-label="Note 1: quote by Ana" data-n="1"></a>',
    );
    // An elided quote: one link, after its last part only; a mention never holds one.
    expect(
      segmentsToHtml(
        [
          { text: 'a', spans: [q(true, false)] },
          { text: ' … ', spans: [] },
          {
            text: 'b',
            spans: [q(false, true)],
            mention: { actor: 'ana', id: 'm-ana-1', first: true },
          },
          { text: '.', spans: [] },
        ],
        notes,
      ),
    ).toBe(
      '<mark class="span span-quote ref-1" id="src-q-a" data-ref="q-a" aria-details="note-q-a">a</mark> … ' +
        '<mark class="span span-quote ref-1" data-ref="q-a" aria-details="note-q-a"><a href="#actor-ana" class="mention" id="m-ana-1">b</a></mark>' +
        '<a href="#note-q-a" class="mark-ref" aria-label="Note 1: quote by Ana" data-n="1"></a>.',
    );
  });

  it('escapes text and attribute values as hast-util-to-html does', () => {
    const nasty = 'a < b && c > d "q" \'s\' `t` \0 &amp; ¶ “curly” 🦜 </mark><script>';
    const segments: Segment[] = [
      { text: nasty, spans: [] },
      {
        text: nasty,
        spans: [
          { kind: 'quote', id: `q-${nasty}`, first: true, last: true },
          { kind: 'note', id: 'n-"x"', first: false, last: false },
        ],
        mention: { actor: `a&"'${nasty}`, id: `m-${nasty}`, first: true },
      },
      {
        text: nasty,
        spans: [{ kind: 'event', id: 'e-1', first: false, last: true }],
        mention: { actor: 'x', id: 'm-x-2', first: false },
      },
      { text: '', spans: [] },
    ];
    const html = segmentsToHtml(segments);
    // Parsing turns NUL into U+FFFD, so the round trip is checked on the rest.
    const withoutNul = html.replace(/\0|&#x0;/g, '');
    expect(toHtml(parse(withoutNul))).toBe(withoutNul);
    expect(
      html.startsWith(
        'a &#x3C; b &#x26;&#x26; c > d "q" \'s\' `t` \0 &#x26;amp; ¶ “curly” 🦜 &#x3C;/mark>&#x3C;script>',
      ),
    ).toBe(true);
    expect(html).toContain(' data-ref="n-&#x22;x&#x22;"');
    expect(
      textRuns(withoutNul)
        .map((r) => r.text)
        .join(''),
    ).toBe(nasty.replace(/\0/g, '').repeat(3));
  });
});
