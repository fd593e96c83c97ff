// The candidates a source yields, shared by suggest.ts and cross-source.ts: quotes with a
// speaker guess, dates, actors, and what one source holds (`FoundIn`).
import type { Mention } from '../actors/actors.ts';
import type { ResolvedDate } from '../dates/dates.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { SourceMeta } from '../../schema/source.ts';
import type { ExistingSource } from './existing.ts';
import type { AnchorHints } from './anchor-hints.ts';
import type { NameCandidate } from './names.ts';

export interface SpeakerGuess {
  /** A registry actor id, or the id a draft actor file would get. */
  id: string;
  name: string;
  registered: boolean;
  /** Why this speaker: "named in the same sentence". */
  why: string;
}

export interface QuoteCandidate {
  paragraph: number;
  /** The quoted words (without the quotation marks), offsets into the paragraph. */
  start: number;
  end: number;
  words: string;
  hints: AnchorHints;
  speaker?: SpeakerGuess;
  /** Who it might be when there is no guess (the text does not say who): most likely first. */
  candidates: { id: string; name: string }[];
  /** An existing :::quote already covers these words. */
  annotated: boolean;
}

export interface DateCandidate {
  paragraph: number;
  /** The date expression as the source prints it: "On Friday", "last month". */
  wording: string;
  start: number;
  end: number;
  /** What the build resolves `date="<attribute>"` to. */
  date: ResolvedDate;
  /**
   * What the draft writes in `date=`: the wording when it resolves alone to `date`; else
   * the EDTF value, when the sentence's tense decides it ("due to begin on Monday").
   */
  attribute: string;
  /** The clause around the date, as evidence for an :::event. */
  evidence: string;
  hints: AnchorHints;
  /** Registry actors named in the evidence. */
  actors: string[];
  annotated: boolean;
}

export interface ActorCandidate {
  id: string;
  name: string;
  mentions: { paragraph: number; text: string }[];
  /** The briefing already has an :::actor block for it. */
  annotated: boolean;
}

/** A source's frontmatter and paragraphs. */
export interface SourceRead extends ExistingSource {
  meta: SourceMeta;
  paragraphs: Paragraph[];
}

/** What one source holds: quotes with speakers, dates, names, actors, mentions. */
export interface FoundIn {
  quotes: QuoteCandidate[];
  dates: DateCandidate[];
  names: NameCandidate[];
  actors: ActorCandidate[];
  mentions: Mention[];
  known: ReadonlyMap<string, { name: string }>;
}
