// The assembled model: each briefing, and the site of every briefing with its indexes
// (actors across briefings, the timeline, the claims, the tags): the values pages are
// projected from (src/core/pages/). Core computes everything here (anchors, dates,
// mentions, back-links); components never re-derive it. The model stands below the
// stages that make it: it imports nothing of core/assembly, every stage imports from it
// (test/project/import-direction.test.ts).
import type { Anchor } from '../anchoring/anchoring.ts';
import type { ResolvedDate } from '../dates/dates.ts';
import type { Mention } from '../actors/actors.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { SourceMeta } from '../../schema/source.ts';
import type { BriefingMeta } from '../../schema/briefing.ts';
import type { ActorMeta } from '../../schema/actor.ts';
import type { Rating } from '../../schema/ratings.ts';
import type { Actor } from '../actors/actors.ts';
import type { PreviewPlaceholder } from '../markdown/annotations.ts';

/**
 * Where an annotation's words are: an anchor in one of the briefing's sources.
 * `source` is the further source's id (`sources/<id>.md`), absent for source.md.
 */
export interface SourcedAnchor extends Anchor {
  source?: string;
}

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
  anchor: SourcedAnchor;
  noteHtml: string;
}

/** A passage of any source cited inside an event or a claim, supporting or contradicting it. */
export interface Evidence {
  /** Fragment id: `<event or claim id>-v<k>`. */
  id: string;
  stance: 'supports' | 'contradicts';
  /** The passage as its source prints it; elisions shown as " … ". */
  words: string;
  anchor: SourcedAnchor;
  /** The editor's note on this piece ('' when none). */
  noteHtml: string;
  /** Line of the :::evidence block in the editor's file. */
  line: number;
}

/** A claim an actor made, in their own anchored words, with the editor's rating and the evidence. */
export interface Claim extends Located {
  /** Fragment id: `c-<slug>`. */
  id: string;
  /** Actor id of who made it. */
  by: string;
  /** The claim's own words as the source prints them. */
  words: string;
  anchor: SourcedAnchor;
  /** The editor's one-sentence statement of what is claimed. */
  statement: string;
  /** The rating, from the site's scale, with its place on it (`value`: 1 the least supported). */
  rating: Rating & { value: number };
  /** Size of the scale the rating is from (schema.org bestRating). */
  scale: number;
  /** The date the claim's source was published: when the claim appeared. */
  appeared: string;
  /**
   * When the claim was made: its `date=`, else the date of the event whose words hold the
   * claim's (the speech it was made in), else the day its source was published.
   */
  made: ResolvedDate;
  /** Where `made` comes from: the claim's own `date=`, an event's id, or `source`. */
  madeFrom: 'date' | 'source' | { event: string };
  evidence: Evidence[];
  /** The editor's reasoning, as HTML. */
  reasoningHtml: string;
  /** The reasoning as plain text. */
  reasoningText: string;
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
  anchor?: SourcedAnchor;
  /** The evidence words as the source prints them. */
  evidence?: string;
  cite?: string;
  /** Further evidence from :::evidence blocks, in file order. */
  furtherEvidence: Evidence[];
  /** Ids of the sources that report it (its own words and supporting evidence); '' for source.md. */
  reportedIn: string[];
}

export interface Note extends Located {
  /** Fragment id: `n-<slug>`. */
  id: string;
  /** Anchored span, or the whole paragraph (start = end = 0, no parts) for p= only. */
  anchor: Anchor;
  noteHtml: string;
  label: string;
}

/**
 * A quote, event or claim still holding a `fill-in-…` placeholder, in the dev preview
 * only (assembled with `placeholders: 'draft'`; check and build refuse it). It is in
 * none of the briefing's lists that need the missing value (quotes, timeline, claims,
 * actors, exports): the page marks its words and lists it under "To fill in", flagged
 * with what is missing, and invents no speaker, date or rating.
 */
export interface PendingAnnotation extends Located {
  kind: 'quote' | 'event' | 'claim';
  /** The fragment id it would have as a quote, event or claim. */
  id: string;
  /** The attributes still to fill in, in the order the flag names them. */
  toFill: PreviewPlaceholder[];
  /** Its words as the source prints them. */
  words: string;
  anchor: SourcedAnchor;
}

export interface ActorMention extends Mention {
  /** Fragment id of the mention in the source: `m-<actor>-<k>`, numbered across the sources. */
  id: string;
  /** The further source it is in (`sources/<id>.md`); absent for source.md. */
  source?: string;
  /** That further source's outlet, for "¶2 of Coastal Wire". */
  outlet?: string;
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
  /** Claim ids made by this actor. */
  claims: string[];
}

export interface BackLink {
  kind: 'quote' | 'event' | 'note' | 'claim' | 'evidence';
  /** Fragment id of the annotation. */
  id: string;
  label: string;
}

export interface BriefingSource extends SourceMeta {
  file: string;
}

/** A source beside source.md: `sources/<id>.md`, with its own paragraphs and back-links. */
export interface FurtherSource extends BriefingSource {
  /** The file name without `.md`; paragraph ids are `<id>-p<n>`. */
  id: string;
  /** Paragraph ids `<id>-p1`…. */
  paragraphs: Paragraph[];
  backlinks: Record<number, BackLink[]>;
}

/** When a briefing was published and last updated; either may be unknown (briefing-dates.ts). */
export interface BriefingDates {
  published?: string;
  updated?: string;
}

export interface Briefing {
  slug: string;
  meta: BriefingMeta;
  /**
   * The briefing's own publication and update dates (not its source's): briefing.md's,
   * completed from its folder's git history when loaded from disk (briefing-dates.ts).
   */
  dates: BriefingDates;
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
  /** The claims, in file order. */
  claims: Claim[];
  /** The sources beside source.md, by id. */
  furtherSources: FurtherSource[];
  /** In the dev preview only: blocks with a placeholder still to fill in, in file order (absent when none). */
  pending?: PendingAnnotation[];
}

/** The whole site: published briefings and drafts, and the cross-briefing indexes (site.ts, site-indexes.ts). */
export interface Site {
  /** Published briefings, newest source first. */
  briefings: Briefing[];
  /** Draft briefings: checked, not published. */
  drafts: Briefing[];
  /** Every registry actor, by name, with where it appears. */
  actors: SiteActor[];
  /** Every event of every published briefing, chronological. */
  timeline: TimelineEntry[];
  /** Tag → slugs of published briefings, tags sorted. */
  tags: Map<string, string[]>;
  /** Every claim of every published briefing, by the date it was made (claims.ts, byClaimDate). */
  claims: ClaimEntry[];
}

/** What of one published briefing an actor is in. */
export interface ActorAppearance {
  slug: string;
  title: string;
  mentions: ActorMention[];
  quotes: Quote[];
  events: BriefingEvent[];
  claims: Claim[];
  /** How many sources the briefing draws on (source.md and its further sources). */
  sources: number;
}

/** A registry actor across the site. */
export interface SiteActor extends Omit<Actor, 'file'> {
  appearances: ActorAppearance[];
}

/** An event on the site's timeline, with its briefing. */
export interface TimelineEntry {
  slug: string;
  briefingTitle: string;
  event: BriefingEvent;
}

/** A claim on the site's list of claims, with its briefing. */
export interface ClaimEntry {
  slug: string;
  briefingTitle: string;
  claim: Claim;
}

/** The text an anchor points into: the paragraphs, metadata and fragment ids of its source. */
export interface SourceView {
  /** '' for source.md, else the further source's id. */
  id: string;
  meta: BriefingSource;
  paragraphs: readonly Paragraph[];
  backlinks: Record<number, BackLink[]>;
}

/** Every source of a briefing, source.md first. */
export function sourceViews(briefing: Briefing): SourceView[] {
  return [
    {
      id: '',
      meta: briefing.source,
      paragraphs: briefing.paragraphs,
      backlinks: briefing.backlinks,
    },
    ...briefing.furtherSources.map((s) => ({
      id: s.id,
      meta: s,
      paragraphs: s.paragraphs,
      backlinks: s.backlinks,
    })),
  ];
}

/** The source an anchor is in (source.md when its `source` is absent or unknown). */
export function sourceOf(briefing: Briefing, anchor: SourcedAnchor | undefined): SourceView {
  const id = anchor?.source;
  const further = id === undefined ? undefined : briefing.furtherSources.find((s) => s.id === id);
  return further
    ? {
        id: further.id,
        meta: further,
        paragraphs: further.paragraphs,
        backlinks: further.backlinks,
      }
    : {
        id: '',
        meta: briefing.source,
        paragraphs: briefing.paragraphs,
        backlinks: briefing.backlinks,
      };
}

/** The anchored words of `anchor`, one string per quoted part, verbatim from its source. */
export function anchoredParts(briefing: Briefing, anchor: SourcedAnchor): string[] {
  const text = sourceOf(briefing, anchor).paragraphs[anchor.paragraph - 1]?.text ?? '';
  return anchor.parts.map((p) => text.slice(p.start, p.end));
}

/** The fragment id of ¶`n` of a source: `p<n>` in source.md, `<id>-p<n>` in a further source. */
export function paragraphId(sourceId: string | undefined, n: number): string {
  return sourceId ? `${sourceId}-p${n}` : `p${n}`;
}

/** "¶3", or "wire ¶3" in a further source: how a page names an anchor's paragraph. */
export function paragraphLabel(anchor: SourcedAnchor): string {
  return anchor.source ? `${anchor.source} ¶${anchor.paragraph}` : `¶${anchor.paragraph}`;
}

/** A value without the editor's file name (`file`), which published data never carries. */
export function withoutFile<T extends { file: string }>(value: T): Omit<T, 'file'> {
  const { file: _file, ...rest } = value;
  void _file;
  return rest;
}
