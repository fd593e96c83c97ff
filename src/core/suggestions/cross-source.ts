// Suggestions across a briefing's sources: the claims `proposeClaims` (claims.ts)
// finds, with the attributes that anchor them and what is already annotated, and the
// passages of a further source that may report an event the briefing has (same date,
// shared words). Main functions: `claimCandidates` and `matchEvents`.
import { anchor } from '../anchoring/anchoring.ts';
import type { Actor } from '../actors/actors.ts';
import { anchorHints, type AnchorHints } from './anchor-hints.ts';
import { proposeClaims, stems, type ClaimProposal, type EvidenceProposal } from './claims.ts';
import type { Existing } from './existing.ts';
import type { DateCandidate, FoundIn, SourceRead } from './candidates.ts';

/** A piece of evidence a drafted claim cites, with what makes it anchor where it is. */
export interface EvidenceCandidate extends EvidenceProposal {
  hints: AnchorHints;
}

/** A claim to draft: an actor's words another passage may contradict. */
export interface ClaimCandidate extends Omit<ClaimProposal, 'evidence'> {
  hints: AnchorHints;
  /** The speaker's name when `by` is set. */
  speakerName?: string;
  /** Who it might be when there is no guess (a quote's candidates). */
  candidates: { id: string; name: string }[];
  evidence: EvidenceCandidate[];
  /** An existing :::claim already covers these words. */
  annotated: boolean;
}

/** A passage of a further source that may report an event the briefing already has. */
export interface EventMatch {
  /** The further source's id. */
  source: string;
  paragraph: number;
  /** The date wording in the passage and the clause around it. */
  wording: string;
  evidence: string;
  hints: AnchorHints;
  /** The date both resolve to. */
  edtf: string;
  /** The existing event: where it is written and its words. */
  event: { file: string; line: number; words: string };
  /** Words both share (their first six letters). */
  shared: string[];
}

/** The claims `proposeClaims` finds across the sources, with anchoring hints and what is already annotated. */
export function claimCandidates(
  sources: readonly { id: string; read: SourceRead; found: FoundIn }[],
  registry: ReadonlyMap<string, Actor>,
  existing: Existing,
): ClaimCandidate[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const hintsFor = (p: { source: string; paragraph: number; start: number; words: string }) => {
    const s = byId.get(p.source);
    const paragraph = s?.read.paragraphs.find((x) => x.n === p.paragraph);
    return s && paragraph ? anchorHints(p.words, s.read.haystack, paragraph, p.start) : {};
  };
  const proposals = proposeClaims(
    sources.map((s) => ({
      id: s.id,
      paragraphs: s.read.paragraphs,
      mentions: s.found.mentions,
      quotes: s.found.quotes.map((q) => ({
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        ...(q.speaker ? { speaker: q.speaker.id } : {}),
      })),
    })),
    registry,
  );
  return proposals.map((c) => {
    const found = byId.get(c.source)?.found;
    const quote = found?.quotes.find(
      (q) => q.paragraph === c.paragraph && q.start === c.start && q.end === c.end,
    );
    const speakerName = c.by ? found?.known.get(c.by)?.name : undefined;
    return {
      ...c,
      hints: hintsFor(c),
      ...(speakerName ? { speakerName } : {}),
      candidates: quote?.candidates ?? [],
      evidence: c.evidence.map((e) => ({ ...e, hints: hintsFor(e) })),
      annotated: existing.claims.some(
        (x) =>
          x.source === c.source &&
          x.paragraph === c.paragraph &&
          x.start < c.end &&
          c.start < x.end,
      ),
    };
  });
}

/**
 * Passages of the further source `id` whose date resolves as an existing event's does
 * and which share two words or more with its words, unless the event cites that passage already.
 */
export function matchEvents(
  id: string,
  read: SourceRead,
  dates: readonly DateCandidate[],
  existing: Existing,
): EventMatch[] {
  const matches: EventMatch[] = [];
  for (const d of dates) {
    // The date's own words aside: "last month" says nothing of what happened.
    const wording = stems(d.wording);
    const clause = new Set([...stems(d.evidence)].filter((w) => !wording.has(w)));
    const at = anchor(d.evidence, read.haystack, d.hints);
    for (const event of existing.events) {
      if (event.edtf !== d.date.edtf) continue;
      const shared = [...stems(event.words)].filter((w) => clause.has(w));
      if (shared.length < 2) continue;
      const cited =
        at.ok &&
        event.cites.some(
          (c) =>
            c.source === id &&
            c.paragraph === at.anchor.paragraph &&
            c.start < at.anchor.end &&
            at.anchor.start < c.end,
        );
      if (cited) continue;
      matches.push({
        source: id,
        paragraph: d.paragraph,
        wording: d.wording,
        evidence: d.evidence,
        hints: d.hints,
        edtf: d.date.edtf,
        event: { file: event.file, line: event.line, words: event.words },
        shared,
      });
    }
  }
  return matches;
}
