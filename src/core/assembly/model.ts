// The assembled briefing: the one value pages render. Core computes everything
// here (anchors, dates, mentions, back-links); components never re-derive it.
import type { Anchor } from '../anchoring/anchoring.ts';
import type { ResolvedDate } from '../dates/dates.ts';
import type { Mention } from '../actors/actors.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { SourceMeta } from '../../schema/source.ts';
import type { BriefingMeta } from '../../schema/briefing.ts';
import type { ActorMeta } from '../../schema/actor.ts';

export interface Located {
  /** Editor's file and line the annotation was written at. */
  file: string;
  line: number;
}

export interface Quote extends Located {
  /** Fragment id on the briefing page: `q-<slug>`. */
  id: string;
  /** Speaker's actor id. */
  by: string;
  /** The quoted words as the source prints them; elisions shown as " … ". */
  words: string;
  anchor: Anchor;
  noteHtml: string;
}

export interface BriefingEvent extends Located {
  /** Fragment id: `e-<slug>`. */
  id: string;
  date: ResolvedDate;
  /** Reader-facing label: the editor's note as plain text, else the evidence words. */
  label: string;
  noteHtml: string;
  actors: string[];
  /** `source`: reported by the article (has evidence); `context`: from outside, with a citation. */
  origin: 'source' | 'context';
  anchor?: Anchor;
  /** The evidence words as the source prints them. */
  evidence?: string;
  cite?: string;
}

export interface Note extends Located {
  /** Fragment id: `n-<slug>`. */
  id: string;
  /** Anchored span, or the whole paragraph (start = end = 0, no parts) for p= only. */
  anchor: Anchor;
  noteHtml: string;
  label: string;
}

export interface ActorMention extends Mention {
  /** Fragment id of the mention in the source: `m-<actor>-<k>`. */
  id: string;
}

export interface BriefingActor extends ActorMeta {
  id: string;
  descriptionHtml: string;
  /** The briefing's :::actor note, as HTML ('' when none). */
  roleHtml: string;
  mentions: ActorMention[];
  /** Quote ids spoken by this actor. */
  quotes: string[];
  /** Event ids involving this actor. */
  events: string[];
}

export interface BackLink {
  kind: 'quote' | 'event' | 'note';
  /** Fragment id of the annotation. */
  id: string;
  label: string;
}

export interface BriefingSource extends SourceMeta {
  file: string;
}

export interface Briefing {
  slug: string;
  meta: BriefingMeta;
  /** Prose in briefing.md outside any directive, as HTML. */
  introHtml: string;
  source: BriefingSource;
  paragraphs: Paragraph[];
  quotes: Quote[];
  /** In chronological order. */
  events: BriefingEvent[];
  notes: Note[];
  /** Actors that appear: mentioned, quoted, in an event or given a role. Registry order by name. */
  actors: BriefingActor[];
  /** Per ¶ number, the annotations that cite it, in source order. */
  backlinks: Record<number, BackLink[]>;
}

/** A value without the editor's file name (`file`), which published data never carries. */
export function withoutFile<T extends { file: string }>(value: T): Omit<T, 'file'> {
  const { file: _file, ...rest } = value;
  void _file;
  return rest;
}
