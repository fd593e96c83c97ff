// Paragraph segments: a paragraph's text cut at every boundary of its quoted
// spans, event evidence, claims' words, pieces of evidence, notes and actor mentions,
// so a page can highlight and link each piece without re-deriving anything. Main
// functions: `briefingSegments` (every paragraph of a briefing's source.md, or of one
// further source) and `paragraphSegments` (one paragraph of source.md).
import type { ActorMention, Briefing, SourcedAnchor } from '../assembly/model.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import { toFillLabel } from './to-fill.ts';

export interface SpanRef {
  kind: 'quote' | 'event' | 'note' | 'claim' | 'evidence';
  /** The annotation's fragment id (q-…, e-…, n-…, c-…, or a piece of evidence's <parent>-v<k>). */
  id: string;
  /** True on the segment where the annotation's first part begins: it carries the `src-<id>` anchor. */
  first: boolean;
  /** True on the segment where the annotation's last part ends: its link to its note follows it. */
  last: boolean;
  /**
   * Dev preview only: what the annotation still lacks ("speaker to fill in"), flagged
   * after its last part (a pending annotation, model.ts `PendingAnnotation`).
   */
  toFill?: string;
}

export interface Segment {
  text: string;
  /** The spans covering the text, outermost first (the one that starts earlier, or as early and ends later). */
  spans: SpanRef[];
  mention?: { actor: string; id: string; first: boolean };
}

interface Range {
  start: number;
  end: number;
}

type SpanRange = Range & {
  kind: SpanRef['kind'];
  id: string;
  part: number;
  parts: number;
  toFill?: string;
};

/** What is marked in one paragraph: its annotations' parts, in quote, event, claim, evidence, note order, and its mentions. */
interface Marks {
  spans: SpanRange[];
  mentions: ActorMention[];
}

/**
 * The marks of every paragraph `keep` accepts, gathered in one pass over the
 * briefing's annotations and actors (in their order, so each paragraph's lists are
 * in the same order whichever paragraphs are gathered).
 */
function gatherMarks(
  briefing: Briefing,
  sourceId: string,
  keep: (paragraph: number) => boolean,
): Map<number, Marks> {
  const marks = new Map<number, Marks>();
  const of = (paragraph: number): Marks => {
    let found = marks.get(paragraph);
    if (!found) marks.set(paragraph, (found = { spans: [], mentions: [] }));
    return found;
  };
  const add = (
    kind: SpanRef['kind'],
    id: string,
    anchor: SourcedAnchor | undefined,
    toFill?: string,
  ) => {
    if (!anchor || (anchor.source ?? '') !== sourceId || !keep(anchor.paragraph)) return;
    const { spans } = of(anchor.paragraph);
    anchor.parts.forEach((r, part) =>
      spans.push({
        ...r,
        kind,
        id,
        part,
        parts: anchor.parts.length,
        ...(toFill ? { toFill } : {}),
      }),
    );
  };
  for (const q of briefing.quotes) add('quote', q.id, q.anchor);
  for (const e of briefing.events) add('event', e.id, e.anchor);
  for (const c of briefing.claims) add('claim', c.id, c.anchor);
  for (const e of briefing.events)
    for (const v of e.furtherEvidence) add('evidence', v.id, v.anchor);
  for (const c of briefing.claims) for (const v of c.evidence) add('evidence', v.id, v.anchor);
  for (const n of briefing.notes) add('note', n.id, n.anchor);
  for (const p of briefing.pending ?? []) add(p.kind, p.id, p.anchor, toFillLabel(p.toFill));
  for (const a of briefing.actors)
    for (const m of a.mentions)
      if ((m.source ?? '') === sourceId && keep(m.paragraph)) of(m.paragraph).mentions.push(m);
  return marks;
}

/** Cuts ¶`paragraph` of `briefing` into segments, in text order. */
export function paragraphSegments(briefing: Briefing, paragraph: Paragraph): Segment[] {
  return cut(paragraph, gatherMarks(briefing, '', (n) => n === paragraph.n).get(paragraph.n));
}

/**
 * Every paragraph of the briefing's source.md, or of its further source `sourceId`, cut
 * into segments, in paragraph order (each as `paragraphSegments` cuts it).
 */
export function briefingSegments(briefing: Briefing, sourceId = ''): Segment[][] {
  const marks = gatherMarks(briefing, sourceId, () => true);
  const paragraphs =
    sourceId === ''
      ? briefing.paragraphs
      : (briefing.furtherSources.find((s) => s.id === sourceId)?.paragraphs ?? []);
  return paragraphs.map((paragraph) => cut(paragraph, marks.get(paragraph.n)));
}

function cut(paragraph: Paragraph, marks: Marks = { spans: [], mentions: [] }): Segment[] {
  const { mentions } = marks;
  // Outermost first: the span that starts earlier, or as early and ends later, encloses the
  // other, so a page can keep its mark open around the nested ones (ties keep gathering order).
  const spans = [...marks.spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([0, paragraph.text.length]);
  for (const r of [...spans, ...mentions]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const refs = spans
      .filter((s) => s.start <= start && s.end >= end)
      .map((s) => ({
        kind: s.kind,
        id: s.id,
        first: s.part === 0 && s.start === start,
        last: s.part === s.parts - 1 && s.end === end,
        ...(s.toFill ? { toFill: s.toFill } : {}),
      }));
    const m = mentions.find((x) => x.start <= start && x.end >= end);
    segments.push({
      text: paragraph.text.slice(start, end),
      spans: refs,
      ...(m ? { mention: { actor: m.actor, id: m.id, first: m.start === start } } : {}),
    });
  }
  return segments;
}

/** The publisher-page Text Fragment for an anchored passage: `#:~:text=start,end` or `#:~:text=words`. */
export function textFragment(url: string, words: readonly string[]): string {
  const enc = (s: string) =>
    encodeURIComponent(s.replace(/\s+/g, ' ').trim()).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const [first] = words;
  if (!first) return url;
  const base = url.split('#')[0] ?? url;
  if (words.length === 1) return `${base}#:~:text=${enc(first)}`;
  const last = words[words.length - 1] ?? first;
  return `${base}#:~:text=${enc(first)},${enc(last)}`;
}
