// The notes beside a source paragraph, one per annotation anchored in it, numbered in
// the paragraph (1, 2…) as the marks in its text are, each with the one line a phone
// shows folded (kind, who or when, first words) and what it unfolds to. Main function:
// `marginNotes(briefing, links, language)`, which also gives `segmentsToHtml` the
// numbers and link names its marks carry.
import type { BackLink, Briefing } from '../assembly/model.ts';
import { formatDate } from '../dates/dates.ts';
import type { NoteRef } from './paragraph-html.ts';
import { shortLabel } from './short-label.ts';

export interface MarginNote {
  /** Its number in the paragraph: the mark in the text carries the same. */
  n: number;
  kind: BackLink['kind'];
  /** The annotation's fragment id (q-…, e-…, c-…, n-…, <parent>-v<k>). */
  id: string;
  /** "Quote", "Event", "Claim", "Evidence", "Note". */
  kindLabel: string;
  /** The folded line after the kind: "Nicolás Maduro: “It is a success that…”", "5 Dec 2025". */
  line: string;
  /** Whether the annotation marks words (a note on a whole paragraph does not). */
  marked: boolean;
  /** The unfolded note: the editor's note as HTML, or a plain text (an event's label, a claim's statement). */
  noteHtml: string;
  text: string;
  /** Where the full annotation is on the page (#q-…, #e-…, #c-…, the evidence's claim or event), and the link's words. */
  more?: { href: string; label: string };
}

const KIND_LABEL: Record<BackLink['kind'], string> = {
  quote: 'Quote',
  event: 'Event',
  claim: 'Claim',
  evidence: 'Evidence',
  note: 'Note',
};

/** The notes of one paragraph's back-links, in their order, and the refs of their marks by id. */
export function marginNotes(
  briefing: Briefing,
  links: readonly BackLink[],
  language?: string,
): { notes: MarginNote[]; refs: Map<string, NoteRef> } {
  const name = (id: string) => briefing.actors.find((a) => a.id === id)?.name ?? id;
  const notes: MarginNote[] = [];
  const refs = new Map<string, NoteRef>();
  for (const link of links) {
    if (refs.has(link.id)) continue;
    const n = notes.length + 1;
    const note = marginNote(briefing, link, n, name, language);
    if (!note) continue;
    notes.push(note);
    refs.set(link.id, {
      n,
      label: `Note ${n}: ${note.kindLabel.toLowerCase()}${note.line ? `, ${note.line}` : ''}`,
    });
  }
  return { notes, refs };
}

function marginNote(
  briefing: Briefing,
  link: BackLink,
  n: number,
  name: (id: string) => string,
  language: string | undefined,
): MarginNote | undefined {
  const base = { n, kind: link.kind, id: link.id, kindLabel: KIND_LABEL[link.kind] };
  switch (link.kind) {
    case 'quote': {
      const q = briefing.quotes.find((x) => x.id === link.id);
      if (!q) return undefined;
      return {
        ...base,
        line: `${name(q.by)}: “${shortLabel(q.words, 36)}”`,
        marked: true,
        noteHtml: q.noteHtml,
        text: '',
        more: { href: `#${q.id}`, label: 'in Key quotes' },
      };
    }
    case 'event': {
      const e = briefing.events.find((x) => x.id === link.id);
      if (!e) return undefined;
      return {
        ...base,
        line: formatDate(e.date, language),
        marked: true,
        noteHtml: '',
        text: e.label,
        more: { href: `#${e.id}`, label: 'on the timeline' },
      };
    }
    case 'claim': {
      const c = briefing.claims.find((x) => x.id === link.id);
      if (!c) return undefined;
      return {
        ...base,
        line: `${name(c.by)}, rated ${c.rating.label}`,
        marked: true,
        noteHtml: '',
        text: c.statement,
        more: { href: `#${c.id}`, label: 'the full claim' },
      };
    }
    case 'evidence': {
      const claim = briefing.claims.find((c) => c.evidence.some((v) => v.id === link.id));
      const event = briefing.events.find((e) => e.furtherEvidence.some((v) => v.id === link.id));
      const piece = [...(claim?.evidence ?? []), ...(event?.furtherEvidence ?? [])].find(
        (v) => v.id === link.id,
      );
      if (!piece) return undefined;
      const stance = piece.stance === 'supports' ? 'for' : 'against';
      return {
        ...base,
        line: claim
          ? `${stance} the claim “${shortLabel(claim.statement, 36)}”`
          : `${stance} the event “${shortLabel(event?.label ?? '', 36)}”`,
        marked: true,
        noteHtml: piece.noteHtml,
        text: piece.noteHtml ? '' : `“${piece.words}”`,
        more: { href: `#${piece.id}`, label: claim ? 'in the full claim' : 'on the timeline' },
      };
    }
    case 'note': {
      const note = briefing.notes.find((x) => x.id === link.id);
      if (!note) return undefined;
      return {
        ...base,
        line: shortLabel(note.label, 48),
        marked: note.anchor.parts.length > 0,
        noteHtml: note.noteHtml,
        text: '',
      };
    }
  }
}
