// Attributes of the annotation directives (:::quote, :::event, :::claim, :::actor, :::note)
// and of the :::evidence blocks nested inside an event or a claim.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase kebab-case like tren-de-aragua');
const paragraph = z.coerce
  .number()
  .int('must be a whole ¶ number like 3')
  .positive('must be a ¶ number from 1');
const anchorAttributes = {
  /** ¶ number that holds the words, to tell a repeated phrase apart. @example "3" */
  p: paragraph.optional(),
  /** Words right before the quoted words in the source. */
  prefix: z.string().min(1).optional(),
  /** Words right after the quoted words in the source. */
  suffix: z.string().min(1).optional(),
};

/** Id of a further source (`sources/<id>.md`) the words are in; absent: source.md. @example "wire" */
const source = id.optional();

export const QuoteAttributes = z.strictObject({
  /** Actor id of the speaker. @example "nicolas-maduro" */
  by: id,
  /** Stable id; the fragment is #q-<id>. Derived from the words when absent. */
  id: id.optional(),
  source,
  ...anchorAttributes,
});

export const EventAttributes = z.strictObject({
  /** EDTF or wording resolved against the source's date. @example "On Friday" */
  date: z.string().trim().min(1),
  /** Space-separated actor ids. @example "united-states tren-de-aragua" */
  actors: z.string().optional(),
  /** Stable id; the fragment is #e-<id>. */
  id: id.optional(),
  /** Citation for outside context: where this fact comes from. */
  cite: z.url({ protocol: /^https?$/ }).optional(),
  source,
  ...anchorAttributes,
});

export const ClaimAttributes = z.strictObject({
  /** Actor id of who made the claim. @example "nicolas-maduro" */
  by: id,
  /** The rating's id on the site's scale (content/ratings.md, else the default). @example "disputed" */
  rating: z.string().trim().min(1),
  /** What is claimed, in one sentence of the editor's. @example "Tren de Aragua no longer exists in Venezuela." */
  statement: z.string().trim().min(1),
  /** Stable id; the fragment is #c-<id>. Derived from the statement when absent. */
  id: id.optional(),
  /**
   * When the claim was made: EDTF or wording resolved against its source's date. Absent:
   * the date of the event whose words hold the claim's, else the source's publication date.
   * @example "On Friday"
   */
  date: z.string().trim().min(1).optional(),
  source,
  ...anchorAttributes,
});

/** A piece of evidence, only inside an :::event or a :::claim (whose fence then has four colons). */
export const EvidenceAttributes = z.strictObject({
  /** Whether the passage supports or contradicts the claim or event. */
  stance: z.enum(['supports', 'contradicts'], 'must be supports or contradicts'),
  source,
  ...anchorAttributes,
});

export const ActorRoleAttributes = z.strictObject({
  /** Actor id. @example "tren-de-aragua" */
  ref: id,
});

export const NoteAttributes = z.strictObject({
  id: id.optional(),
  ...anchorAttributes,
});

export const DIRECTIVES = {
  quote: QuoteAttributes,
  event: EventAttributes,
  claim: ClaimAttributes,
  actor: ActorRoleAttributes,
  note: NoteAttributes,
} as const;

export type DirectiveName = keyof typeof DIRECTIVES;

/** Blocks that live only inside another: :::evidence inside :::event or :::claim. */
export const NESTED_DIRECTIVES = { evidence: EvidenceAttributes } as const;
/** The directives that may hold :::evidence blocks. */
export const HOLDS_EVIDENCE: readonly DirectiveName[] = ['event', 'claim'];
